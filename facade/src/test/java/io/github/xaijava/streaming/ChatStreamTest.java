package io.github.xaijava.streaming;

import static io.github.xaijava.streaming.StreamTestSupport.fixture;
import static io.github.xaijava.streaming.StreamTestSupport.post;
import static io.github.xaijava.streaming.StreamTestSupport.sse;
import static io.github.xaijava.streaming.StreamTestSupport.throttledSse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.internal.sse.Streams;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatStreamTest {

  private final Gson gson = XaiJson.gson();
  private MockWebServer server;
  private OkHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = StreamTestSupport.client(2_000);
  }

  @AfterEach
  void stop() throws Exception {
    StreamTestSupport.shutdown(client);
    server.shutdown();
  }

  private ChatStream open() {
    return Streams.chat(client.newCall(post(server, "/v1/chat/completions")), gson);
  }

  @ParameterizedTest(name = "{0} bytes per write")
  @ValueSource(ints = {1, 3, 64, 100_000})
  void reasoningContentCitationsAndUsageAccumulate(int bytesPerWrite) {
    server.enqueue(throttledSse(fixture("chat-reasoning-content-usage.sse"), bytesPerWrite));
    List<ChatResponseChunk> chunks = new ArrayList<>();
    try (ChatStream stream = open()) {
      stream.forEach(chunks::add);
      assertEquals(8, chunks.size());
      ChatResponse whole = stream.accumulated();
      ChoiceMessage message = whole.getChoices().get(0).getMessage();
      assertEquals("assistant", message.getRole());
      assertEquals("Let me think.", message.getReasoningContent());
      assertEquals("Hello, wörld 🌍", message.getContent());
      assertEquals("stop", whole.getChoices().get(0).getFinishReason());
      assertEquals(List.of("https://x.ai/a", "https://x.ai/b"), whole.getCitations());
      assertEquals(40, whole.getUsage().getTotalTokens());
      assertEquals(123400L, whole.getUsage().getCostInUsdTicks());
      assertEquals("c0ffee00-1111-2222-3333-444455556666_us-east-1", whole.getId());
      assertEquals("chat.completion", whole.getObject());
    }
  }

  @Test
  void toolCallsAreAssembledByIndex() {
    server.enqueue(sse(fixture("chat-tool-calls.sse")));
    try (ChatStream stream = open()) {
      stream.stream().count();
      ChatResponse whole = stream.accumulated();
      List<ToolCall> calls = whole.getChoices().get(0).getMessage().getToolCalls();
      assertEquals(2, calls.size());
      assertEquals("call_1", calls.get(0).getId());
      assertEquals("weather", calls.get(0).getFunction().getName());
      assertEquals("{\"location\":\"Florence\"}", calls.get(0).getFunction().getArguments());
      assertEquals("call_2", calls.get(1).getId());
      assertEquals("function", calls.get(1).getType());
      assertEquals("{\"tz\":\"Europe/Rome\"}", calls.get(1).getFunction().getArguments());
      assertEquals("tool_calls", whole.getChoices().get(0).getFinishReason());
      assertNull(whole.getChoices().get(0).getMessage().getContent());
    }
  }

  @Test
  void severalChoicesAreKeptApart() {
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.forEach(c -> { });
      ChatResponse whole = stream.accumulated();
      assertEquals(2, whole.getChoices().size());
      assertEquals("Ab", whole.getChoices().get(0).getMessage().getContent());
      assertEquals("Ba", whole.getChoices().get(1).getMessage().getContent());
      assertEquals("length", whole.getChoices().get(1).getFinishReason());
    }
  }

  @Test
  void errorFrameFirstIsATypedStreamException() {
    server.enqueue(sse(fixture("chat-error-first.sse")));
    try (ChatStream stream = open()) {
      Iterator<ChatResponseChunk> it = stream.iterator();
      XaiStreamException e = assertThrows(XaiStreamException.class, it::hasNext);
      assertEquals("Some resource has been exhausted", e.code().orElseThrow());
      assertEquals("Rate limit exceeded", e.errorMessage().orElseThrow());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void errorFrameMidStreamComesAfterEarlierChunks() {
    String body = fixture("chat-truncated.sse")
        + "data: {\"error\":{\"message\":\"boom\",\"code\":\"internal\"}}\n\n";
    server.enqueue(sse(body));
    List<String> seen = new ArrayList<>();
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class,
          () -> stream.forEach(c -> seen.add(c.getChoices().get(0).getDelta().getContent())));
      assertEquals(List.of("Partial", " answ"), seen);
      assertEquals("internal", e.code().orElseThrow());
      assertEquals("boom", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void truncatedStreamFailsAfterDeliveringEverything() {
    server.enqueue(throttledSse(fixture("chat-truncated.sse"), 5));
    List<ChatResponseChunk> seen = new ArrayList<>();
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(seen::add));
      assertEquals(2, seen.size());
      assertTrue(e.getMessage().contains("ended early"), e.getMessage());
      assertEquals("Partial answ", stream.accumulated().getChoices().get(0).getMessage().getContent());
    }
  }

  @Test
  void streamWithoutDoneButWithFinishedChoicesIsComplete() {
    String body = fixture("chat-tool-calls.sse").replace("data: [DONE]\n\n", "");
    server.enqueue(sse(body));
    try (ChatStream stream = open()) {
      assertEquals(5, stream.stream().count());
    }
  }

  @Test
  void keepAliveCommentsAndUnknownFieldsAreIgnored() {
    String body = ": ping\n\nretry: 10\nid: 4\n" + fixture("chat-two-choices.sse")
        .replace("\n\n", "\n: ping\nfoo: bar\n\n");
    server.enqueue(sse(body));
    try (ChatStream stream = open()) {
      assertEquals(4, stream.stream().count());
    }
  }

  @Test
  void nothingIsReadAfterDone() {
    server.enqueue(sse(fixture("chat-two-choices.sse") + "data: {not json\n\n"));
    try (ChatStream stream = open()) {
      assertEquals(4, stream.stream().count());
    }
  }

  @Test
  void completedStreamReturnsItsConnectionToThePool() throws Exception {
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.forEach(c -> { });
    }
    assertEquals(1, client.connectionPool().idleConnectionCount());
  }

  @Test
  void earlyCloseCancelsTheCallAndReleasesTheConnection() throws Exception {
    // A stream that would run for a long time: the first chunk, then a byte per 50 ms.
    String first = fixture("chat-truncated.sse");
    String rest = first.repeat(200);
    server.enqueue(sse(first + rest).throttleBody(first.length() + 16, 50, TimeUnit.MILLISECONDS));
    try (ChatStream stream = open()) {
      Iterator<ChatResponseChunk> it = stream.iterator();
      assertTrue(it.hasNext());
      it.next();
      stream.close();
      assertFalse(it.hasNext());
    }
    assertEquals(0, client.connectionPool().connectionCount());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closeFromAnotherThreadWakesABlockedReader() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(fixture("chat-truncated.sse")).throttleBody(200, 5_000, TimeUnit.MILLISECONDS));
    OkHttpClient slow = client.newBuilder().readTimeout(30, TimeUnit.SECONDS).build();
    ChatStream stream = Streams.chat(slow.newCall(post(server, "/v1/chat/completions")), gson);
    Thread closer = new Thread(() -> {
      sleep(200);
      stream.close();
    });
    closer.start();
    long start = System.nanoTime();
    assertFalse(stream.iterator().hasNext());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000);
    closer.join();
    assertEquals(0, slow.connectionPool().connectionCount());
  }

  @Test
  void idleGapLongerThanReadTimeoutIsATimeout() {
    String body = fixture("chat-truncated.sse");
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(body + body).throttleBody(body.length(), 1_500, TimeUnit.MILLISECONDS));
    OkHttpClient quick = client.newBuilder().readTimeout(300, TimeUnit.MILLISECONDS).build();
    List<ChatResponseChunk> seen = new ArrayList<>();
    try (ChatStream stream = Streams.chat(quick.newCall(post(server, "/v1/x")), gson)) {
      XaiIoException e = assertThrows(XaiIoException.class, () -> stream.forEach(seen::add));
      assertTrue(e.isTimeout());
      assertEquals(2, seen.size());
    }
  }

  @Test
  void longButLivelyStreamIsNotATimeout() {
    // 1.2 s of streaming, a few bytes every 10 ms, with a 300 ms read timeout.
    String body = fixture("chat-reasoning-content-usage.sse");
    int perWrite = Math.max(1, body.length() / 120);
    server.enqueue(sse(body).throttleBody(perWrite, 10, TimeUnit.MILLISECONDS));
    OkHttpClient quick = client.newBuilder().readTimeout(300, TimeUnit.MILLISECONDS).build();
    try (ChatStream stream = Streams.chat(quick.newCall(post(server, "/v1/x")), gson)) {
      assertEquals(8, stream.stream().count());
    }
  }

  @Test
  void httpErrorBeforeTheFirstEventIsReportedAndNothingIsStreamed() {
    server.enqueue(new MockResponse().setResponseCode(429)
        .setBody("{\"code\":\"Some resource has been exhausted\",\"error\":\"Rate limit exceeded\"}"));
    RuntimeException e = assertThrows(RuntimeException.class, this::open);
    assertTrue(e.getMessage().contains("Rate limit exceeded"), e.getMessage());
  }

  @Test
  void iteratingTwiceIsRefused() {
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.iterator();
      assertThrows(IllegalStateException.class, stream::iterator);
    }
  }

  @Test
  void asyncDeliversEveryChunkThenCompletes() throws Exception {
    server.enqueue(throttledSse(fixture("chat-reasoning-content-usage.sse"), 9));
    List<ChatResponseChunk> seen = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    StreamSubscription sub = Streams.chatAsync(client.newCall(post(server, "/v1/x")), gson,
        client.dispatcher().executorService(), new StreamHandler<>() {
          @Override
          public void onEvent(ChatResponseChunk event) {
            seen.add(event);
          }

          @Override
          public void onComplete() {
            done.countDown();
          }
        });
    assertTrue(done.await(5, TimeUnit.SECONDS));
    sub.completion().get(1, TimeUnit.SECONDS);
    assertEquals(8, seen.size());
  }

  @Test
  void asyncCancellationStopsDeliveryAndReleasesTheConnection() throws Exception {
    String first = fixture("chat-truncated.sse");
    server.enqueue(sse(first.repeat(100))
        .throttleBody(first.length() + 16, 100, TimeUnit.MILLISECONDS));
    List<ChatResponseChunk> seen = new CopyOnWriteArrayList<>();
    CountDownLatch firstEvent = new CountDownLatch(1);
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    StreamSubscription sub = Streams.chatAsync(client.newCall(post(server, "/v1/x")), gson,
        client.dispatcher().executorService(), new StreamHandler<>() {
          @Override
          public void onEvent(ChatResponseChunk event) {
            seen.add(event);
            firstEvent.countDown();
          }

          @Override
          public void onError(Throwable error) {
            errors.add(error);
          }
        });
    assertTrue(firstEvent.await(5, TimeUnit.SECONDS));
    sub.cancel();
    assertTrue(sub.isCancelled());
    assertTrue(sub.completion().isCancelled());
    int count = seen.size();
    sleep(400);
    assertTrue(seen.size() <= count + 1, "delivery went on after cancel");
    assertEquals(List.of(), errors);
    waitFor(() -> client.connectionPool().connectionCount() == 0);
  }

  @Test
  void asyncCancellationBeforeHeadersCancelsTheCall() throws Exception {
    server.enqueue(sse(fixture("chat-two-choices.sse")).setHeadersDelay(3, TimeUnit.SECONDS));
    StreamSubscription sub = Streams.chatAsync(client.newCall(post(server, "/v1/x")), gson,
        client.dispatcher().executorService(), event -> { });
    sleep(200);
    sub.cancel();
    assertTrue(sub.completion().isCancelled());
    waitFor(() -> client.connectionPool().connectionCount() == 0);
  }

  @Test
  void streamingBodySetsStreamWithoutTouchingTheRequest() throws Exception {
    ChatRequest request = new ChatRequest().model("grok-4");
    Buffer sink = new Buffer();
    Streams.streamingBody(request, gson).writeTo(sink);
    assertEquals("{\"model\":\"grok-4\",\"stream\":true}", sink.readUtf8());
    assertNull(request.getStream());
  }

  @Test
  void javaStreamCloseClosesTheStream() {
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    ChatStream stream = open();
    try (var chunks = stream.stream()) {
      assertEquals("A", chunks.findFirst().orElseThrow().getChoices().get(0).getDelta().getContent());
    }
    assertEquals("A", stream.accumulated().getChoices().get(0).getMessage().getContent());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void waitFor(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      sleep(20);
    }
  }
}
