package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static final String CHAT = "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  private static final String STREAM = "{\"model\":\"grok-3\",\"stream\":true,\"messages\":[{\"role\":\"user\","
      + "\"content\":\"tell me something\"}]}";

  private static Http http() {
    return new Http(xai.simulator());
  }

  private static HttpRequest.Builder post(String path, String body) {
    return http().request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Reads a streamed body until the connection breaks; returns what arrived and whether it broke. */
  private static String readUntilBroken(HttpRequest.Builder request, boolean[] broke) throws Exception {
    HttpResponse<InputStream> r = Http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    StringBuilder sb = new StringBuilder();
    byte[] buffer = new byte[4096];
    try (InputStream in = r.body()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sb.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
      broke[0] = false;
    } catch (IOException e) {
      broke[0] = true;
    }
    return sb.toString();
  }

  @Test
  void rateLimitWithRetryHeadersForTheNextTwoCalls() {
    xai.faults().next(2).rateLimited(Duration.ofMillis(1500));
    for (int i = 0; i < 2; i++) {
      Http.Reply r = http().post("/v1/chat/completions", CHAT);
      assertEquals(429, r.status());
      assertEquals("2", r.header("retry-after"));
      assertEquals("1500", r.header("retry-after-ms"));
      assertEquals("Some resource has been exhausted", r.json().get("code").getAsString());
    }
    assertEquals(200, http().post("/v1/chat/completions", CHAT).status());
  }

  @Test
  void plainRateLimitHasNoRetryHeadersAndHeadersCanBeChosen() {
    xai.faults().next(1).rateLimited();
    Http.Reply r = http().get("/v1/models");
    assertEquals(429, r.status());
    assertNull(r.header("retry-after"));
    xai.faults().next(1).inject(Fault.rateLimited(Duration.ofSeconds(3)).withRetryAfterHeaders(true, false));
    Http.Reply s = http().get("/v1/models");
    assertEquals("3", s.header("retry-after"));
    assertNull(s.header("retry-after-ms"));
  }

  @Test
  void serverErrorOnlyOnItsPath() {
    xai.faults().onPath("/v1/chat/completions").serverError(503);
    assertEquals(200, http().get("/v1/models").status());
    Http.Reply r = http().post("/v1/chat/completions", CHAT);
    assertEquals(503, r.status());
    assertEquals("The service is currently unavailable", r.json().get("code").getAsString());
    assertEquals(200, http().post("/v1/chat/completions", CHAT).status());
    xai.faults().onPath("/v1/files*").next(2).serverError(500);
    assertEquals("Internal error", http().get("/v1/files").json().get("code").getAsString());
    xai.faults().clear();
    xai.faults().next(1).serverError(502);
    assertEquals(502, http().get("/v1/files/x").status());
  }

  @Test
  void droppedConnectionIsAnIoError() {
    xai.faults().next(1).dropConnection();
    IOException e = http().failure(post("/v1/chat/completions", CHAT));
    assertTrue(e.getMessage() != null);
    assertEquals(200, http().post("/v1/chat/completions", CHAT).status(), "only one call");
  }

  @Test
  void streamCutAfterThreeEventsEndsWithoutTerminator() throws Exception {
    xai.faults().next(1).cutStreamAfter(3);
    boolean[] broke = new boolean[1];
    String body = readUntilBroken(post("/v1/chat/completions", STREAM), broke);
    assertTrue(broke[0], "the chunked body must end abruptly");
    assertEquals(3, body.split("\n\n").length);
    assertFalse(body.contains("[DONE]"));
  }

  @Test
  void plainBodyCanBeCutToo() throws Exception {
    xai.faults().next(1).cutStreamAfter(1);
    boolean[] broke = new boolean[1];
    readUntilBroken(post("/v1/chat/completions", CHAT), broke);
    assertTrue(broke[0]);
  }

  @Test
  void dripSpacesTheEvents() {
    xai.faults().always().drip(Duration.ofMillis(30));
    long start = System.nanoTime();
    String body = http().post("/v1/chat/completions", STREAM).text();
    long ms = (System.nanoTime() - start) / 1_000_000;
    int events = body.split("\n\n").length;
    assertTrue(ms >= 30L * events - 10, ms + " ms for " + events + " events");
    assertTrue(body.endsWith("data: [DONE]\n\n"), "a drip changes nothing else");
    assertEquals(1, xai.faults().pending());
    xai.faults().clear();
    assertEquals(0, xai.faults().pending());
  }

  @Test
  void errorFrameInsideAChatStream() {
    xai.faults().next(1).errorFrameAfter(2);
    Http.Reply r = http().post("/v1/chat/completions", STREAM);
    assertEquals(200, r.status());
    List<Sse.Frame> frames = Sse.frames(r.text());
    assertEquals(3, frames.size());
    JsonObject error = JsonParser.parseString(frames.get(2).data()).getAsJsonObject();
    assertEquals("Internal error", error.get("code").getAsString());
    assertTrue(error.has("error"));
    assertNull(frames.get(2).event());
  }

  @Test
  void errorFrameInsideAResponsesStream() {
    xai.faults().next(1).errorFrameAfter(0);
    List<Sse.Frame> frames = Sse.frames(http().post("/v1/responses", "{\"model\":\"grok-3\",\"input\":\"x\",\"stream\":true}").text());
    assertEquals(1, frames.size(), "an error can be the very first frame");
    JsonObject error = JsonParser.parseString(frames.get(0).data()).getAsJsonObject();
    assertEquals("error", error.get("type").getAsString());
    assertEquals(0, error.get("sequence_number").getAsInt());
  }

  @Test
  void errorFrameInsideAMessagesStream() {
    xai.faults().next(1).errorFrameAfter(1);
    List<Sse.Frame> frames = Sse.frames(http().post("/v1/messages", "{\"model\":\"grok-3\",\"max_tokens\":9,\"stream\":true,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}").text());
    assertEquals("message_start", frames.get(0).event());
    assertEquals("error", frames.get(1).event());
    assertEquals("api_error", JsonParser.parseString(frames.get(1).data()).getAsJsonObject().getAsJsonObject("error")
        .get("type").getAsString());
  }

  @Test
  void faultsRunInTheOrderTheyWereInstalled() {
    xai.faults().next(1).rateLimited();
    xai.faults().next(1).serverError(500);
    assertEquals(429, http().get("/v1/models").status());
    assertEquals(500, http().get("/v1/models").status());
    assertEquals(200, http().get("/v1/models").status());
  }

  @Test
  void faultNarrowedToAHeaderTakesOnlyTheCallsCarryingIt() {
    xai.faults().withHeader("X-Test-Call", "7").next(2).serverError(503);
    HttpRequest.Builder seven = post("/v1/chat/completions", CHAT).header("x-test-call", "7");
    assertEquals(200, http().post("/v1/chat/completions", CHAT).status(), "no header: untouched");
    assertEquals(200, http().send(post("/v1/chat/completions", CHAT).header("x-test-call", "8")).status(),
        "another value: untouched");
    assertEquals(1, xai.faults().pending(), "the calls that did not match used up nothing");
    assertEquals(503, http().send(seven).status(), "the header's name in any case");
    assertEquals(503, http().send(seven).status());
    assertEquals(200, http().send(seven).status(), "two calls, then gone");
    assertEquals(0, xai.faults().pending());
  }

  @Test
  void headerNarrowingCombinesWithAPathAndKeepsTheOrderOfInstallation() {
    xai.faults().withHeader("x-test-call", "1").onPath("/v1/models").rateLimited();
    xai.faults().next(1).serverError(500);
    HttpRequest.Builder models = http().request("/v1/models").header("x-test-call", "1").GET();
    assertEquals(500, http().send(http().request("/v1/models").GET()).status(),
        "a call without the header skips the narrowed fault and takes the next");
    assertEquals(200, http().post("/v1/chat/completions", CHAT).status());
    assertEquals(200, http().send(post("/v1/chat/completions", CHAT).header("x-test-call", "1")).status(),
        "the right header on another path: untouched");
    assertEquals(429, http().send(models).status());
    assertEquals(0, xai.faults().pending());
    assertThrows(NullPointerException.class, () -> xai.faults().withHeader(null, "1"));
    assertThrows(NullPointerException.class, () -> xai.faults().next(1).withHeader("x-test-call", null));
    assertThrows(IllegalArgumentException.class, () -> xai.faults().withHeader(" ", "1"));
  }

  @Test
  void cutCombinedWithDrip() throws Exception {
    xai.faults().next(1).inject(Fault.cutStreamAfter(2).withDrip(Duration.ofMillis(20)));
    boolean[] broke = new boolean[1];
    long start = System.nanoTime();
    String body = readUntilBroken(post("/v1/chat/completions", STREAM), broke);
    assertTrue(broke[0]);
    assertEquals(2, body.split("\n\n").length);
    assertTrue(System.nanoTime() - start >= 35_000_000L);
  }

  @Test
  void badFaultsFailFast() {
    assertThrows(IllegalArgumentException.class, () -> Fault.serverError(404));
    assertThrows(IllegalArgumentException.class, () -> Fault.cutStreamAfter(-1));
    assertThrows(IllegalArgumentException.class, () -> xai.faults().next(0));
    assertThrows(IllegalArgumentException.class, () -> xai.faults().onPath("v1/no-slash"));
    assertThrows(IllegalStateException.class, () -> Fault.dropConnection().withRetryAfterHeaders(true, true));
    assertEquals(Fault.drip(Duration.ofMillis(5)), Fault.drip(Duration.ofMillis(5)));
    assertEquals("Fault{SERVER_ERROR, status=503}", Fault.serverError(503).toString());
  }
}
