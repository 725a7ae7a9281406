package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ListModelsResponse;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redaction, sharing, views, caller-supplied OkHttpClient, callback executor, cancellation. */
class ClientBehaviourTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private static final String MODELS = "{\"object\":\"list\",\"data\":[]}";

  @Test
  void keyNeverAppearsInLogsMessagesHeadersOrToString() {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    XaiClient client = xai.client(b -> b.logLevel(LogLevel.BODY).logSink(lines::add));
    xai.enqueue(new MockResponse().setResponseCode(400).setHeader("x-request-id", "r1")
        .setHeader("X-Echo", "Bearer " + TestClients.KEY)
        .setBody("{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key "
            + "provided: " + TestClients.KEY + "\"}"));
    AuthenticationException e = assertThrows(AuthenticationException.class, () ->
        client.chat().create(ChatRequest.builder().model("grok-4")
            .addUserMessage("my key is " + TestClients.KEY).build(),
            RequestOptions.builder().header("X-Echo", TestClients.KEY).build()));
    String all = String.join("\n", lines);
    assertTrue(all.contains("Authorization: [redacted]"), all);
    assertTrue(all.contains("--> POST"), all);
    assertTrue(all.contains("<-- 400 POST"), all);
    assertTrue(all.contains("request-id r1"), all);
    assertFalse(all.contains(TestClients.KEY), all);
    assertFalse(client.toString().contains(TestClients.KEY));
    assertFalse(client.options().toString().contains(TestClients.KEY));
    // Even when a server echoes the key, the exception does not carry it anywhere.
    assertFalse(e.toString().contains(TestClients.KEY), e.toString());
    assertFalse(e.rawBody().contains(TestClients.KEY));
    assertFalse(e.headers().toString().contains(TestClients.KEY), e.headers().toString());
    assertEquals("Bearer [redacted]", e.header("X-Echo").orElseThrow());
    assertTrue(e.errorMessage().orElseThrow().endsWith("Incorrect API key provided: [redacted]"), e.errorMessage().orElseThrow());
  }

  @Test
  void debugLogsEachRequestAsACurlLineThatReplaysIt() throws Exception {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    XaiClient client = xai.client(b -> b.logLevel(LogLevel.DEBUG).logSink(lines::add));
    xai.json(200, MODELS);
    client.chat().withRawResponse().create(ChatRequest.builder().model("grok-4")
        .addUserMessage("It's \"quoted\" and 'single'").build());
    RecordedRequest sent = xai.take();
    String curl = lines.stream().filter(l -> l.startsWith("curl ")).findFirst().orElseThrow(
        () -> new AssertionError("no curl line: " + lines));
    assertFalse(curl.contains(TestClients.KEY), curl);
    assertTrue(curl.contains("-H 'Authorization: Bearer [redacted]'"), curl);
    assertTrue(curl.startsWith("curl -X POST '" + xai.server().url("/v1/chat/completions") + "'"), curl);

    // Replayed by a shell with the key put back, the line sends the same request.
    org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/bin/sh").canExecute()
        && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/curl")), "no sh or curl here");
    xai.json(200, MODELS);
    Process replay = new ProcessBuilder("/bin/sh", "-c",
        curl.replace("[redacted]", TestClients.KEY) + " -s -o /dev/null").redirectErrorStream(true).start();
    assertTrue(replay.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "curl finished");
    assertEquals(0, replay.exitValue(), new String(replay.getInputStream().readAllBytes()));
    RecordedRequest replayed = xai.take();
    assertEquals(sent.getRequestLine(), replayed.getRequestLine());
    assertEquals(sent.getBody().readUtf8(), replayed.getBody().readUtf8());
    assertEquals("Bearer " + TestClients.KEY, replayed.getHeader("Authorization"));
    assertEquals(sent.getHeader("x-client-request-id"), replayed.getHeader("x-client-request-id"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(io.github.xaijava.testing.Both.class)
  void anAnswerOverTheCapIsATypedErrorNamingTheLimit(io.github.xaijava.testing.Both both) {
    XaiClient client = xai.client(b -> b.maxResponseBytes(1000).maxRetries(0));
    String big = "{\"object\":\"list\",\"data\":[" + "{\"id\":\"m\"},".repeat(200) + "{\"id\":\"last\"}]}";
    // Announced: refused before the body is read.
    xai.json(200, big);
    io.github.xaijava.errors.XaiIoException announced = assertThrows(io.github.xaijava.errors.XaiIoException.class,
        () -> both.call(() -> client.models().list(), () -> client.async().models().list()));
    assertEquals(io.github.xaijava.errors.XaiIoException.Kind.TOO_LARGE, announced.kind());
    assertTrue(announced.getMessage().contains("over the 1000 bytes") && announced.getMessage().contains("maxResponseBytes"),
        announced.getMessage());
    // Chunked (no length): fails once the cap is passed.
    xai.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setChunkedBody(big, 100));
    io.github.xaijava.errors.XaiIoException chunked = assertThrows(io.github.xaijava.errors.XaiIoException.class,
        () -> both.call(() -> client.models().list(), () -> client.async().models().list()));
    assertEquals(io.github.xaijava.errors.XaiIoException.Kind.TOO_LARGE, chunked.kind());
    // Under the cap, and downloads, are not touched.
    xai.json(200, MODELS);
    client.models().list();
    xai.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new okio.Buffer().write(new byte[5000])));
    assertEquals(5000, assertDoesNotThrowRead(() -> client.files().content("f1")));
  }

  @Test
  void aStreamEventOverTheCapEndsTheStreamWithATypedErrorAfterTheEventsBeforeIt() {
    XaiClient client = xai.client(b -> b.maxStreamEventBytes(1000).maxRetries(0));
    String small = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"}}]}\n\n";
    String big = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + "x".repeat(5000) + "\"}}]}\n\n";
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(small + big + "data: [DONE]\n\n"));
    List<String> seen = new ArrayList<>();
    io.github.xaijava.errors.XaiIoException tooLarge = assertThrows(
        io.github.xaijava.errors.XaiIoException.class, () -> {
          try (io.github.xaijava.streaming.ChatStream stream = client.chat().stream(
              io.github.xaijava.generated.model.ChatRequest.builder().model("grok-4")
                  .addUserMessage("Hi").build())) {
            stream.forEach(chunk -> seen.add(chunk.deltaText()));
          }
        });
    assertEquals(io.github.xaijava.errors.XaiIoException.Kind.TOO_LARGE, tooLarge.kind());
    assertTrue(tooLarge.getMessage().contains("1000 bytes")
        && tooLarge.getMessage().contains("maxStreamEventBytes"), tooLarge.getMessage());
    assertEquals(List.of("hi"), seen, "the event before it was delivered");
  }

  private static int assertDoesNotThrowRead(java.util.function.Supplier<java.io.InputStream> open) {
    try (java.io.InputStream in = open.get()) {
      return in.readAllBytes().length;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aKeyGivenForOneCallIsRedactedToo() {
    String other = "xai-OTHER-KEY-9876543210fedcba";
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    XaiClient client = xai.client(b -> b.logLevel(LogLevel.BODY).logSink(lines::add));
    xai.enqueue(new MockResponse().setResponseCode(400).setHeader("x-request-id", "r2")
        .setBody("{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key "
            + "provided: " + other + "\"}"));
    RequestOptions perCall = RequestOptions.builder().header("Authorization", "Bearer " + other)
        .build();
    AuthenticationException e = assertThrows(AuthenticationException.class, () ->
        client.chat().create(ChatRequest.builder().model("grok-4").addUserMessage("Hi").build(),
            perCall));
    assertEquals("Bearer " + other, xai.take().getHeader("Authorization"), "the call's own key");
    assertFalse(e.toString().contains(other), e.toString());
    assertFalse(e.rawBody().contains(other), e.rawBody());
    assertFalse(String.join("\n", lines).contains(other), String.join("\n", lines));

    xai.sse("data: {\"code\":\"Client specified an invalid argument\",\"error\":\"bad key "
        + other + "\"}\n\n");
    try (var stream = client.chat().stream(ChatRequest.builder().model("grok-4").build(), perCall)) {
      io.github.xaijava.errors.XaiStreamException frame = assertThrows(
          io.github.xaijava.errors.XaiStreamException.class, () -> stream.forEach(c -> { }));
      assertEquals("bad key [redacted]", frame.errorMessage().orElseThrow());
    }
  }

  @Test
  void aClosedClientRefusesCallsBlockingAndAsync() {
    XaiClient client = xai.client(b -> { });
    XaiClient view = client.withOptions(o -> o.maxRetries(0));
    client.close();
    ChatRequest hi = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    IllegalStateException blocking = assertThrows(IllegalStateException.class,
        () -> client.chat().create(hi));
    assertEquals("this XaiClient is closed", blocking.getMessage());
    assertThrows(IllegalStateException.class, () -> client.async().chat().create(hi));
    assertThrows(IllegalStateException.class, () -> view.models().list());
    assertEquals(0, xai.server().getRequestCount());
  }

  @Test
  void theKeyHasNoAccessor() {
    XaiClient client = xai.client(b -> { });
    assertTrue(client.options().hasApiKey());
    for (java.lang.reflect.Method m : io.github.xaijava.config.ClientOptions.class.getMethods()) {
      assertFalse(m.getName().equals("apiKey") && m.getParameterCount() == 0, m.toString());
    }
  }

  @Test
  void oneClientServesManyThreadsSyncAndAsync() throws Exception {
    xai.server().setDispatcher(new Dispatcher() {
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
    XaiClient client = xai.client();
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
              : client.async().chat().create(chat(m)).get(10, TimeUnit.SECONDS);
          if (!m.equals(r.id())) {
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
    assertEquals(threads * callsEach, xai.server().getRequestCount());
  }

  private static ChatRequest chat(String text) {
    return ChatRequest.builder().model("grok-4").addUserMessage(text).build();
  }

  @Test
  void callerOkHttpClientIsHonouredAndLeftUnchanged() {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request().newBuilder().header("X-Corp", "1").build());
        })
        .build();
    int interceptorsBefore = shared.interceptors().size();
    xai.json(200, MODELS);
    XaiClient client = xai.client(b -> b.okHttpClient(shared));
    client.models().list();
    client.close();
    assertEquals(1, seen.get());
    assertEquals("1", xai.take().getHeader("X-Corp"));
    assertEquals(interceptorsBefore, shared.interceptors().size());
    assertFalse(shared.dispatcher().executorService().isShutdown());
  }

  @Test
  void aViewSharesTheConnectionsAndChangesOnlyWhatItSays() {
    xai.json(500, "{\"code\":\"Internal error\",\"error\":\"boom\"}");
    xai.json(200, MODELS);
    XaiClient client = xai.client();
    XaiClient noRetries = client.withOptions(o -> o.maxRetries(0).header("X-View", "yes"));
    assertEquals(0, noRetries.options().retryPolicy().maxRetries());
    assertEquals(2, client.options().retryPolicy().maxRetries());
    assertThrows(io.github.xaijava.errors.InternalServerException.class,
        () -> noRetries.models().list());
    assertEquals("yes", xai.take().getHeader("X-View"));
    client.models().list();
    assertEquals(null, xai.take().getHeader("X-View"));
    assertTrue(TestClients.okHttp(noRetries).connectionPool()
        == TestClients.okHttp(client).connectionPool(), "the view shares the pool");
    noRetries.close(); // closing a view leaves the client working
    xai.json(200, MODELS);
    client.models().list();
  }

  @Test
  void asyncResultsArriveOnTheCallbackExecutor() throws Exception {
    ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-callbacks"));
    try {
      XaiClient client = xai.client(b -> b.callbackExecutor(callbacks));
      // The answer comes late enough for whenComplete to be registered first: a dependent added
      // to a future that is already complete runs on the thread that adds it, whatever the client.
      xai.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(MODELS)
          .setHeadersDelay(300, TimeUnit.MILLISECONDS));
      AtomicReference<String> thread = new AtomicReference<>();
      ListModelsResponse list = client.async().models().list()
          .whenComplete((r, e) -> thread.set(Thread.currentThread().getName()))
          .get(10, TimeUnit.SECONDS);
      assertTrue(list.data().isEmpty());
      assertEquals("app-callbacks", thread.get());
    } finally {
      callbacks.shutdown();
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsTheRequest() throws Exception {
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient withListener = new OkHttpClient.Builder()
        .eventListener(new okhttp3.EventListener() {
          @Override
          public void canceled(okhttp3.Call call) {
            canceled.countDown();
          }
        })
        .build();
    XaiClient client = xai.client(b -> b.okHttpClient(withListener));
    CompletableFuture<?> f = client.async().models().list();
    xai.take();
    assertTrue(f.cancel(true));
    assertTrue(f.isCancelled());
    assertTrue(canceled.await(5, TimeUnit.SECONDS), "the HTTP call was not cancelled");
  }

  @Test
  void unreachableServerIsAConnectionFailureAfterRetries() throws IOException {
    XaiClient client = xai.client();
    xai.server().shutdown();
    XaiIoException e = assertThrows(XaiIoException.class, () -> client.models().list());
    assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
    assertEquals(2, e.retryCount());
    assertNotEquals(0, xai.sleeper().sleeps().size());
  }
}
