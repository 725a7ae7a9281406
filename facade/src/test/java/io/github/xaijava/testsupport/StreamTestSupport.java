package io.github.xaijava.testsupport;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.testing.Fixtures;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/** Stream fixtures and event-stream answers for the tests of streams. */
public final class StreamTestSupport {

  private StreamTestSupport() {
  }

  /** The event stream {@code fixtures/streaming/NAME}, ended by a blank line. */
  public static String fixture(String name) {
    return Fixtures.read("streaming/" + name) + "\n\n";
  }

  /** A 200 text/event-stream answer, chunked into small HTTP chunks (7 bytes). */
  public static MockResponse sse(String body) {
    return sse(body, 7);
  }

  /** A 200 text/event-stream answer, chunked into HTTP chunks of at most {@code chunkBytes} bytes. */
  public static MockResponse sse(String body, int chunkBytes) {
    return new MockResponse()
        .setHeader("Content-Type", "text/event-stream")
        .setChunkedBody(new Buffer().writeUtf8(body), chunkBytes);
  }

  /** Same as {@link #sse(String)}, but the socket only lets {@code bytes} bytes out every 1 ms. */
  public static MockResponse throttledSse(String body, int bytes) {
    return sse(body).throttleBody(bytes, 1, TimeUnit.MILLISECONDS);
  }

  /** A client of the test whose read timeout (the longest silence of a stream) is given. */
  public static XaiClient client(XaiServerExtension xai, Duration readTimeout) {
    return xai.client(b -> b.timeout(Timeout.builder().read(readTimeout).build()).maxRetries(0));
  }
}
