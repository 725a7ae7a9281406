package io.github.xaijava.streaming;

import io.github.xaijava.XaiClient;
import io.github.xaijava.XaiServerExtension;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.testing.Fixtures;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/** Stream fixtures and answers for the stream tests. */
final class StreamTestSupport {

  private StreamTestSupport() {
  }

  static String fixture(String name) {
    return Fixtures.read("streaming/" + name) + "\n\n";
  }

  /** A 200 text/event-stream answer, chunked into small HTTP chunks. */
  static MockResponse sse(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "text/event-stream")
        .setChunkedBody(new Buffer().writeUtf8(body), 7);
  }

  /** Same, but the socket only lets {@code bytes} bytes out every 1 ms. */
  static MockResponse throttledSse(String body, int bytes) {
    return sse(body).throttleBody(bytes, 1, TimeUnit.MILLISECONDS);
  }

  /** A client of the test whose read timeout (the longest silence of a stream) is given. */
  static XaiClient client(XaiServerExtension xai, Duration readTimeout) {
    return xai.client(b -> b.timeout(Timeout.builder().read(readTimeout).build()).maxRetries(0));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void waitFor(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      sleep(20);
    }
  }
}
