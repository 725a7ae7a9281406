package io.github.xaijava.bench;

import com.google.gson.Gson;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ModelResponse;
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
 * answer with four union-typed output items. Scores are documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonDecodeBenchmark {

  private static final String CHUNK = Payloads.chunkJson("{\"content\":\"token \"}", null);
  private final Gson gson = XaiJson.gson();

  @Benchmark
  public ChatResponseChunk chatChunk() {
    return gson.fromJson(CHUNK, ChatResponseChunk.class);
  }

  @Benchmark
  public ModelResponse responseWithUnionItems() {
    return gson.fromJson(Payloads.MODEL_RESPONSE, ModelResponse.class);
  }
}
