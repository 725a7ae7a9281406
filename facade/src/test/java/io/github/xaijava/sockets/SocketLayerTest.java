package io.github.xaijava.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.streaming.ResponseEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The socket layer against OkHttp's MockWebServer speaking real WebSocket frames: the upgrade
 * carries the client's key and headers, refusals are typed like HTTP answers, the send queue is
 * bounded, a stall times out, a drop mid-turn fails only that turn (after its events), and closing
 * the client frees every socket thread.
 */
class SocketLayerTest {

  private final MockWebServer server = new MockWebServer();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<WebSocket> serverSockets = new CopyOnWriteArrayList<>();
  private XaiClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    serverSockets.forEach(ws -> ws.close(1001, null));
    server.shutdown();
  }

  private XaiClient client(Duration read) {
    client = TestClients.client(server, Timers.SYSTEM, b -> b.logLevel(LogLevel.BODY)
        .logSink(log::add).timeout(Timeout.builder().read(read).request(Duration.ofMinutes(1))
            .build()));
    return client;
  }

  /** A server socket that runs {@code onMessage} for each text frame the client sends. */
  private MockResponse upgrade(BiConsumer<WebSocket, String> onMessage,
      BlockingQueue<WebSocket> opened) {
    return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        serverSockets.add(ws);
        opened.add(ws);
      }

      @Override
      public void onClosing(WebSocket ws, int code, String reason) {
        ws.close(code, null);
      }

      @Override
      public void onMessage(WebSocket ws, String text) {
        onMessage.accept(ws, text);
      }
    });
  }

  private static String completed(String id, String text) {
    return "{\"type\":\"response.completed\",\"sequence_number\":3,\"response\":{\"id\":\"" + id
        + "\",\"object\":\"response\",\"created_at\":1,\"model\":\"grok-4\",\"status\":\"completed\","
        + "\"output\":[{\"type\":\"message\",\"id\":\"m\",\"role\":\"assistant\",\"status\":\"completed\","
        + "\"content\":[{\"type\":\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}]}]}}";
  }

  private static String delta(String text) {
    return "{\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"m\","
        + "\"output_index\":0,\"content_index\":0,\"delta\":\"" + text + "\"}";
  }

  private static ModelRequest template() {
    return ModelRequest.builder().model("grok-4").input("").build();
  }

  @Test
  void theUpgradeCarriesTheKeyAndTheLogHidesIt() throws Exception {
    BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    List<String> frames = new CopyOnWriteArrayList<>();
    server.enqueue(upgrade((ws, text) -> {
      frames.add(text);
      ws.send(delta("Hi"));
      ws.send(completed("resp_1", "Hi"));
    }, opened));
    try (ResponsesConversation chat = client(Duration.ofSeconds(10)).sockets()
        .conversation(template())) {
      assertEquals("Hi", chat.send("Hello").text());
      assertEquals("resp_1", chat.lastResponseId().orElseThrow());
    }
    RecordedRequest upgrade = server.takeRequest();
    assertEquals("/v1/responses", upgrade.getPath());
    assertEquals("Bearer " + TestClients.KEY, upgrade.getHeader("Authorization"));
    assertTrue(upgrade.getHeader("User-Agent").startsWith("xai-java/"));
    JsonObject sent = JsonParser.parseString(frames.get(0)).getAsJsonObject();
    assertEquals("response.create", sent.get("type").getAsString());
    assertEquals("grok-4", sent.get("model").getAsString());
    assertFalse(sent.has("stream"), "the socket always streams: no stream flag");
    assertFalse(sent.has("previous_response_id"));
    assertTrue(log.stream().anyMatch(l -> l.contains("--> ws ws://") && l.contains("response.create")));
    assertTrue(log.stream().anyMatch(l -> l.contains("<-- ws ") && l.contains("response.completed")));
    assertTrue(log.stream().noneMatch(l -> l.contains(TestClients.KEY)), "the key is never logged");
  }

  @Test
  void aRefusedUpgradeIsTypedAsAnHttpAnswerWouldBe() {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"code\":\"unauthorized\",\"error\":\"Incorrect API key provided: xa***ef.\"}"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
        .setBody("{\"code\":\"rate_limited\",\"error\":\"Too many sockets.\"}"));
    XaiSockets sockets = client(Duration.ofSeconds(10)).sockets();
    SpeechStreamOptions options = SpeechStreamOptions.builder("en").build();
    AuthenticationException refused = assertThrows(AuthenticationException.class,
        () -> sockets.speech(options));
    assertEquals(401, refused.statusCode());
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> sockets.speech(options));
    assertEquals(Duration.ofSeconds(7), limited.retryAfter().orElseThrow());
    assertEquals(0, sockets.openSockets());
  }

  @Test
  void aFrameOverTheSendQueueBoundIsRefusedAndTheSocketStaysOpen() throws Exception {
    BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    List<String> received = new CopyOnWriteArrayList<>();
    server.enqueue(upgrade((ws, text) -> received.add(text), opened));
    try (VoiceSession session = client(Duration.ofSeconds(10)).sockets()
        .voiceAgent(VoiceAgentOptions.builder().build())) {
      byte[] fourMinutesOfSpeech = new byte[4 * 1024 * 1024]; // base64 makes it 5.6 MB
      XaiIoException full = assertThrows(XaiIoException.class,
          () -> session.appendAudio(fourMinutesOfSpeech));
      assertEquals(XaiIoException.Kind.SEND_QUEUE_FULL, full.kind());
      assertTrue(full.getMessage().contains("4194304"), full.getMessage());
      assertTrue(session.isOpen());
      session.commitAudio();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (received.stream().noneMatch(t -> t.contains("input_audio_buffer.commit"))
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(1, received.size(), "only the commit arrived: nothing of the refused frame");
      assertTrue(received.get(0).contains("input_audio_buffer.commit"),
          "the socket still sends after the refusal");
    }
  }

  @Test
  void aStalledTurnTimesOutByTheReadTimeout() {
    BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    server.enqueue(upgrade((ws, text) -> ws.send(delta("partial")), opened));
    try (ResponsesConversation chat = client(Duration.ofMillis(300)).sockets()
        .conversation(template())) {
      ConversationTurn turn = chat.send("Hello");
      List<ResponseEvent> events = new ArrayList<>();
      XaiStreamException stalled = assertThrows(XaiStreamException.class,
          () -> turn.forEach(events::add));
      assertEquals(1, events.size(), "the event before the stall was delivered");
      XaiIoException cause = assertInstanceOf(XaiIoException.class, stalled.getCause());
      assertEquals(XaiIoException.Kind.TIMEOUT, cause.kind());
    }
  }

  @Test
  void aSocketEndingMidTurnFailsThatTurnOnlyAndItIsNotSentAgain() throws Exception {
    BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    List<String> firstSocket = new CopyOnWriteArrayList<>();
    server.enqueue(upgrade((ws, text) -> {
      firstSocket.add(text);
      ws.send(delta("one "));
      ws.send(delta("two "));
      closeAfterFlush(ws); // the server goes away mid-turn
    }, opened));
    List<String> secondSocket = new CopyOnWriteArrayList<>();
    server.enqueue(upgrade((ws, text) -> {
      secondSocket.add(text);
      ws.send(completed("resp_2", "again"));
    }, opened));
    try (ResponsesConversation chat = client(Duration.ofSeconds(10)).sockets()
        .conversation(template())) {
      ConversationTurn first = chat.send("Count.");
      ConversationTurn second = chat.send("Count again.");
      List<String> deltas = new ArrayList<>();
      XaiStreamException dropped = assertThrows(XaiStreamException.class, () -> {
        for (ResponseEvent e : first) {
          deltas.add(((ResponseEvent.OutputTextDelta) e).delta());
        }
      });
      assertEquals(List.of("one ", "two "), deltas, "every event before the drop");
      assertTrue(dropped.getMessage().contains("closed before the turn ended"), dropped.getMessage());
      assertEquals("again", second.text());
      assertEquals(2, chat.socketsOpened());
      assertEquals(1, firstSocket.size());
      assertEquals(1, secondSocket.size());
      assertTrue(secondSocket.get(0).contains("Count again."));
      assertFalse(secondSocket.get(0).contains("Count.\""), "the dropped turn is not repeated");
    }
  }

  @Test
  void closingFromAnotherThreadEndsTheIterationAndFreesTheThreads() throws Exception {
    BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    server.enqueue(upgrade((ws, text) -> { }, opened));
    XaiClient c = client(Duration.ofSeconds(10));
    VoiceSession session = c.sockets().voiceAgent(VoiceAgentOptions.builder().build());
    WebSocket serverSide = opened.poll(5, TimeUnit.SECONDS);
    serverSide.send("{\"type\":\"ping\"}");
    Thread closer = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
      session.close();
    });
    closer.start();
    List<VoiceEvent> seen = new ArrayList<>();
    session.forEach(seen::add); // returns once closed
    closer.join();
    assertFalse(session.isOpen());
    assertEquals(0, c.sockets().openSockets());
    c.close();
    client = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (socketThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, socketThreads(), "no socket thread outlives the client");
  }

  /**
   * Closes (1001, going away) once the queued frames were written. A cut without a close frame is
   * tested against the simulator ({@code RealtimeEndToEndTest}): MockWebServer cannot cut one.
   */
  private static void closeAfterFlush(WebSocket ws) {
    try {
      while (ws.queueSize() > 0) {
        Thread.sleep(5);
      }
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ws.close(1001, null); // server side: no call to cancel; drop below
  }

  private static long socketThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("xai-socket")).count();
  }
}
