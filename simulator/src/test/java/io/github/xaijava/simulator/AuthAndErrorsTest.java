package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthAndErrorsTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static final String CHAT = "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  private static Http http() {
    return new Http(xai.simulator());
  }

  @Test
  void noKeyIs401WithXaisBody() {
    Http.Reply r = new Http(xai.baseUrl(), null).post("/v1/chat/completions", CHAT);
    assertEquals(401, r.status());
    JsonObject body = r.json();
    assertEquals(List.of("code", "error"), new ArrayList<>(body.keySet()));
    assertEquals("The request does not have valid authentication credentials", body.get("code").getAsString());
    assertTrue(body.get("error").getAsString().startsWith("No credentials presented."));
  }

  @Test
  void wrongKeyIs400WithTheKeyMasked() {
    Http.Reply r = new Http(xai.baseUrl(), "xai-wrong-key-yz").get("/v1/models");
    assertEquals(400, r.status());
    assertEquals("Client specified an invalid argument", r.json().get("code").getAsString());
    assertTrue(r.json().get("error").getAsString().startsWith("Incorrect API key provided: xa***yz."));
  }

  @Test
  void acceptAnyKeyTakesAnyNonEmptyKey() {
    try (XaiSimulator sim = XaiSimulator.builder().acceptAnyKey().build().start()) {
      assertEquals(200, new Http(sim.baseUrl(), "anything").get("/v1/models").status());
      assertEquals(401, new Http(sim.baseUrl(), null).get("/v1/models").status());
    }
  }

  @Test
  void customKeyIsTheOnlyOneAccepted() {
    try (XaiSimulator sim = XaiSimulator.builder().apiKey("xai-mine").build().start()) {
      assertEquals("xai-mine", sim.apiKey());
      assertEquals(200, new Http(sim).get("/v1/models").status());
      assertEquals(400, new Http(sim.baseUrl(), XaiSimulator.DEFAULT_API_KEY).get("/v1/models").status());
    }
  }

  @Test
  void xApiKeyIsAcceptedOnMessagesOnly() {
    Http noBearer = new Http(xai.baseUrl(), null);
    String messages = "{\"model\":\"grok-3\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    Http.Reply ok = noBearer.send(noBearer.request("/v1/messages").header("x-api-key", xai.apiKey())
        .header("anthropic-version", "2023-06-01").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(messages)));
    assertEquals(200, ok.status());
    Http.Reply chat = noBearer.send(noBearer.request("/v1/chat/completions").header("x-api-key", xai.apiKey())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
    assertEquals(401, chat.status());
  }

  @Test
  void everyAnswerCarriesARequestId() {
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    assertTrue(http().get("/v1/models").header("x-request-id").matches(uuid));
    assertTrue(http().get("/v1/nope").header("x-request-id").matches(uuid));
    assertTrue(new Http(xai.baseUrl(), null).get("/v1/models").header("x-request-id").matches(uuid));
  }

  @Test
  void postWithoutJsonContentTypeIs415() {
    Http h = http();
    Http.Reply r = h.send(h.request("/v1/chat/completions").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(CHAT)));
    assertEquals(415, r.status());
    assertTrue(r.json().has("code"));
    Http.Reply none = h.send(h.request("/v1/chat/completions").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
    assertEquals(415, none.status());
  }

  @Test
  void emptyBodyIs415() {
    assertEquals(415, http().post("/v1/chat/completions", "").status());
  }

  @Test
  void unknownRoleIs422InPlainText() {
    Http.Reply r = http().post("/v1/chat/completions",
        "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}");
    assertEquals(422, r.status());
    assertTrue(r.header("content-type").startsWith("text/plain"));
    assertEquals("Failed to deserialize the JSON body into the target type: messages[0].role: unknown variant "
        + "`robot`, expected one of `system`, `user`, `assistant`, `tool`, `function` at line 1 column 61", r.text());
  }

  @Test
  void wrongTypeIs422() {
    Http.Reply r = http().post("/v1/chat/completions", "{\"model\":5,\"messages\":[]}");
    assertEquals(422, r.status());
    assertEquals("Failed to deserialize the JSON body into the target type: model: invalid type: integer `5`, "
        + "expected a string at line 1 column 10", r.text());
  }

  @Test
  void missingRequiredFieldIs422() {
    Http.Reply r = http().post("/v1/chat/completions", "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\"}]}");
    assertEquals(422, r.status());
    assertTrue(r.text().contains("messages[0]: missing field `content`"), r.text());
  }

  @Test
  void unknownToolTypeIs422() {
    Http.Reply r = http().post("/v1/chat/completions", "{\"model\":\"grok-3\",\"messages\":[],\"tools\":[{\"type\":\"magic\"}]}");
    assertEquals(422, r.status());
    assertTrue(r.text().contains("tools[0].type: unknown variant `magic`, expected one of `function`, `live_search`"), r.text());
  }

  @Test
  void notJsonIs422() {
    Http.Reply r = http().post("/v1/chat/completions", "hello");
    assertEquals(422, r.status());
    assertEquals("Failed to parse the request body as JSON: expected value at line 1 column 1", r.text());
  }

  @Test
  void unknownPropertiesAreAccepted() {
    assertEquals(200, http().post("/v1/chat/completions", CHAT.replace("{\"model\"", "{\"future_field\":{\"x\":1},\"model\"")).status());
  }

  @Test
  void unknownModelIs404() {
    Http.Reply r = http().post("/v1/chat/completions", CHAT.replace("grok-3", "grok-9"));
    assertEquals(404, r.status());
    assertEquals("Some requested entity was not found", r.json().get("code").getAsString());
    assertTrue(r.json().get("error").getAsString().startsWith("The model grok-9 does not exist or your team "));
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    Http.Reply missing = http().get("/v1/nothing-here");
    assertEquals(404, missing.status());
    assertTrue(missing.json().has("error"));
    Http.Reply wrong = http().get("/v1/chat/completions");
    assertEquals(405, wrong.status());
    assertEquals("POST", wrong.header("allow"));
  }

  @Test
  void hugeHeadersGet431() {
    Http h = http();
    Http.Reply r = h.send(h.request("/v1/models").header("X-Big", "a".repeat(200_000)).GET());
    assertEquals(431, r.status());
    assertTrue(r.json().get("error").getAsString().startsWith("Request headers too large"));
  }

  @Test
  void bodyOverTheLimitIs413() {
    try (XaiSimulator sim = XaiSimulator.builder().maxUploadBytes(10).build().start()) {
      String big = "{\"model\":\"grok-3\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(1_100_000) + "\"}]}";
      assertEquals(413, new Http(sim).post("/v1/chat/completions", big).status());
    }
  }
}
