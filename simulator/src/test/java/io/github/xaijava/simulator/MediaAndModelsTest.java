package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MediaAndModelsTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension(XaiSimulator.builder().videoPendingPolls(3));

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static Http http() {
    return new Http(xai.simulator());
  }

  @Test
  void modelListsHaveTheirShapes() {
    JsonObject models = http().get("/v1/models").json();
    assertEquals("list", models.get("object").getAsString());
    assertTrue(models.getAsJsonArray("data").size() >= 8);
    assertEquals("grok-4-0709", http().get("/v1/models/grok-4").json().get("id").getAsString(), "alias resolves");
    assertEquals(404, http().get("/v1/models/grok-9").status());
    for (String list : new String[] {"language-models", "image-generation-models", "video-generation-models",
        "embedding-models"}) {
      JsonArray entries = http().get("/v1/" + list).json().getAsJsonArray("models");
      assertTrue(entries.size() > 0, list);
      String id = entries.get(0).getAsJsonObject().get("id").getAsString();
      JsonObject one = http().get("/v1/" + list + "/" + id).json();
      assertEquals(id, one.get("id").getAsString());
      assertTrue(one.has("fingerprint") && one.has("input_modalities") && one.has("aliases"), one.toString());
    }
    assertTrue(http().get("/v1/language-models/grok-3").json().has("completion_text_token_price"));
    assertEquals(404, http().get("/v1/language-models/grok-imagine-video").status(), "wrong kind");
  }

  @Test
  void embeddingsAreDeterministicUnitVectors() {
    JsonObject e = http().post("/v1/embeddings", "{\"model\":\"grok-embed-1\",\"input\":[\"a\",\"b\",\"a\"]}").json();
    assertEquals("list", e.get("object").getAsString());
    JsonArray data = e.getAsJsonArray("data");
    assertEquals(3, data.size());
    JsonArray a = data.get(0).getAsJsonObject().getAsJsonArray("embedding");
    assertEquals(32, a.size());
    assertEquals(a, data.get(2).getAsJsonObject().getAsJsonArray("embedding"));
    assertNotEquals(a, data.get(1).getAsJsonObject().getAsJsonArray("embedding"));
    double norm = 0;
    for (JsonElement x : a) {
      norm += x.getAsDouble() * x.getAsDouble();
    }
    assertEquals(1.0, norm, 1e-4);
    assertEquals(3, e.getAsJsonObject("usage").get("prompt_tokens").getAsInt());
  }

  @Test
  void embeddingsInBase64AreLittleEndianFloats() {
    JsonObject floats = http().post("/v1/embeddings", "{\"model\":\"grok-embed-1\",\"input\":\"x\",\"dimensions\":8}").json();
    JsonObject b64 = http().post("/v1/embeddings", "{\"model\":\"grok-embed-1\",\"input\":\"x\",\"dimensions\":8,"
        + "\"encoding_format\":\"base64\"}").json();
    byte[] raw = Base64.getDecoder().decode(b64.getAsJsonArray("data").get(0).getAsJsonObject().get("embedding").getAsString());
    ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    JsonArray expected = floats.getAsJsonArray("data").get(0).getAsJsonObject().getAsJsonArray("embedding");
    for (int i = 0; i < 8; i++) {
      assertEquals(expected.get(i).getAsFloat(), buffer.getFloat(), 0f);
    }
  }

  @Test
  void tokenizerGivesIdsAndStringsThatJoinBack() {
    JsonArray tokens = http().post("/v1/tokenize-text", "{\"model\":\"grok-3\",\"text\":\"Hello, world 2024!\"}")
        .json().getAsJsonArray("token_ids");
    StringBuilder joined = new StringBuilder();
    for (JsonElement t : tokens) {
      JsonObject token = t.getAsJsonObject();
      joined.append(token.get("string_token").getAsString());
      assertTrue(token.get("token_id").getAsInt() >= 0);
      assertEquals(token.get("string_token").getAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
          token.getAsJsonArray("token_bytes").size());
    }
    assertEquals("Hello, world 2024!", joined.toString());
  }

  @Test
  void imagesAreServedPngsOrBase64() {
    JsonObject urls = http().post("/v1/images/generations", "{\"prompt\":\"a cat\",\"n\":2}").json();
    JsonArray data = urls.getAsJsonArray("data");
    assertEquals(2, data.size());
    String url = data.get(0).getAsJsonObject().get("url").getAsString();
    assertTrue(url.startsWith(xai.baseUrl() + "/sim/images/"), url);
    Http.Reply png = new Http(xai.baseUrl(), null).get(URI.create(url).getPath());
    assertEquals(200, png.status());
    assertEquals("image/png", png.header("content-type"));
    assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png.body(), 8));
    JsonObject inline = http().post("/v1/images/edits", "{\"prompt\":\"a cat\",\"response_format\":\"b64_json\","
        + "\"image\":{\"url\":\"https://example.com/cat.png\"}}").json();
    byte[] decoded = Base64.getDecoder().decode(inline.getAsJsonArray("data").get(0).getAsJsonObject().get("b64_json").getAsString());
    assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(decoded, 8));
    assertTrue(urls.getAsJsonObject("usage").get("cost_in_usd_ticks").getAsLong() > 0);
    assertEquals(400, http().post("/v1/images/generations", "{\"prompt\":\"x\",\"model\":\"grok-3\"}").status());
  }

  @Test
  void videoJobGoes202ThenPendingThenDone() {
    String id = http().post("/v1/videos/generations", "{\"prompt\":\"waves\",\"duration\":5}").json()
        .get("request_id").getAsString();
    Http.Reply first = http().get("/v1/videos/" + id);
    assertEquals(202, first.status());
    int last = -1;
    for (int i = 0; i < 3; i++) {
      JsonObject pending = http().get("/v1/videos/" + id).json();
      assertEquals("pending", pending.get("status").getAsString());
      assertTrue(pending.get("progress").getAsInt() > last);
      last = pending.get("progress").getAsInt();
    }
    JsonObject done = http().get("/v1/videos/" + id).json();
    assertEquals("done", done.get("status").getAsString());
    JsonObject video = done.getAsJsonObject("video");
    assertEquals(5, video.get("duration").getAsInt());
    Http.Reply mp4 = new Http(xai.baseUrl(), null).get(URI.create(video.get("url").getAsString()).getPath());
    assertEquals("video/mp4", mp4.header("content-type"));
    assertEquals("ftyp", new String(mp4.body(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(404, http().get("/v1/videos/nope").status());
  }

  @Test
  void videoJobsCanFailOrExpire() {
    xai.script().nextVideoOutcome(VideoOutcome.FAILED).nextVideoOutcome(VideoOutcome.EXPIRED);
    String failed = http().post("/v1/videos/edits", "{\"prompt\":\"x\",\"video\":{\"url\":\"https://e.com/v.mp4\"}}")
        .json().get("request_id").getAsString();
    String expired = http().post("/v1/videos/extensions", "{\"prompt\":\"x\",\"video\":{\"url\":\"https://e.com/v.mp4\"}}")
        .json().get("request_id").getAsString();
    JsonObject f = poll(failed);
    assertEquals("failed", f.get("status").getAsString());
    assertEquals("internal_error", f.getAsJsonObject("error").get("code").getAsString());
    assertEquals("expired", poll(expired).get("status").getAsString());
    try (XaiSimulator sim = XaiSimulator.builder().videoOutcome(VideoOutcome.FAILED).videoPendingPolls(0).build().start()) {
      Http h = new Http(sim);
      String id = h.post("/v1/videos/generations", "{\"prompt\":\"x\"}").json().get("request_id").getAsString();
      assertEquals(202, h.get("/v1/videos/" + id).status());
      assertEquals("failed", h.get("/v1/videos/" + id).json().get("status").getAsString());
    }
  }

  private static JsonObject poll(String id) {
    for (int i = 0; i < 10; i++) {
      Http.Reply r = http().get("/v1/videos/" + id);
      if (r.status() == 200 && !"pending".equals(r.json().get("status").getAsString())) {
        return r.json();
      }
    }
    throw new AssertionError("job " + id + " never finished");
  }
}
