package io.github.xaijava.bench;

import io.github.xaijava.internal.sse.SseEvent;
import io.github.xaijava.internal.sse.SseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.internal.sse.ServerSentEventReader;
import okio.Buffer;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SSE framing alone: our {@link SseReader} against OkHttp's okhttp-sse reader on the same
 * 20,000-event chat stream held in memory. Scores are events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(SseParseBenchmark.EVENTS)
public class SseParseBenchmark {

  static final int EVENTS = 20_000;

  private byte[] stream;

  @Setup
  public void setUp() {
    stream = Payloads.chatStream(EVENTS).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public void ourReader(Blackhole sink) throws IOException {
    SseReader reader = new SseReader(new Buffer().write(stream));
    for (SseEvent event = reader.next(); event != null; event = reader.next()) {
      sink.consume(event.data());
    }
  }

  @Benchmark
  public void okhttpSseReader(Blackhole sink) throws IOException {
    ServerSentEventReader.Callback callback = new ServerSentEventReader.Callback() {
      @Override
      public void onEvent(@Nullable String id, @Nullable String type, @NotNull String data) {
        sink.consume(data);
      }

      @Override
      public void onRetryChange(long timeMs) {
      }
    };
    ServerSentEventReader reader = new ServerSentEventReader(new Buffer().write(stream), callback);
    while (reader.processNextEvent()) {
      // events go to the callback
    }
  }
}
