package io.github.xaijava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.testing.SpecFiles;
import org.junit.jupiter.api.Test;

/**
 * The build's rules (generated/shaping.json) name schemas and operations of our current
 * document; an older or newer version of xAI's document lacks some of them. Such rules are
 * skipped with a note, never a failure, so every published version still generates.
 */
class RulesForAbsentNamesTest {

  private static final String SMALL_DOCUMENT = """
      {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
       "paths": {"/v1/tokenize-text": {"post": {"operationId": "handle_tokenize_text_request",
         "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenizeRequest"}}}},
         "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenizeResponse"}}}}}}}},
       "components": {"schemas": {
         "TokenizeRequest": {"type": "object", "properties": {"text": {"type": "string"}, "model": {"type": "string"}}},
         "TokenizeResponse": {"type": "object", "properties": {"token_ids": {"type": "array", "items": {"type": "integer"}}}}}}}
      """;

  @Test
  void rulesForNamesTheDocumentLacksAreSkippedWithANote() throws Exception {
    Shaping rules = Shaping.read(SpecFiles.shapingRules());
    JsonObject doc = JsonParser.parseString(SMALL_DOCUMENT).getAsJsonObject();
    SpecShaper shaper = new SpecShaper(doc, rules);

    JsonObject shaped = shaper.shape();

    JsonObject op = shaped.getAsJsonObject("paths").getAsJsonObject("/v1/tokenize-text")
        .getAsJsonObject("post");
    assertEquals("tokenizeText", op.get("operationId").getAsString(), "the rule that applies is applied");
    assertEquals("[\"Tokenizer\"]", op.get("tags").toString());
    assertTrue(shaped.getAsJsonObject("components").getAsJsonObject("schemas").has("TokenizeRequest"));
    assertTrue(shaper.notes().stream().anyMatch(n -> n.contains("File: no such schema")), shaper.notes()::toString);
  }
}
