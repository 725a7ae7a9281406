package io.github.xaijava.contract;

import static io.github.xaijava.contract.TestDocuments.at;
import static io.github.xaijava.contract.TestDocuments.lines;
import static io.github.xaijava.contract.TestDocuments.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xaijava.testing.SpecFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * xAI's real documents, when {@code shared/upstream} sits next to the project (skipped
 * otherwise): the comparison of two published versions, and an update of our document.
 *
 * <p>Two tests pin our {@code openapi.json} to a reference document: it has exactly the
 * reference's structure, and an update from the reference changes no byte of it. In a normal
 * build the reference is xAI's newest archived document ({@code shared/upstream/xai-openapi.json}):
 * they guard that the committed document is what {@code scripts/update-spec.sh} made of it (no
 * hand edit, no drift from xAI). Inside {@code scripts/update-spec.sh} the reference is the
 * document being updated from (system property {@value SpecFiles#UPDATE_SOURCE}, a path or a
 * URL): they then guard that the update followed it completely and is stable, whatever that
 * document is, so a newer document never fails the update's own build for being newer.
 */
class RealDocumentsTest {

  private static Path upstream(String file) {
    assumeTrue(SpecFiles.upstream().isPresent(), "shared/upstream is absent: skipped");
    Optional<Path> path = SpecFiles.upstream(file);
    assumeTrue(path.isPresent(), file + " is absent: skipped");
    return path.get();
  }

  /**
   * The document openapi.json must match: the one update-spec is following during its build,
   * otherwise xAI's newest archived document (skipped when absent).
   */
  private static OpenApiDocument reference() {
    Optional<String> source = SpecFiles.updateSource();
    if (source.isPresent()) {
      try {
        return OpenApiDocument.read(source.get());
      } catch (UnusableDocumentException e) {
        throw new AssertionError(SpecFiles.UPDATE_SOURCE + "=" + source.get() + ": " + e.getMessage(), e);
      }
    }
    return read(upstream(SpecFiles.NEWEST_UPSTREAM));
  }

  private static String referenceName() {
    return SpecFiles.updateSource().map(s -> "the update's source " + s)
        .orElse("xAI's newest document (shared/upstream/xai-openapi.json)");
  }

  @Test
  void februaryToNewestReportsTheNewOperationsAndTheBreakingChanges() {
    ContractReport report = ContractComparator.compare(read(upstream("xai-openapi-2026-02-24.json")),
        read(upstream(SpecFiles.NEWEST_UPSTREAM)));

    List<String> addedOperations = report.changes().stream()
        .filter(c -> c.kind() == Change.Kind.ADDED && c.what().equals("operation added"))
        .map(Change::where).collect(Collectors.toList());
    assertEquals(List.of(
        "GET /v1/files", "POST /v1/files", "GET /v1/files/{file_id}", "DELETE /v1/files/{file_id}",
        "GET /v1/files/{file_id}/content", "POST /v1/files/{file_id}/public-url",
        "POST /v1/files/{file_id}/public-url/revoke", "GET /v1/me", "POST /v1/responses/compact",
        "GET /v1/responses/{response_id}/input_items", "GET /v1/skills", "POST /v1/skills",
        "GET /v1/skills/{skill_id}", "DELETE /v1/skills/{skill_id}",
        "GET /v1/skills/{skill_id}/content", "POST /v1/videos/extensions"), addedOperations);

    assertBreaking(report, "GeneratedImage.revised_prompt", "property removed", "response");
    assertBreaking(report, "VideoResponse.model", "may now be null (`string` → `string or null`)", "response");
    assertBreaking(report, "VideoResponse.video",
        "may now be null (`GeneratedVideo` → `GeneratedVideo or null`)", "response");
    assertBreaking(report, "FunctionToolCallOutput.output",
        "now a union: `string` → `ModelInputContent`", "request and response");
    assertTrue(report.summary().matches("\\d+ added, \\d+ changed, \\d+ breaking"), report.summary());
  }

  private static void assertBreaking(ContractReport report, String where, String what, String side) {
    List<Change> found = at(report, where).stream().filter(c -> c.what().equals(what))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> where + ": " + what + " not found in" + lines(report));
    assertTrue(found.get(0).breaking(), found.get(0)::toString);
    assertEquals(side, found.get(0).side());
    assertTrue(found.get(0).impact().contains("`" + where + "`"), found.get(0)::toString);
  }

  /** openapi.json has the reference's structure: nothing added, changed or removed. */
  @Test
  void ourDocumentHasTheStructureOfTheReference() {
    ContractReport report = ContractComparator.compare(read(SpecFiles.projectSpec()), reference());
    assertEquals("0 added, 0 changed, 0 breaking", report.summary(),
        () -> "openapi.json against " + referenceName() + lines(report));
  }

  /** An update from the reference leaves openapi.json byte for byte: the update is complete and stable. */
  @Test
  void updatingFromTheReferenceLeavesOurDocumentByteForByte() throws Exception {
    OpenApiDocument reference = reference();
    ContractMain.UpdateResult result =
        ContractMain.update(read(SpecFiles.projectSpec()), reference);
    assertArrayEquals(Files.readAllBytes(SpecFiles.projectSpec()),
        result.text().getBytes(StandardCharsets.UTF_8),
        "our openapi.json is the structure of " + referenceName() + " with our words, so an update"
            + " from it must change nothing; if openapi.json was edited by hand, scripts/update-spec.sh"
            + " ../shared/upstream/xai-openapi.json writes it in the layout updates keep");
  }

  @Test
  void updatingToAnOlderVersionTakesItsStructureAndKeepsOurWords() throws Exception {
    Path february = upstream("xai-openapi-2026-02-24.json");
    ContractMain.UpdateResult result =
        ContractMain.update(read(SpecFiles.projectSpec()), read(february));
    OpenApiDocument merged =
        OpenApiDocument.parse(result.text().getBytes(StandardCharsets.UTF_8), "merged");
    assertEquals("0 added, 0 changed, 0 breaking",
        ContractComparator.compare(read(february), merged).summary());
    assertEquals(Prose.strip(stripGrouping(read(february)), false),
        Prose.strip(stripGrouping(merged), false), "the same structure, to the last keyword");
    // Our words where the thing still exists; xAI's never.
    assertTrue(result.text().contains("\"Name or alias of the model that should answer.\""));
    assertTrue(!result.text().contains("Obtainable from <https://console.x.ai"), "xAI's prose left out");
  }

  private static com.google.gson.JsonObject stripGrouping(OpenApiDocument doc) {
    com.google.gson.JsonObject copy = doc.json().deepCopy();
    copy.remove("info");
    copy.remove("servers");
    copy.remove("tags");
    for (var item : copy.getAsJsonObject("paths").entrySet()) {
      for (var op : item.getValue().getAsJsonObject().entrySet()) {
        if (op.getValue().isJsonObject()) {
          op.getValue().getAsJsonObject().remove("tags");
        }
      }
    }
    return copy;
  }
}
