package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScriptAndRecordingTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static Http http() {
    return new Http(xai.simulator());
  }

  @Test
  void scriptedJsonIsServedOnceWithItsStatusAndHeaders() {
    xai.script().enqueue(ScriptedAnswer.json(201, "{\"exact\":true}").withHeader("x-custom", "1"));
    Http.Reply r = http().get("/v1/models");
    assertEquals(201, r.status());
    assertEquals("{\"exact\":true}", r.text());
    assertEquals("1", r.header("x-custom"));
    assertTrue(r.header("x-request-id") != null);
    assertTrue(http().get("/v1/models").json().has("data"), "then the built-in answer again");
  }

  @Test
  void scriptedAnswersOnAPathWaitForThatPath() {
    xai.script().onPath("/v1/chat/completions").enqueue(ScriptedAnswer.json("{\"n\":1}")).enqueue(ScriptedAnswer.json("{\"n\":2}"));
    assertTrue(http().get("/v1/models").json().has("data"));
    assertEquals(2, xai.script().pending());
    assertEquals("{\"n\":1}", http().post("/v1/chat/completions", "not even json").text(), "the body is not checked");
    assertEquals("{\"n\":2}", http().post("/v1/chat/completions", "{}").text());
    assertEquals(0, xai.script().pending());
  }

  @Test
  void scriptedEventsGoOutExactly() {
    xai.script().enqueue(ScriptedAnswer.events(SseEvent.data("{\"a\":1}"), SseEvent.of("custom", "line1\nline2"),
        SseEvent.data("[DONE]")));
    Http.Reply r = http().post("/v1/chat/completions", "{}");
    assertEquals("text/event-stream", r.header("content-type"));
    assertEquals("data: {\"a\":1}\n\nevent: custom\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n", r.text());
  }

  @Test
  void scriptedErrorHasXaisShape() {
    xai.script().enqueue(ScriptedAnswer.error(403, "The caller does not have permission to execute the specified operation",
        "Your team has used all available credits"));
    Http.Reply r = http().get("/v1/models");
    assertEquals(403, r.status());
    assertEquals("The caller does not have permission to execute the specified operation", r.json().get("code").getAsString());
  }

  @Test
  void scriptedHtmlFromAProxy() {
    xai.script().enqueue(ScriptedAnswer.body(502, "text/html", "<html>Bad gateway</html>".getBytes()));
    Http.Reply r = http().get("/v1/models");
    assertEquals(502, r.status());
    assertEquals("text/html", r.header("content-type"));
  }

  @Test
  void faultsApplyToScriptedAnswersToo() {
    xai.script().enqueue(ScriptedAnswer.events(SseEvent.data("1"), SseEvent.data("2"), SseEvent.data("3")));
    xai.faults().next(1).cutStreamAfter(1);
    IOExceptionCheck.expectBroken(http().request("/v1/chat/completions").POST(HttpRequest.BodyPublishers.ofString("{}")));
  }

  @Test
  void requestsAreRecordedWithEverything() {
    Http h = http();
    h.send(h.request("/v1/files?limit=5&order=asc").header("X-Trace", "abc").GET());
    h.post("/v1/chat/completions", "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    RecordedRequest first = xai.takeRequest();
    assertEquals(1, first.sequence());
    assertEquals("GET", first.method());
    assertEquals("/v1/files", first.path());
    assertEquals("limit=5&order=asc", first.query());
    assertEquals("5", first.queryParameter("limit"));
    assertEquals("abc", first.header("x-trace"));
    assertEquals("abc", first.header("X-TRACE"));
    assertEquals(0, first.body().length);
    RecordedRequest second = xai.takeRequest();
    assertEquals("POST", second.method());
    assertTrue(second.bodyText().contains("\"content\":\"hi\""));
    assertEquals("application/json", second.header("content-type"));
    assertEquals(second, xai.lastRequest());
    assertEquals(2, xai.requests().size());
    assertThrows(IllegalStateException.class, () -> xai.simulator().takeRequest(Duration.ofMillis(50)));
  }

  @Test
  void recordedRequestHidesTheKeyInToString() {
    http().get("/v1/models");
    RecordedRequest r = xai.lastRequest();
    assertEquals("Bearer " + xai.apiKey(), r.header("Authorization"), "the accessor shows it, for assertions");
    assertFalse(r.toString().contains(xai.apiKey()), r.toString());
    assertTrue(r.toString().contains("authorization=[redacted]"));
  }

  @Test
  void resetForgetsEverything() {
    http().get("/v1/models");
    xai.faults().always().serverError(500);
    xai.script().enqueue(ScriptedAnswer.json("{}"));
    xai.simulator().reset();
    assertEquals(0, xai.simulator().requestCount());
    assertEquals(0, xai.faults().pending());
    assertEquals(0, xai.script().pending());
    assertThrows(IllegalStateException.class, () -> xai.lastRequest());
    assertEquals(200, http().get("/v1/models").status());
  }

  @Test
  void idsRepeatAfterAReset() {
    String body = "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    String first = http().post("/v1/chat/completions", body).json().get("id").getAsString();
    xai.simulator().reset();
    assertEquals(first, http().post("/v1/chat/completions", body).json().get("id").getAsString());
  }

  @Test
  void scriptedAnswersStillNeedAKey() {
    xai.script().enqueue(ScriptedAnswer.json("{}"));
    assertEquals(401, new Http(xai.baseUrl(), null).get("/v1/models").status());
    assertEquals(1, xai.script().pending(), "not taken by the rejected call");
  }

  /** Checks that a call fails in transport. */
  static final class IOExceptionCheck {
    static void expectBroken(HttpRequest.Builder request) {
      try {
        java.net.http.HttpResponse<java.io.InputStream> r = Http.client().send(request.build(),
            java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = r.body()) {
          in.readAllBytes();
        }
        throw new AssertionError("the body should have been cut");
      } catch (java.io.IOException expected) {
        // the connection closed mid-body, as injected
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
