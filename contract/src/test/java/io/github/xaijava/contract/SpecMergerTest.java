package io.github.xaijava.contract;

import static io.github.xaijava.contract.TestDocuments.read;
import static io.github.xaijava.contract.TestDocuments.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * update-spec on a small document of ours ({@code update/ours.json}) and a new version of
 * "theirs" ({@code update/source.json}) that adds, renames, moves and removes things, and marks
 * every text of its own with {@code THEIR}.
 */
class SpecMergerTest {

  private static String text;
  private static JsonObject merged;
  private static ContractReport report;

  @BeforeAll
  static void merge() throws Exception {
    ContractMain.UpdateResult result =
        ContractMain.update(read(resource("update/ours.json")), read(resource("update/source.json")));
    text = result.text();
    merged = JsonParser.parseString(text).getAsJsonObject();
    report = result.report();
  }

  private static JsonObject at(String... path) {
    JsonElement node = merged;
    for (String key : path) {
      node = node.isJsonArray() ? node.getAsJsonArray().get(Integer.parseInt(key))
          : node.getAsJsonObject().get(key);
    }
    return node.getAsJsonObject();
  }

  private static String description(String... path) {
    JsonElement words = at(path).get("description");
    return words == null ? null : words.getAsString();
  }

  @Test
  void noneOfTheirWordsEnter() {
    assertFalse(text.contains("THEIR"), text);
    assertFalse(text.contains("\"example\""), text);
    assertFalse(text.contains("\"examples\""), text);
  }

  @Test
  void theStructureIsTheirs() throws Exception {
    JsonObject theirs = read(resource("update/source.json")).json().deepCopy();
    JsonObject ours = merged.deepCopy();
    for (JsonObject doc : List.of(theirs, ours)) {
      doc.remove("info");
      doc.remove("servers");
      doc.remove("tags");
      for (var item : doc.getAsJsonObject("paths").entrySet()) {
        for (var op : item.getValue().getAsJsonObject().entrySet()) {
          op.getValue().getAsJsonObject().remove("tags");
        }
      }
    }
    assertEquals(Prose.strip(theirs, false), Prose.strip(ours, false));
    assertEquals("1.0.0", at("info").get("version").getAsString(), "info is ours");
  }

  @Test
  void ourWordsStayWhereTheirThingStillExists() {
    assertEquals("Our words about the API.", description("info"));
    assertEquals("https://api.example.test", at("servers", "0").get("url").getAsString());
    assertEquals("Our summary: list the things.", at("paths", "/v1/things", "get").get("summary").getAsString());
    assertEquals("Our words: at most this many.", description("paths", "/v1/things", "get", "parameters", "0"));
    assertEquals("Our words: success.", description("paths", "/v1/things", "get", "responses", "200"));
    assertEquals("Our words: not found.", description("paths", "/v1/things", "get", "responses", "404"));
    assertEquals("Our words: a thing.", description("components", "schemas", "Thing"));
    assertEquals("Our words: the thing's id.", description("components", "schemas", "Thing", "properties", "id"));
    assertEquals("Our words: a property that happens to be called description.",
        description("components", "schemas", "Thing", "properties", "description"));
    assertEquals("Our words: the thing's shape.",
        description("components", "schemas", "Thing", "properties", "shape"));
    assertEquals("Our words: the API key.", description("components", "securitySchemes", "bearerAuth"));
  }

  @Test
  void aRenamedSchemaKeepsOurWords() {
    assertEquals("Our words: a shape.", description("components", "schemas", "Shape"));
    assertEquals("Our words: how many sides.",
        description("components", "schemas", "Shape", "properties", "sides"));
    assertTrue(report.changes().stream().anyMatch(c -> c.where().equals("Shape")
        && c.what().equals("schema renamed from `OldShape` (same structure)")), report.changes()::toString);
  }

  @Test
  void unionFormsKeepOurWordsThoughTheyMoved() {
    JsonArray forms = at("components", "schemas", "Thing", "properties", "part").getAsJsonArray("oneOf");
    assertEquals("#/components/schemas/Shape", forms.get(0).getAsJsonObject().get("$ref").getAsString());
    assertFalse(forms.get(0).getAsJsonObject().has("description"));
    assertEquals("Our words: a part by name.", forms.get(1).getAsJsonObject().get("description").getAsString());
    assertFalse(forms.get(2).getAsJsonObject().has("description"), "new form: no words yet");
    assertEquals("Our words: a part.", description("components", "schemas", "Thing", "properties", "part"));
  }

  @Test
  void aMovedOperationKeepsItsTagAndSummary() {
    JsonObject moved = at("paths", "/v1/things/{id}", "get");
    assertEquals("[\"Things\"]", moved.get("tags").toString());
    assertEquals("Our summary: one thing.", moved.get("summary").getAsString());
  }

  @Test
  void newOperationsGetATagFromTheirPath() {
    assertEquals("[\"Things\"]", at("paths", "/v1/things/{id}/parts", "get").get("tags").toString(),
        "shares /things with our tagged operations");
    assertEquals("[\"Models\"]", at("paths", "/v1/widget-models", "get").get("tags").toString(),
        "ends in the name of one of our tags");
    assertEquals("[\"Batches\"]", at("paths", "/v1/batches", "post").get("tags").toString(),
        "a new group, named after its path");
    List<String> tags = new ArrayList<>();
    merged.getAsJsonArray("tags").forEach(t -> tags.add(t.getAsJsonObject().get("name").getAsString()));
    assertEquals(List.of("Things", "Models", "Batches"), tags, "Legacy is gone with its operation");
    assertEquals("Our words about things.", merged.getAsJsonArray("tags").get(0).getAsJsonObject()
        .get("description").getAsString());
  }

  @Test
  void aNewResponseGetsOurWordsForItsStatusOrAPlainOne() {
    assertEquals("Our words: success.", description("paths", "/v1/batches", "post", "responses", "200"));
    assertEquals("Status 418.", description("paths", "/v1/batches", "post", "responses", "418"));
    assertEquals("Status 429.", description("paths", "/v1/things", "get", "responses", "429"));
  }

  @Test
  void whatIsGoneIsGone() {
    assertFalse(at("components", "schemas").has("Gone"));
    assertFalse(at("components", "schemas").has("OldShape"));
    assertFalse(at("components", "schemas", "Thing", "properties").has("colour"));
    assertFalse(at("paths").has("/v1/legacy"));
  }

  @Test
  void everythingNewIsListedAsNeedingADescription() {
    assertEquals(List.of(
        "`GET /v1/things`: `query parameter order`, `response 429`",
        "`GET /v1/things/{id}/parts` (new) and its `path parameter id`",
        "`GET /v1/widget-models` (new)",
        "`POST /v1/batches` (new) and its `response 418`",
        "`Thing`: properties `size`",
        "`Part` (new) and its properties `name`"), report.needsDescription());
    assertEquals(10, report.thingsToDescribe());
    assertTrue(report.toMarkdown().contains("## Needs a description (10)"), report.toMarkdown());
  }

  @Test
  void theReportComparesOurOldDocumentWithTheNewOne() {
    assertTrue(report.changes().stream().anyMatch(c -> c.where().equals("POST /v1/legacy")
        && c.kind() == Change.Kind.REMOVED && c.breaking()), report.changes()::toString);
    assertTrue(report.changes().stream().anyMatch(c -> c.where().equals("Thing.colour")
        && c.kind() == Change.Kind.REMOVED && c.breaking()), report.changes()::toString);
  }

  @Test
  void updateWritesTheFileAndASecondUpdateChangesNothing(@TempDir Path dir) throws Exception {
    Path ours = dir.resolve("openapi.json");
    Files.copy(resource("update/ours.json"), ours);
    Path reportFile = dir.resolve("report.md");
    String source = resource("update/source.json").toString();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
    int status = ContractMain.run(new String[] {"update", ours.toString(), source, "--report",
        reportFile.toString()}, print, print);
    assertEquals(1, status, "the operation /v1/legacy is gone: breaking");
    assertEquals(text, Files.readString(ours));
    assertTrue(Files.readString(reportFile).startsWith("# Contract report"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(report.summary() + "\n"));

    out.reset();
    status = ContractMain.run(new String[] {"update", ours.toString(), source}, print, print);
    assertEquals(0, status);
    assertEquals("0 added, 0 changed, 0 breaking\n" + ours + " unchanged\n", out.toString(StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }
}
