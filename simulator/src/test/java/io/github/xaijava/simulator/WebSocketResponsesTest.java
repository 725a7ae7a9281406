package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v1/responses} in WebSocket mode. */
class WebSocketResponsesTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void twoTurnsChainOnOneSocketAndEachTurnIsRecorded() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      ws.send("{'type':'response.create','model':'grok-3','input':'hello'}");
      List<JsonObject> first = ws.until("response.completed");
      assertEquals("response.created", first.get(0).get("type").getAsString());
      assertEquals("response.in_progress", first.get(1).get("type").getAsString());
      for (int i = 0; i < first.size(); i++) {
        assertEquals(i, first.get(i).get("sequence_number").getAsInt(), "the HTTP stream's events, one per frame");
      }
      JsonObject done = first.get(first.size() - 1).getAsJsonObject("response");
      assertEquals("completed", done.get("status").getAsString());
      String firstId = done.get("id").getAsString();
      assertTrue(text(done).startsWith("Simulated answer to: hello"), done.toString());

      ws.send("{'type':'response.create','model':'grok-3','input':'again','previous_response_id':'" + firstId + "'}");
      JsonObject second = ws.until("response.completed").get(0).getAsJsonObject("response");
      assertEquals(firstId, second.get("previous_response_id").getAsString());
    }
    List<RecordedRequest> requests = xai.simulator().requests();
    assertEquals(List.of("GET", "POST", "POST"), requests.stream().map(RecordedRequest::method).toList());
    JsonObject turn = JsonParser.parseString(requests.get(1).bodyText()).getAsJsonObject();
    assertEquals("hello", turn.get("input").getAsString(), "each turn as the route received it");
    assertFalse(turn.has("type"));
    assertTrue(turn.get("stream").getAsBoolean());
    assertEquals("Bearer " + xai.apiKey(), requests.get(1).header("authorization"));
  }

  @Test
  void turnsTakeNoFaultMeantForCalls() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      xai.faults().onPath("/v1/responses").serverError(500);
      ws.send("{'type':'response.create','model':'grok-3','input':'hello'}");
      ws.until("response.completed");
      assertEquals(1, xai.faults().pending(), "still there for the next upgrade or call");
    }
    assertEquals(500, new Http(xai.simulator()).post("/v1/responses", "{\"model\":\"grok-3\",\"input\":\"x\"}").status());
  }

  @Test
  void turnsQueueInOrder() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      ws.send("{'type':'response.create','model':'grok-3','input':'one'}");
      ws.send("{'type':'response.create','model':'grok-3','input':'two'}");
      List<JsonObject> first = ws.until("response.completed");
      List<JsonObject> second = ws.until("response.completed");
      assertTrue(text(first.get(first.size() - 1).getAsJsonObject("response")).endsWith("one"));
      assertTrue(text(second.get(second.size() - 1).getAsJsonObject("response")).endsWith("two"));
      assertEquals("response.created", second.get(0).get("type").getAsString(), "no frame of one turn inside another");
    }
  }

  @Test
  void anUnstoredResponseContinuesOnlyOnItsSocket() {
    String id;
    try (Ws a = Ws.open(xai.simulator(), "/v1/responses"); Ws b = Ws.open(xai.simulator(), "/v1/responses")) {
      a.awaitOpen();
      a.send("{'type':'response.create','model':'grok-3','input':'secret','store':false}");
      JsonObject done = last(a.until("response.completed"));
      assertFalse(done.get("store").getAsBoolean(), "as the client asked");
      assertFalse(JsonParser.parseString(xai.simulator().lastRequest().bodyText()).getAsJsonObject()
          .get("store").getAsBoolean(), "and recorded so");
      id = done.get("id").getAsString();
      a.send("{'type':'response.create','model':'grok-3','input':'more','store':false,'previous_response_id':'" + id + "'}");
      assertEquals(id, last(a.until("response.completed")).get("previous_response_id").getAsString());

      b.awaitOpen();
      b.send("{'type':'response.create','model':'grok-3','input':'x','previous_response_id':'" + id + "'}");
      JsonObject error = b.next("error");
      assertEquals(400, error.get("status").getAsInt());
      assertEquals("previous_response_not_found", error.getAsJsonObject("error").get("code").getAsString());
      // and the socket goes on
      b.send("{'type':'response.create','model':'grok-3','input':'fine'}");
      b.until("response.completed");
    }
    assertEquals(404, new Http(xai.simulator()).get("/v1/responses/" + id).status(), "no longer anyone's latest: gone");
  }

  @Test
  void theRoutesRefusalsBecomeErrorEvents() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      ws.send("{'type':'response.create','model':'grok-9000','input':'x'}");
      JsonObject error = ws.next("error");
      assertEquals(404, error.get("status").getAsInt());
      assertEquals("Some requested entity was not found", error.getAsJsonObject("error").get("code").getAsString());
      ws.send("{'type':'response.create','model':'grok-3','input':'x','previous_response_id':'resp_unknown'}");
      JsonObject unknown = ws.next("error");
      assertEquals("previous_response_not_found", unknown.getAsJsonObject("error").get("code").getAsString());
      ws.send("{'type':'response.cancel'}");
      assertEquals("invalid_event", ws.next("error").getAsJsonObject("error").get("code").getAsString());
      ws.send("not json");
      assertEquals(400, ws.next("error").get("status").getAsInt());
    }
  }

  @Test
  void aLargeAnswerComesInOneFrameWithA64BitLength() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      // The response object echoes its instructions: 100,000 characters make frames past 64 KiB.
      String instructions = "word ".repeat(20_000);
      ws.send("{'type':'response.create','model':'grok-3','input':'x','instructions':'" + instructions + "'}");
      assertEquals(instructions, last(ws.until("response.completed")).get("instructions").getAsString());
    }
  }

  @Test
  void theAgeLimitEndsAnIdleSocket() {
    try (XaiSimulator sim = XaiSimulator.builder().responsesSocketMaxAge(Duration.ofMillis(200)).build().start();
        Ws ws = Ws.open(sim, "/v1/responses")) {
      ws.awaitOpen();
      JsonObject error = ws.next("error");
      assertEquals(400, error.get("status").getAsInt());
      assertEquals("websocket_connection_limit_reached", error.getAsJsonObject("error").get("code").getAsString());
      assertTrue(error.getAsJsonObject("error").get("message").getAsString().contains("200 ms"));
      Ws.Event closing = ws.nextEvent();
      assertEquals("closing", closing.kind());
      assertEquals(1000, closing.code());
    }
  }

  @Test
  void theAgeLimitWaitsForTheTurnInProgress() {
    try (XaiSimulator sim = XaiSimulator.builder().responsesSocketMaxAge(Duration.ofMillis(300)).build().start()) {
      sim.faults().onPath("/v1/responses").drip(Duration.ofMillis(60));  // a turn of about a second
      try (Ws ws = Ws.open(sim, "/v1/responses")) {
        ws.awaitOpen();
        ws.send("{'type':'response.create','model':'grok-3','input':'a slow one'}");
        List<JsonObject> frames = ws.until("error");
        List<String> types = WebSocketFrontTest.types(frames);
        assertEquals("response.created", types.get(0));
        assertEquals("response.completed", types.get(types.size() - 2), "the whole turn, then the limit: " + types);
        assertEquals("websocket_connection_limit_reached",
            frames.get(frames.size() - 1).getAsJsonObject("error").get("code").getAsString());
        assertEquals(1000, ws.nextEvent().code());
      }
    }
  }

  @Test
  void aCutDropsTheConnectionWithoutACloseFrame() {
    xai.faults().onPath("/v1/responses").cutStreamAfter(3);
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      ws.send("{'type':'response.create','model':'grok-3','input':'x'}");
      assertEquals(List.of("response.created", "response.in_progress", "response.output_item.added"),
          List.of(ws.next().get("type").getAsString(), ws.next().get("type").getAsString(), ws.next().get("type").getAsString()));
      assertEquals("failure", ws.nextEvent().kind(), "no close frame: the connection just ends");
    }
  }

  @Test
  void anErrorFrameReplacesTheRestOfTheFirstTurn() {
    xai.faults().onPath("/v1/responses").errorFrameAfter(2);
    try (Ws ws = Ws.open(xai.simulator(), "/v1/responses")) {
      ws.awaitOpen();
      ws.send("{'type':'response.create','model':'grok-3','input':'x'}");
      ws.next("response.created");
      ws.next("response.in_progress");
      JsonObject error = ws.next("error");
      assertEquals(500, error.get("status").getAsInt());
      assertEquals("internal_error", error.getAsJsonObject("error").get("code").getAsString());
      ws.send("{'type':'response.create','model':'grok-3','input':'y'}");
      assertEquals("response.created", ws.next().get("type").getAsString(), "later turns are whole");
      ws.until("response.completed");
    }
  }

  private static JsonObject last(List<JsonObject> frames) {
    return frames.get(frames.size() - 1).getAsJsonObject("response");
  }

  /** The text of a response's message output, or "" before it has any. */
  private static String text(JsonObject response) {
    if (response.has("response")) {
      response = response.getAsJsonObject("response");
    }
    StringBuilder sb = new StringBuilder();
    response.getAsJsonArray("output").forEach(item -> {
      if (item.getAsJsonObject().has("content")) {
        item.getAsJsonObject().getAsJsonArray("content").forEach(c -> sb.append(c.getAsJsonObject().get("text").getAsString()));
      }
    });
    return sb.toString();
  }
}
