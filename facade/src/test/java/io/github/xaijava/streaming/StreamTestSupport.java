package io.github.xaijava.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;

/** Fixtures and a loopback server speaking SSE. */
final class StreamTestSupport {

  private StreamTestSupport() {
  }

  static String fixture(String name) {
    try (InputStream in = StreamTestSupport.class.getResourceAsStream("/fixtures/streaming/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static OkHttpClient client(long readTimeoutMillis) {
    return new OkHttpClient.Builder()
        .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
        .build();
  }

  static Request post(MockWebServer server, String path) {
    return new Request.Builder()
        .url(server.url(path))
        .post(RequestBody.create("{\"model\":\"grok-4\",\"stream\":true}",
            okhttp3.MediaType.get("application/json")))
        .build();
  }

  static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
