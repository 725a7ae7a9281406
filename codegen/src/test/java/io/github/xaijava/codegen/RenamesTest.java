package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas get their Java class names; references follow. */
class RenamesTest {

  @Test
  void schemaNamesBecomeJavaClassNamesAndReferencesFollow() {
    ShapingContext c = PassFixture.context("""
        {"/v1/search": {"post": {"requestBody": {"content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/web_search"}}}}}}}
        """, """
        {"web_search": {"type": "object", "properties": {"o": {"$ref": "#/components/schemas/object"}}},
         "object": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """, "{}");
    new Renames(c).apply();
    assertJson("""
        {"WebSearch": {"type": "object", "properties": {"o": {"$ref": "#/components/schemas/ModelObject"}}},
         "ModelObject": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """, c.components());
    assertSame(c.components(), c.document().getAsJsonObject("components").get("schemas"));
    assertJson("""
        {"/v1/search": {"post": {"requestBody": {"content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/WebSearch"}}}}}}}
        """, c.paths());
  }

  @Test
  void aRuleRenamesAClashIsNumberedAndARuleForNothingIsNoted() {
    ShapingContext c = PassFixture.schemas("""
        {"Thing": {"type": "string"}, "a_b": {"type": "string"}, "AB": {"type": "integer"}}
        """, """
        {"renames": {"Thing": "Widget", "Gone": "Nothing"}}
        """);
    new Renames(c).apply();
    assertJson("""
        {"Widget": {"type": "string"}, "AB": {"type": "string"}, "AB2": {"type": "integer"}}
        """, c.components());
    assertEquals(List.of("rename rule for Gone: no such schema"), c.notes());
  }

  @Test
  void schemasAlreadyNamedForJavaAreLeftAsTheyAre() {
    ShapingContext c = PassFixture.schemas("""
        {"Thing": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
         "B": {"type": "string"}}
        """);
    JsonObject before = c.components();
    new Renames(c).apply();
    assertSame(before, c.components(), "no copy when nothing is renamed");
    assertEquals(List.of(), c.notes());
  }
}
