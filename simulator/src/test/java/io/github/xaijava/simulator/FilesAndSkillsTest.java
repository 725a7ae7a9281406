package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FilesAndSkillsTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension(XaiSimulator.builder().maxUploadBytes(1000));

  private static final String BOUNDARY = "sim-test-boundary";

  private static Http http() {
    return new Http(xai.simulator());
  }

  /** A multipart body: each entry is {name, filename or null, content}. */
  static byte[] multipart(List<String[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] p : parts) {
      String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\""
          + (p[1] == null ? "" : "; filename=\"" + p[1] + "\"") + "\r\n"
          + (p[1] == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p[2].getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Http.Reply upload(String path, List<String[]> parts) {
    Http h = http();
    return h.send(h.request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(parts))));
  }

  static JsonObject uploadFile(String name, String content) {
    Http.Reply r = upload("/v1/files", List.<String[]>of(new String[] {"file", name, content}));
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  @Test
  void uploadGivesAFileObject() {
    Http.Reply r = upload("/v1/files", List.of(new String[] {"expires_after", null, "3600"},
        new String[] {"purpose", null, "batch"}, new String[] {"file", "notes.txt", "hello"}));
    JsonObject f = r.json();
    assertTrue(f.get("id").getAsString().startsWith("file_"));
    assertEquals("file", f.get("object").getAsString());
    assertEquals(5, f.get("bytes").getAsInt());
    assertEquals("notes.txt", f.get("filename").getAsString());
    assertEquals("batch", f.get("purpose").getAsString());
    assertEquals(f.get("created_at").getAsLong() + 3600, f.get("expires_at").getAsLong());
  }

  @Test
  void expiresAfterBehindTheFileIsLostLikeXaiLosesIt() {
    JsonObject f = upload("/v1/files", List.of(new String[] {"file", "a.txt", "x"},
        new String[] {"expires_after", null, "3600"})).json();
    assertFalse(f.has("expires_at"));
  }

  @Test
  void fileCanBeReadDownloadedAndDeleted() {
    String id = uploadFile("data.bin", "binary-ish content").get("id").getAsString();
    assertEquals("data.bin", http().get("/v1/files/" + id).json().get("filename").getAsString());
    Http.Reply content = http().get("/v1/files/" + id + "/content");
    assertEquals("application/octet-stream", content.header("content-type"));
    assertEquals("binary-ish content", content.text());
    Http.Reply text = http().get("/v1/files/" + id + "/content?format=text");
    assertTrue(text.header("content-type").startsWith("text/plain"));
    JsonObject deleted = http().delete("/v1/files/" + id).json();
    assertEquals(true, deleted.get("deleted").getAsBoolean());
    assertEquals(404, http().get("/v1/files/" + id).status());
    assertEquals(404, http().get("/v1/files/" + id + "/content").status());
  }

  @Test
  void listPagesCarryATokenEvenOnTheLastPage() {
    for (int i = 0; i < 7; i++) {
      uploadFile("f" + i + ".txt", "x".repeat(i + 1));
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    while (true) {
      JsonObject page = http().get("/v1/files?limit=3&order=asc&sort_by=filename"
          + (token == null ? "" : "&pagination_token=" + token)).json();
      pages++;
      assertTrue(page.has("pagination_token") && !page.get("pagination_token").isJsonNull(), "token always present");
      JsonArray data = page.getAsJsonArray("data");
      data.forEach(f -> names.add(f.getAsJsonObject().get("filename").getAsString()));
      token = page.get("pagination_token").getAsString();
      if (data.size() < 3) {
        break; // a short page is the end, as xAI's clients know
      }
    }
    assertEquals(3, pages);
    assertEquals(List.of("f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt", "f5.txt", "f6.txt"), names);
    JsonObject bySize = http().get("/v1/files?sort_by=size&order=desc&limit=1").json();
    assertEquals("f6.txt", bySize.getAsJsonArray("data").get(0).getAsJsonObject().get("filename").getAsString());
    assertEquals(1, http().get("/v1/files?filter=f3").json().getAsJsonArray("data").size());
    assertEquals(400, http().get("/v1/files?limit=101").status());
    assertEquals(400, http().get("/v1/files?pagination_token=garbage").status());
  }

  @Test
  void exactlyFullLastPageIsFollowedByAnEmptyOne() {
    for (int i = 0; i < 2; i++) {
      uploadFile("g" + i, "y");
    }
    JsonObject first = http().get("/v1/files?limit=2").json();
    assertEquals(2, first.getAsJsonArray("data").size());
    JsonObject second = http().get("/v1/files?limit=2&pagination_token=" + first.get("pagination_token").getAsString()).json();
    assertEquals(0, second.getAsJsonArray("data").size());
    assertEquals(first.get("pagination_token"), second.get("pagination_token"), "the token repeats at the end");
  }

  @Test
  void publicUrlServesTheFileUntilRevoked() {
    String id = uploadFile("pub.txt", "public!").get("id").getAsString();
    JsonObject created = http().post("/v1/files/" + id + "/public-url", "{\"expires_after\":60}").json();
    String url = created.get("public_url").getAsString();
    assertNotNull(created.get("expires_at"));
    Http anonymous = new Http(xai.baseUrl(), null);
    assertEquals("public!", anonymous.get(URI.create(url).getPath()).text());
    assertEquals(url, http().get("/v1/files/" + id).json().get("public_url").getAsString());
    Http h = http();
    JsonObject revoked = h.send(h.request("/v1/files/" + id + "/public-url/revoke")
        .POST(HttpRequest.BodyPublishers.noBody())).json();
    assertEquals(true, revoked.get("revoked").getAsBoolean());
    assertEquals(404, anonymous.get(URI.create(url).getPath()).status());
  }

  @Test
  void uploadOverTheLimitIs413() {
    Http.Reply r = upload("/v1/files", List.<String[]>of(new String[] {"file", "big.bin", "z".repeat(1001)}));
    assertEquals(413, r.status());
    assertTrue(r.json().get("error").getAsString().contains("1000"));
  }

  @Test
  void malformedMultipartIs400AndMissingFileToo() {
    Http h = http();
    Http.Reply broken = h.send(h.request("/v1/files").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")));
    assertEquals(400, broken.status());
    assertTrue(broken.json().get("error").getAsString().startsWith("Malformed multipart body"));
    assertEquals(400, upload("/v1/files", List.<String[]>of(new String[] {"purpose", null, "x"})).status());
    Http.Reply notMultipart = http().post("/v1/files", "{}");
    assertEquals(415, notMultipart.status());
  }

  @Test
  void skillsUploadListWithHasMoreAndDownloadAsZip() throws IOException {
    String skillMd = "---\nname: greeter\ndescription: Says hello\n---\n# Greeter\n";
    Http.Reply r = upload("/v1/skills", List.of(new String[] {"files", "greeter/SKILL.md", skillMd},
        new String[] {"files", "greeter/run.py", "print('hi')"}));
    assertEquals(200, r.status(), r.text());
    JsonObject skill = r.json();
    assertEquals("greeter", skill.get("name").getAsString());
    assertEquals("Says hello", skill.get("description").getAsString());
    assertEquals("skill", skill.get("object").getAsString());
    String id = skill.get("id").getAsString();
    for (int i = 0; i < 2; i++) {
      upload("/v1/skills", List.<String[]>of(new String[] {"files", "s" + i + "/SKILL.md", "# s" + i}));
    }
    JsonObject page = http().get("/v1/skills?limit=2&order=asc").json();
    assertEquals("list", page.get("object").getAsString());
    assertTrue(page.get("has_more").getAsBoolean());
    assertEquals(id, page.get("first_id").getAsString());
    JsonObject rest = http().get("/v1/skills?limit=2&order=asc&after=" + page.get("last_id").getAsString()).json();
    assertEquals(1, rest.getAsJsonArray("data").size());
    assertFalse(rest.get("has_more").getAsBoolean());
    assertEquals(id, http().get("/v1/skills/" + id).json().get("id").getAsString());

    Http.Reply zip = http().get("/v1/skills/" + id + "/content");
    assertEquals("application/zip", zip.header("content-type"));
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(Map.of("greeter/SKILL.md", skillMd, "greeter/run.py", "print('hi')"), entries);
    assertEquals(true, http().delete("/v1/skills/" + id).json().get("deleted").getAsBoolean());
    assertEquals(404, http().get("/v1/skills/" + id + "/content").status());
  }

  @Test
  void documentSearchFindsUploadedText() {
    String id = uploadFile("guide.md", "Rust is fast.\n\nJava has a garbage collector.\n\nPython is dynamic.")
        .get("id").getAsString();
    uploadFile("other.md", "Nothing relevant here.");
    JsonObject result = http().post("/v1/documents/search", "{\"query\":\"garbage collector java\","
        + "\"source\":{\"collection_ids\":[\"col_1\"]},\"limit\":5}").json();
    JsonArray matches = result.getAsJsonArray("matches");
    assertEquals(1, matches.size());
    JsonObject m = matches.get(0).getAsJsonObject();
    assertEquals(id, m.get("file_id").getAsString());
    assertEquals("Java has a garbage collector.", m.get("chunk_content").getAsString());
    assertEquals(1.0, m.get("score").getAsDouble(), 1e-6);
    assertEquals("col_1", m.getAsJsonArray("collection_ids").get(0).getAsString());
    for (String k : List.of("file_id", "chunk_id", "chunk_content", "score", "collection_ids", "fields")) {
      assertTrue(m.has(k), k);
    }
  }

  @Test
  void apiKeyAndMeShowTheKeyRedacted() {
    JsonObject key = http().get("/v1/api-key").json();
    assertEquals("xa***ey", key.get("redacted_api_key").getAsString());
    for (String k : List.of("user_id", "name", "create_time", "modify_time", "modified_by", "team_id", "acls",
        "api_key_id", "team_blocked", "api_key_blocked", "api_key_disabled")) {
      assertTrue(key.has(k), k);
    }
    JsonObject me = http().get("/v1/me").json();
    assertEquals("no_zdr", me.get("zdr_status").getAsString());
    JsonElement apiKey = me.get("api_key");
    assertEquals("xa***ey", apiKey.getAsJsonObject().get("redacted_api_key").getAsString());
    assertFalse(key.toString().contains(xai.apiKey()));
  }

  @Test
  void sameUploadGivesTheSameBytesBack() {
    byte[] body = "ünïcødé ✓".getBytes(StandardCharsets.UTF_8);
    String id = uploadFile("u.txt", "ünïcødé ✓").get("id").getAsString();
    assertArrayEquals(body, http().get("/v1/files/" + id + "/content").body());
  }
}
