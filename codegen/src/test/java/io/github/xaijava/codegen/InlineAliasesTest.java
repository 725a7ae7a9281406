package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** A schema that is only a reference to another disappears into its target. */
class InlineAliasesTest {

  @Test
  void anAliasIsRemovedAndItsReferencesPointAtTheEndOfTheChain() {
    ShapingContext c = PassFixture.context("""
        {"/v1/x": {"post": {"requestBody": {"content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/A"}}}}}}}
        """, """
        {"A": {"$ref": "#/components/schemas/B"},
         "B": {"$ref": "#/components/schemas/C"},
         "C": {"type": "object", "properties": {"x": {"type": "string"}}},
         "D": {"type": "object", "properties": {
           "a": {"$ref": "#/components/schemas/A", "description": "via an alias"},
           "b": {"type": "array", "items": {"$ref": "#/components/schemas/B"}}}}}
        """, "{}");
    new InlineAliases(c).apply();
    assertJson("""
        {"C": {"type": "object", "properties": {"x": {"type": "string"}}},
         "D": {"type": "object", "properties": {
           "a": {"$ref": "#/components/schemas/C", "description": "via an alias"},
           "b": {"type": "array", "items": {"$ref": "#/components/schemas/C"}}}}}
        """, c.components());
    assertJson("""
        {"/v1/x": {"post": {"requestBody": {"content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/C"}}}}}}}
        """, c.paths());
  }

  @Test
  void aReferenceToNothingOrToItselfIsLeftAlone() {
    String schemas = """
        {"E": {"$ref": "#/components/schemas/Missing"},
         "F": {"$ref": "#/components/schemas/F"},
         "G": {"type": "object", "properties": {"e": {"$ref": "#/components/schemas/E"}}}}
        """;
    ShapingContext c = PassFixture.schemas(schemas);
    new InlineAliases(c).apply();
    assertJson(schemas, c.components());
  }

  @Test
  void aReferenceOutsideTheComponentsIsLeftAlone() {
    String schemas = """
        {"H": {"$ref": "other.json#/Thing"},
         "I": {"type": "object", "properties": {"h": {"$ref": "#/components/schemas/H"}}}}
        """;
    ShapingContext c = PassFixture.schemas(schemas);
    new InlineAliases(c).apply();
    assertJson(schemas, c.components());
  }
}
