package io.github.xaijava.bench;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.json.Utf8Reader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding with the wire Gson: a chat chunk (the per-event cost of a stream) and a responses
 * answer with four union-typed output items. Scores are documents per second; run with
 * {@code -prof gc} for bytes per document. {@code chatChunk} and {@code responseWithUnionItems}
 * read a {@code String} (the same code runs on the first model generation, for before/after);
 * {@code chatChunkFromBytes} reads the chunk's UTF-8 bytes the way a chat stream now does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonDecodeBenchmark {

  private static final String CHUNK = Payloads.chunkJson("{\"content\":\"token \"}", null);
  private static final byte[] CHUNK_BYTES = CHUNK.getBytes(StandardCharsets.UTF_8);
  private final Gson gson = XaiJson.gson();
  private final TypeAdapter<ChatResponseChunk> chunkAdapter = gson.getAdapter(ChatResponseChunk.class);

  @Benchmark
  public ChatResponseChunk chatChunk() {
    return gson.fromJson(CHUNK, ChatResponseChunk.class);
  }

  @Benchmark
  public ChatResponseChunk chatChunkFromBytes() throws IOException {
    return chunkAdapter.read(new JsonReader(new Utf8Reader(CHUNK_BYTES, 0, CHUNK_BYTES.length)));
  }

  @Benchmark
  public ModelResponse responseWithUnionItems() {
    return gson.fromJson(Payloads.MODEL_RESPONSE, ModelResponse.class);
  }
}
