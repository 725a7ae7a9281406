package io.github.xaijava.generated.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract check: our {@code openapi.json} has exactly the structure of xAI's newest published
 * document. Skipped when {@code shared/upstream} is not next to the project (a user's machine).
 * When xAI publishes a change, this test names every path where the two documents differ.
 */
class UpstreamContractTest {

  @Test
  void ourDocumentHasTheStructureOfXaisNewestDocument() throws Exception {
    Optional<Path> upstream = SpecFiles.upstreamDir();
    assumeTrue(upstream.isPresent(), "shared/upstream is absent: contract check skipped");
    Path xai = upstream.get().resolve("xai-openapi.json");
    assumeTrue(Files.isRegularFile(xai), "xai-openapi.json is absent: contract check skipped");

    List<String> differences =
        StructuralDiff.between(SpecFiles.read(xai), SpecFiles.read(SpecFiles.projectSpec()));

    assertTrue(differences.isEmpty(),
        () -> differences.size() + " structural differences between xAI's document and ours:\n  "
            + String.join("\n  ", differences.subList(0, Math.min(50, differences.size()))));
  }

  @Test
  void proseIsIgnoredButStructureIsNot() {
    JsonElement xai = JsonParser.parseString(
        "{\"info\":{\"title\":\"x\"},\"paths\":{\"/v1/a\":{\"get\":{\"operationId\":\"a\","
            + "\"summary\":\"theirs\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}},"
            + "\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"description\":\"d\","
            + "\"properties\":{\"description\":{\"type\":\"string\"}},\"required\":[\"description\"]}}}}");
    JsonElement ours = JsonParser.parseString(
        "{\"info\":{\"title\":\"y\"},\"paths\":{\"/v1/a\":{\"get\":{\"operationId\":\"a\","
            + "\"tags\":[\"A\"],\"responses\":{\"200\":{\"description\":\"Success.\"}}}}},"
            + "\"components\":{\"schemas\":{\"A\":{\"type\":\"object\","
            + "\"properties\":{\"description\":{\"type\":\"string\"}},\"required\":[\"description\"]}}}}");
    assertEquals(List.of(), StructuralDiff.between(xai, ours));

    JsonElement changed = JsonParser.parseString(ours.toString()
        .replace("\"required\":[\"description\"]", "\"required\":[]")
        .replace("\"operationId\":\"a\"", "\"operationId\":\"b\""));
    assertEquals(
        List.of(
            "size differs at $.components.schemas.A.required: 1 vs 0",
            "value differs at $.paths./v1/a.get.operationId: \"a\" vs \"b\""),
        StructuralDiff.between(xai, changed));
  }

  @Test
  void aPropertyNamedDescriptionIsStructure() {
    JsonElement xai = JsonParser.parseString(
        "{\"components\":{\"schemas\":{\"A\":{\"properties\":{\"description\":{\"type\":\"string\"}}}}}}");
    JsonElement ours = JsonParser.parseString(
        "{\"components\":{\"schemas\":{\"A\":{\"properties\":{}}}}}");
    assertEquals(List.of("only xAI's: $.components.schemas.A.properties.description"),
        StructuralDiff.between(xai, ours));
  }
}
