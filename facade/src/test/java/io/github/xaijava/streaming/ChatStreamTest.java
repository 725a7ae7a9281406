package io.github.xaijava.streaming;

import static io.github.xaijava.testing.Waits.sleep;
import static io.github.xaijava.testing.Waits.waitFor;
import static io.github.xaijava.testsupport.StreamTestSupport.fixture;
import static io.github.xaijava.testsupport.StreamTestSupport.sse;
import static io.github.xaijava.testsupport.StreamTestSupport.throttledSse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.testsupport.StreamTestSupport;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chat streams through the client: framing, decoding, accumulation, failures and closing. */
class ChatStreamTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private static final ChatRequest REQUEST =
      ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();

  private XaiClient client;

  @BeforeEach
  void start() {
    client = StreamTestSupport.client(xai, Duration.ofSeconds(2));
  }

  private ChatStream open() {
    return client.chat().stream(REQUEST);
  }

  @ParameterizedTest(name = "{0} bytes per write")
  @ValueSource(ints = {1, 3, 64, 100_000})
  void reasoningContentCitationsAndUsageAccumulate(int bytesPerWrite) {
    xai.enqueue(throttledSse(fixture("chat-reasoning-content-usage.sse"), bytesPerWrite));
    List<ChatResponseChunk> chunks = new ArrayList<>();
    try (ChatStream stream = open()) {
      stream.forEach(chunks::add);
      assertEquals(8, chunks.size());
      ChatResponse whole = stream.accumulated();
      ChoiceMessage message = whole.choices().get(0).message();
      assertEquals("assistant", message.role());
      assertEquals("Let me think.", message.reasoningContent().orElseThrow());
      assertEquals("Hello, wörld 🌍", message.content().orElseThrow());
      assertEquals("Hello, wörld 🌍", whole.text());
      assertEquals("stop", whole.choices().get(0).finishReason().orElseThrow());
      assertEquals(List.of("https://x.ai/a", "https://x.ai/b"), whole.citations());
      assertEquals(40, whole.usage().orElseThrow().totalTokens());
      assertEquals(123400L, whole.usage().orElseThrow().costInUsdTicks());
      assertEquals("c0ffee00-1111-2222-3333-444455556666_us-east-1", whole.id());
      assertEquals("chat.completion", whole.object());
    }
    assertTrue(xai.take().getBody().readUtf8().contains("\"stream\":true"));
  }

  @Test
  void toolCallsAreAssembledByIndex() {
    xai.enqueue(sse(fixture("chat-tool-calls.sse")));
    try (ChatStream stream = open()) {
      stream.stream().count();
      ChatResponse whole = stream.accumulated();
      List<ToolCall> calls = whole.toolCalls();
      assertEquals(2, calls.size());
      assertEquals("call_1", calls.get(0).id());
      assertEquals("weather", calls.get(0).function().name());
      assertEquals("{\"location\":\"Florence\"}", calls.get(0).function().arguments());
      assertEquals("call_2", calls.get(1).id());
      assertEquals("function", calls.get(1).type().orElseThrow());
      assertEquals("{\"tz\":\"Europe/Rome\"}", calls.get(1).function().arguments());
      assertEquals("tool_calls", whole.choices().get(0).finishReason().orElseThrow());
      assertTrue(whole.choices().get(0).message().content().isEmpty());
      assertTrue(whole.hasToolCalls());
    }
  }

  @Test
  void severalChoicesAreKeptApart() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.forEach(c -> { });
      ChatResponse whole = stream.accumulated();
      assertEquals(2, whole.choices().size());
      assertEquals("Ab", whole.choices().get(0).message().content().orElseThrow());
      assertEquals("Ba", whole.choices().get(1).message().content().orElseThrow());
      assertEquals("length", whole.choices().get(1).finishReason().orElseThrow());
    }
  }

  @Test
  void errorFrameFirstIsATypedStreamException() {
    xai.enqueue(sse(fixture("chat-error-first.sse")));
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
    xai.enqueue(sse(body));
    List<String> seen = new ArrayList<>();
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class,
          () -> stream.forEach(c -> seen.add(c.deltaText())));
      assertEquals(List.of("Partial", " answ"), seen);
      assertEquals("internal", e.code().orElseThrow());
      assertEquals("boom", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void anErrorFrameThatEchoesTheKeyDoesNotShowIt() {
    xai.enqueue(sse("data: {\"code\":\"Client specified an invalid argument\",\"error\":\"bad key "
        + TestClients.KEY + "\"}\n\n"));
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(c -> { }));
      assertFalse(e.getMessage().contains(TestClients.KEY), e.getMessage());
      assertEquals("bad key [redacted]", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void aStreamFailureCarriesXaisRequestId() {
    xai.enqueue(sse(fixture("chat-truncated.sse")).setHeader("x-request-id", "req-77"));
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(c -> { }));
      assertEquals("req-77", e.requestId().orElseThrow());
      assertTrue(e.getMessage().endsWith("[request-id req-77]"), e.getMessage());
      assertFalse(stream.isComplete());
      IllegalStateException partial = assertThrows(IllegalStateException.class,
          () -> stream.parse(String.class));
      assertTrue(partial.getMessage().contains("not complete"), partial.getMessage());
    }
  }

  @Test
  void completenessTellsAFinishedStreamFromOneClosedEarly() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      assertFalse(stream.isComplete(), "not before it is read");
      stream.forEach(c -> { });
      assertTrue(stream.isComplete());
    }
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    ChatStream early = open();
    early.iterator().next();
    early.close();
    assertFalse(early.isComplete());
  }

  @Test
  void truncatedStreamFailsAfterDeliveringEverything() {
    xai.enqueue(throttledSse(fixture("chat-truncated.sse"), 5));
    List<ChatResponseChunk> seen = new ArrayList<>();
    try (ChatStream stream = open()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(seen::add));
      assertEquals(2, seen.size());
      assertTrue(e.getMessage().contains("ended early"), e.getMessage());
      assertEquals("Partial answ", stream.accumulated().text());
    }
  }

  @Test
  void streamWithoutDoneButWithFinishedChoicesIsComplete() {
    String body = fixture("chat-tool-calls.sse").replace("data: [DONE]\n\n", "");
    xai.enqueue(sse(body));
    try (ChatStream stream = open()) {
      assertEquals(5, stream.stream().count());
    }
  }

  @Test
  void keepAliveCommentsAndUnknownFieldsAreIgnored() {
    String body = ": ping\n\nretry: 10\nid: 4\n" + fixture("chat-two-choices.sse")
        .replace("\n\n", "\n: ping\nfoo: bar\n\n");
    xai.enqueue(sse(body));
    try (ChatStream stream = open()) {
      assertEquals(4, stream.stream().count());
    }
  }

  @Test
  void nothingIsReadAfterDone() {
    xai.enqueue(sse(fixture("chat-two-choices.sse") + "data: {not json\n\n"));
    try (ChatStream stream = open()) {
      assertEquals(4, stream.stream().count());
    }
  }

  @Test
  void aJsonAnswerToAStreamRequestIsAClearErrorWithoutTheKey() {
    xai.json(200, "{\"note\":\"proxies echo " + TestClients.KEY + "\"}");
    XaiIoException e = assertThrows(XaiIoException.class, this::open);
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().startsWith("expected a text/event-stream answer"), e.getMessage());
    assertFalse(e.getMessage().contains(TestClients.KEY), e.getMessage());
  }

  @Test
  void completedStreamReturnsItsConnectionToThePool() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.forEach(c -> { });
    }
    assertEquals(1, TestClients.okHttp(client).connectionPool().idleConnectionCount());
  }

  @Test
  void earlyCloseCancelsTheCallAndReleasesTheConnection() {
    // A stream that would run for a long time: the first chunk, then a byte per 50 ms.
    String first = fixture("chat-truncated.sse");
    String rest = first.repeat(200);
    xai.enqueue(sse(first + rest).throttleBody(first.length() + 16, 50, TimeUnit.MILLISECONDS));
    try (ChatStream stream = open()) {
      Iterator<ChatResponseChunk> it = stream.iterator();
      assertTrue(it.hasNext());
      it.next();
      stream.close();
      assertFalse(it.hasNext());
    }
    waitFor(() -> TestClients.okHttp(client).connectionPool().connectionCount() == 0);
    assertEquals(1, xai.server().getRequestCount());
  }

  @Test
  void closeFromAnotherThreadWakesABlockedReader() throws Exception {
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(fixture("chat-truncated.sse")).throttleBody(200, 5_000, TimeUnit.MILLISECONDS));
    XaiClient slow = StreamTestSupport.client(xai, Duration.ofSeconds(30));
    ChatStream stream = slow.chat().stream(REQUEST);
    Thread closer = new Thread(() -> {
      sleep(200);
      stream.close();
    });
    closer.start();
    long start = System.nanoTime();
    assertFalse(stream.iterator().hasNext());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000);
    closer.join();
    waitFor(() -> TestClients.okHttp(slow).connectionPool().connectionCount() == 0);
  }

  @Test
  void idleGapLongerThanReadTimeoutIsATimeout() {
    String body = fixture("chat-truncated.sse");
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(body + body).throttleBody(body.length(), 1_500, TimeUnit.MILLISECONDS));
    XaiClient quick = StreamTestSupport.client(xai, Duration.ofMillis(300));
    List<ChatResponseChunk> seen = new ArrayList<>();
    try (ChatStream stream = quick.chat().stream(REQUEST)) {
      XaiIoException e = assertThrows(XaiIoException.class, () -> stream.forEach(seen::add));
      assertTrue(e.isTimeout());
      assertEquals(2, seen.size());
    }
  }

  @Test
  void longButLivelyStreamIsNotATimeout() {
    // 1.2 s of streaming, a few bytes every 10 ms, with a 300 ms read timeout and a whole-call
    // timeout shorter than the stream: an open stream has none.
    String body = fixture("chat-reasoning-content-usage.sse");
    int perWrite = Math.max(1, body.length() / 120);
    xai.enqueue(sse(body).throttleBody(perWrite, 10, TimeUnit.MILLISECONDS));
    XaiClient quick = xai.client(b -> b.timeout(io.github.xaijava.config.Timeout.builder()
        .request(Duration.ofMillis(500)).read(Duration.ofMillis(300)).build()));
    try (ChatStream stream = quick.chat().stream(REQUEST)) {
      assertEquals(8, stream.stream().count());
    }
  }

  @Test
  void httpErrorBeforeTheFirstEventIsTheTypedException() {
    xai.enqueue(new MockResponse().setResponseCode(429)
        .setBody("{\"code\":\"Some resource has been exhausted\",\"error\":\"Rate limit exceeded\"}"));
    RateLimitException e = assertThrows(RateLimitException.class, this::open);
    assertTrue(e.getMessage().contains("Rate limit exceeded"), e.getMessage());
  }

  @Test
  void iteratingTwiceIsRefused() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.iterator();
      assertThrows(IllegalStateException.class, stream::iterator);
    }
  }

  @Test
  void asyncDeliversEveryChunkThenCompletes() throws Exception {
    xai.enqueue(throttledSse(fixture("chat-reasoning-content-usage.sse"), 9));
    List<ChatResponseChunk> seen = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    StreamSubscription sub = client.async().chat().stream(REQUEST, new StreamHandler<>() {
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
  void asyncHttpErrorGoesToOnError() throws Exception {
    xai.json(404, "{\"code\":\"Some requested entity was not found\",\"error\":\"no model\"}");
    CountDownLatch failed = new CountDownLatch(1);
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    StreamSubscription sub = client.async().chat().stream(REQUEST, new StreamHandler<>() {
      @Override
      public void onEvent(ChatResponseChunk event) {
        throw new AssertionError("no event expected");
      }

      @Override
      public void onError(Throwable error) {
        errors.add(error);
        failed.countDown();
      }
    });
    assertTrue(failed.await(5, TimeUnit.SECONDS));
    assertTrue(errors.get(0) instanceof io.github.xaijava.errors.NotFoundException, errors.toString());
    // completion follows the onError callback, with the same failure
    java.util.concurrent.ExecutionException e = assertThrows(
        java.util.concurrent.ExecutionException.class, () -> sub.completion().get(5, TimeUnit.SECONDS));
    assertEquals(errors.get(0), e.getCause());
  }

  @Test
  void asyncCancellationStopsDeliveryAndReleasesTheConnection() throws Exception {
    String first = fixture("chat-truncated.sse");
    // Long enough (100 s at this pace) that the stream cannot end before the cancel, however
    // slow the machine: a stream that completed is rightly no longer cancellable.
    xai.enqueue(sse(first.repeat(1000))
        .throttleBody(first.length() + 16, 100, TimeUnit.MILLISECONDS));
    List<ChatResponseChunk> seen = new CopyOnWriteArrayList<>();
    CountDownLatch firstEvent = new CountDownLatch(1);
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    StreamSubscription sub = client.async().chat().stream(REQUEST, new StreamHandler<>() {
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
    waitFor(() -> TestClients.okHttp(client).connectionPool().connectionCount() == 0);
  }

  @Test
  void asyncCancellationBeforeHeadersCancelsTheCall() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")).setHeadersDelay(3, TimeUnit.SECONDS));
    StreamSubscription sub = client.async().chat().stream(REQUEST, event -> { });
    sleep(200);
    sub.cancel();
    assertTrue(sub.completion().isCancelled());
    waitFor(() -> TestClients.okHttp(client).connectionPool().connectionCount() == 0);
  }

  @Test
  void theStreamedRequestCarriesStreamTrueWithoutChangingTheCallersRequest() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = open()) {
      stream.forEach(c -> { });
    }
    assertTrue(REQUEST.stream().isEmpty());
    assertTrue(REQUEST.streamOptions().isEmpty());
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\","
        + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}",
        xai.take().getBody().readUtf8());
  }

  @Test
  void javaStreamCloseClosesTheStream() {
    xai.enqueue(sse(fixture("chat-two-choices.sse")));
    ChatStream stream = open();
    try (var chunks = stream.stream()) {
      assertEquals("A", chunks.findFirst().orElseThrow().deltaText());
    }
    assertEquals("A", stream.accumulated().text());
  }
}
