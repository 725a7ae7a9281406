package io.github.xaijava.testing;

import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer with a plain exchange pointed at it; close after each test. */
public final class Loopback implements AutoCloseable {

  public final MockWebServer server = new MockWebServer();
  public final OkHttpClient client = new OkHttpClient.Builder()
      .readTimeout(10, TimeUnit.SECONDS)
      .build();
  public final Exchange exchange = Exchange.plain(client);
  /** Async work on a fresh daemon thread per task, as the client's pool would run it. */
  public final AsyncRunner async = AsyncRunner.on(r -> {
    Thread t = new Thread(r, "loopback-async");
    t.setDaemon(true);
    t.start();
  });

  public Loopback() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpUrl baseUrl() {
    return server.url("/");
  }

  public Loopback json(int code, String body) {
    server.enqueue(new MockResponse().setResponseCode(code)
        .setHeader("Content-Type", "application/json").setBody(body));
    return this;
  }

  public Loopback fixture(String path) {
    return json(200, Fixtures.read(path));
  }

  /** 202 with an empty body: xAI's "still working". */
  public Loopback pending() {
    server.enqueue(new MockResponse().setResponseCode(202));
    return this;
  }

  public RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
