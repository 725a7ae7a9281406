package io.github.xaijava.bench;

import io.github.xaijava.XaiJson;
import io.github.xaijava.internal.sse.SseEvent;
import io.github.xaijava.internal.sse.SseReader;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.streaming.ChatStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import okio.Buffer;

/**
 * Measurement harness, not a test: events per second on a 20,000-event chat stream for
 * (1) our SseReader on bytes in memory, (2) our SseReader over loopback HTTP, (3) OkHttp's
 * okhttp-sse over loopback HTTP, (4) our full ChatStream (parse + Gson decode + accumulate).
 * Run: {@code java -cp <test classpath> io.github.xaijava.bench.SseThroughput}.
 */
public final class SseThroughput {

  static final int EVENTS = 20_000;

  public static void main(String[] args) throws Exception {
    String body = body();
    System.out.printf("stream: %d events, %d bytes%n", EVENTS, body.length());
    for (int round = 1; round <= 5; round++) {
      System.out.printf("round %d: reader-in-memory %,.0f ev/s | reader-http %,.0f ev/s | "
              + "okhttp-sse-http %,.0f ev/s | chatstream-http %,.0f ev/s%n", round,
          inMemory(body), readerHttp(body), okhttpSse(body), chatStream(body));
    }
  }

  static String body() {
    StringBuilder sb = new StringBuilder();
    sb.append(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
    for (int i = 1; i < EVENTS - 2; i++) {
      sb.append(chunk("{\"content\":\"token" + i + " \"}", null));
    }
    sb.append(chunk("{}", "\"stop\""));
    sb.append("data: [DONE]\n\n");
    return sb.toString();
  }

  static String chunk(String delta, String finish) {
    return "data: {\"id\":\"8f008308-984b-9603-8706-ebf37f518892\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1773345555,\"model\":\"grok-4-fast-reasoning\",\"choices\":[{\"index\":0,"
        + "\"delta\":" + delta + (finish == null ? "" : ",\"finish_reason\":" + finish)
        + "}],\"system_fingerprint\":\"fp_3d7ed3b779\"}\n\n";
  }

  static double inMemory(String body) throws Exception {
    Buffer buffer = new Buffer().writeUtf8(body);
    long start = System.nanoTime();
    SseReader reader = new SseReader(buffer);
    int n = 0;
    for (SseEvent e = reader.next(); e != null; e = reader.next()) {
      n++;
    }
    return rate(n, start);
  }

  static double readerHttp(String body) throws Exception {
    try (MockWebServer server = server(body)) {
      OkHttpClient client = new OkHttpClient();
      long start = System.nanoTime();
      int n = 0;
      try (Response response = client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
        SseReader reader = new SseReader(response.body().source());
        for (SseEvent e = reader.next(); e != null; e = reader.next()) {
          n++;
        }
      }
      double rate = rate(n, start);
      shutdown(client);
      return rate;
    }
  }

  static double okhttpSse(String body) throws Exception {
    try (MockWebServer server = server(body)) {
      OkHttpClient client = new OkHttpClient();
      AtomicLong n = new AtomicLong();
      CountDownLatch done = new CountDownLatch(1);
      long start = System.nanoTime();
      EventSources.createFactory(client).newEventSource(
          new Request.Builder().url(server.url("/")).build(), new EventSourceListener() {
            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
              n.incrementAndGet();
            }

            @Override
            public void onClosed(EventSource source) {
              done.countDown();
            }

            @Override
            public void onFailure(EventSource source, Throwable t, Response response) {
              done.countDown();
            }
          });
      done.await(60, TimeUnit.SECONDS);
      double rate = rate(n.get(), start);
      shutdown(client);
      return rate;
    }
  }

  static double chatStream(String body) throws Exception {
    try (MockWebServer server = server(body)) {
      OkHttpClient client = new OkHttpClient();
      long start = System.nanoTime();
      long n;
      try (ChatStream stream = Streams.chat(
          client.newCall(new Request.Builder().url(server.url("/")).build()), XaiJson.gson())) {
        n = stream.stream().count() + 1; // + the [DONE] event, not handed out
        if (stream.accumulated().getChoices().get(0).getMessage().getContent().isEmpty()) {
          throw new AssertionError();
        }
      }
      double rate = rate(n, start);
      shutdown(client);
      return rate;
    }
  }

  static MockWebServer server(String body) throws Exception {
    MockWebServer server = new MockWebServer();
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setChunkedBody(new Buffer().writeUtf8(body), 8192));
    server.start();
    return server;
  }

  static double rate(long n, long startNanos) {
    if (n != EVENTS) {
      throw new AssertionError("expected " + EVENTS + " events, got " + n);
    }
    return n / ((System.nanoTime() - startNanos) / 1e9);
  }

  static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
