package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.internal.http.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redaction, sharing, caller-supplied OkHttpClient, cancellation. */
class ClientBehaviourTest {

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void keyNeverAppearsInLogsMessagesOrToString() {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    try (XaiClient client = TestClients.client(server, new RecordingSleeper(), Clock.systemUTC(),
        b -> b.logLevel(LogLevel.BODY).logSink(lines::add))) {
      server.enqueue(new MockResponse().setResponseCode(400).setHeader("x-request-id", "r1")
          .setBody("{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key "
              + "provided: " + TestClients.KEY + "\"}"));
      AuthenticationException e = assertThrows(AuthenticationException.class, () ->
          client.chat().create(new ChatRequest().model("grok-4")
              .messages(List.of(ChatMessages.user("my key is " + TestClients.KEY))),
              RequestOptions.builder().header("X-Echo", TestClients.KEY).build()));
      String all = String.join("\n", lines);
      assertTrue(all.contains("Authorization: [redacted]"), all);
      assertTrue(all.contains("--> POST"), all);
      assertTrue(all.contains("<-- 400 POST"), all);
      assertTrue(all.contains("request-id r1"), all);
      assertFalse(all.contains(TestClients.KEY), all);
      assertFalse(client.toString().contains(TestClients.KEY));
      assertFalse(client.options().toString().contains(TestClients.KEY));
      // Even when a server echoes the key, the exception does not carry it.
      assertFalse(e.toString().contains(TestClients.KEY), e.toString());
      assertFalse(e.rawBody().contains(TestClients.KEY));
      assertTrue(e.error().endsWith("Incorrect API key provided: [redacted]"), e.error());
    }
  }

  @Test
  void oneClientServesManyThreads() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        // Echo the user content back as the id so each thread can check its own answer.
        String marker = body.replaceAll(".*\"content\":\"([^\"]*)\".*", "$1");
        return new MockResponse().setBody("{\"id\":\"" + marker + "\"}");
      }
    });
    int threads = 16;
    int callsEach = 20;
    try (XaiClient client = TestClients.client(server, new RecordingSleeper())) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger mismatches = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        futures.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < callsEach; i++) {
            String m = "t" + id + "-" + i;
            ChatResponse r = (i % 2 == 0)
                ? client.chat().create(chat(m))
                : client.chat().createAsync(chat(m)).get(10, TimeUnit.SECONDS);
            if (!m.equals(r.getId())) {
              mismatches.incrementAndGet();
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertEquals(0, mismatches.get());
      assertEquals(threads * callsEach, server.getRequestCount());
    }
  }

  private static ChatRequest chat(String text) {
    return new ChatRequest().model("grok-4").messages(List.of(ChatMessages.user(text)));
  }

  @Test
  void callerOkHttpClientIsHonouredAndLeftUnchanged() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request().newBuilder().header("X-Corp", "1").build());
        })
        .build();
    int interceptorsBefore = shared.interceptors().size();
    server.enqueue(new MockResponse().setBody("{\"data\":[]}"));
    try (XaiClient client = TestClients.client(server, new RecordingSleeper(), Clock.systemUTC(),
        b -> b.okHttpClient(shared))) {
      client.models().list();
    }
    assertEquals(1, seen.get());
    assertEquals("1", server.takeRequest().getHeader("X-Corp"));
    assertEquals(interceptorsBefore, shared.interceptors().size());
    assertFalse(shared.dispatcher().executorService().isShutdown());
  }

  @Test
  void cancellingAnAsyncCallCancelsTheRequest() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient withListener = new OkHttpClient.Builder()
        .eventListener(new okhttp3.EventListener() {
          @Override
          public void canceled(okhttp3.Call call) {
            canceled.countDown();
          }
        })
        .build();
    try (XaiClient client = TestClients.client(server, new RecordingSleeper(), Clock.systemUTC(),
        b -> b.okHttpClient(withListener))) {
      CompletableFuture<?> f = client.models().listAsync();
      server.takeRequest(5, TimeUnit.SECONDS);
      assertTrue(f.cancel(true));
      assertTrue(f.isCancelled());
      assertTrue(canceled.await(5, TimeUnit.SECONDS), "the HTTP call was not cancelled");
    }
  }

  @Test
  void unreachableServerIsAConnectionFailure() throws IOException {
    server.shutdown();
    try (XaiClient client = TestClients.client(server, new RecordingSleeper())) {
      XaiIoException e = assertThrows(XaiIoException.class, () -> client.models().list());
      assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
      assertEquals(2, e.retryCount());
    }
  }
}
