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
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.internal.http.RecordingSleeper;
import io.github.xaijava.config.RequestOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
  void closeFromAnotherThreadCancelsTheCallOfAClientStream() throws Exception {
    // A real socket that sends one chunk and then stays silent until the test ends.
    String chunk = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";
    CountDownLatch testDone = new CountDownLatch(1);
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread serverThread = new Thread(() -> {
        try (Socket socket = listener.accept()) {
          InputStream in = socket.getInputStream();
          byte[] buffer = new byte[8192];
          in.read(buffer); // the request (small, one read is enough on loopback)
          byte[] body = chunk.getBytes(StandardCharsets.UTF_8);
          OutputStream out = socket.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length) + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          testDone.await(30, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // the client hung up: expected
        }
      });
      serverThread.start();
      try (XaiClient quiet = XaiClient.builder().apiKey(TestClients.KEY)
          .baseUrl("http://127.0.0.1:" + listener.getLocalPort()).build()) {
        RequestOptions patient = RequestOptions.builder().timeout(Duration.ofMinutes(5)).build();
        ChatStream stream = quiet.chat().stream(new ChatRequest().model("grok-4"), patient);
        Iterator<ChatResponseChunk> chunks = stream.iterator();
        assertTrue(chunks.hasNext());
        chunks.next();
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(chunks::hasNext);
        Thread.sleep(100); // let the reader block on the silent socket
        stream.close();
        // Cancelling the call wakes the reader now; without it the reader would wait out the
        // five-minute read timeout. (The bound only keeps a broken build from hanging.)
        assertEquals(false, reader.get(20, TimeUnit.SECONDS));
      } finally {
        testDone.countDown();
        serverThread.join(5_000);
      }
    }
  }

  @Test
  void anAnswerThatIsNotAnEventStreamIsAClearError() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<html><body>Gateway says hi</body></html>"));
    XaiIoException e = assertThrows(XaiIoException.class,
        () -> client.chat().stream(new ChatRequest().model("grok-4")));
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("Gateway says hi"), e.getMessage());
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
