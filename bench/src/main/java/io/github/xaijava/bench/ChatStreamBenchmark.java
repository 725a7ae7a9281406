package io.github.xaijava.bench;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole streaming path through the public API: {@code client.chat().stream(...)} over
 * loopback HTTP (MockWebServer), SSE framing, Gson decoding and accumulation, on a
 * 20,000-event stream. Scores are events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(ChatStreamBenchmark.EVENTS)
public class ChatStreamBenchmark {

  static final int EVENTS = 20_000;

  private MockWebServer server;
  private XaiClient client;
  private final ChatRequest request =
      ChatRequest.builder().model("grok-4-fast").addUserMessage("Count.").build();

  @Setup
  public void setUp() throws IOException {
    String body = Payloads.chatStream(EVENTS);
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest recorded) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
      }
    });
    server.start();
    client = XaiClient.create(o -> o.apiKey("xai-bench").baseUrl(server.url("/").toString()));
  }

  @TearDown
  public void tearDown() throws IOException {
    client.close();
    server.shutdown();
  }

  @Benchmark
  public ChatResponse streamAndAccumulate(Blackhole sink) {
    try (ChatStream stream = client.chat().stream(request)) {
      for (ChatResponseChunk chunk : stream) {
        sink.consume(chunk);
      }
      return stream.accumulated();
    }
  }
}
