package io.github.xaijava.streaming;

import static io.github.xaijava.streaming.StreamTestSupport.fixture;
import static io.github.xaijava.streaming.StreamTestSupport.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.internal.http.RecordingSleeper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streaming through {@link XaiClient}: the core's retries, error mapping and body handling. */
class ClientStreamingTest {

  private static final String RATE_LIMITED =
      "{\"code\":\"Some resource has been exhausted\",\"error\":\"Rate limit exceeded\"}";

  private MockWebServer server;
  private XaiClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = TestClients.client(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @Test
  void chatStreamSetsStreamTrueWithoutChangingTheRequest() throws Exception {
    server.enqueue(sse(fixture("chat-reasoning-content-usage.sse")));
    ChatRequest request = new ChatRequest().model("grok-3-mini");
    try (ChatStream stream = client.chat().stream(request)) {
      assertEquals(8, stream.stream().count());
      assertEquals("Hello, wörld 🌍",
          stream.accumulated().getChoices().get(0).getMessage().getContent());
    }
    RecordedRequest recorded = server.takeRequest();
    assertEquals("/v1/chat/completions", recorded.getPath());
    assertEquals("{\"model\":\"grok-3-mini\",\"stream\":true}", recorded.getBody().readUtf8());
    assertEquals("text/event-stream", recorded.getHeader("Accept"));
    assertNull(request.getStream());
  }

  @Test
  void httpErrorBeforeTheFirstEventIsRetriedThenStreams() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setBody(RATE_LIMITED));
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = client.chat().stream(new ChatRequest().model("grok-4"))) {
      assertEquals(4, stream.stream().count());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void persistentHttpErrorIsTheSameTypedExceptionAsAPlainCall() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(429).setBody(RATE_LIMITED));
    }
    assertThrows(RateLimitException.class,
        () -> client.chat().stream(new ChatRequest().model("grok-4")));
  }

  @Test
  void truncatedStreamIsNotRetried() {
    server.enqueue(sse(fixture("chat-truncated.sse")));
    server.enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = client.chat().stream(new ChatRequest().model("grok-4"))) {
      assertThrows(io.github.xaijava.errors.XaiStreamException.class, () -> stream.forEach(c -> { }));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void streamAsyncDeliversAndCancels() throws Exception {
    String first = fixture("chat-truncated.sse");
    server.enqueue(sse(first.repeat(100)).throttleBody(first.length() + 16, 100, TimeUnit.MILLISECONDS));
    List<ChatResponseChunk> seen = new CopyOnWriteArrayList<>();
    CountDownLatch got = new CountDownLatch(1);
    StreamSubscription sub = client.chat().streamAsync(new ChatRequest().model("grok-4"), chunk -> {
      seen.add(chunk);
      got.countDown();
    });
    assertTrue(got.await(5, TimeUnit.SECONDS));
    sub.cancel();
    assertTrue(sub.completion().isCancelled());
    int count = seen.size();
    Thread.sleep(400);
    assertTrue(seen.size() <= count + 1);
  }

  @Test
  void responsesAndMessagesStreamThroughTheClient() throws Exception {
    server.enqueue(sse(fixture("responses-full.sse")));
    server.enqueue(sse(fixture("messages-tool-use.sse")));
    try (ResponseStream stream = client.responses().stream(new ModelRequest().model("grok-4"))) {
      assertEquals(28, stream.stream().count());
      assertEquals("completed", stream.completed().orElseThrow().getStatus());
    }
    try (MessageStream stream = client.messages().stream(new MessageRequest().model("grok-4"))) {
      assertEquals(18, stream.stream().count());
      assertEquals("tool_use", stream.accumulated().getStopReason());
    }
    assertTrue(server.takeRequest().getBody().readUtf8().contains("\"stream\":true"));
    assertEquals("/v1/messages", server.takeRequest().getPath());
  }
}
