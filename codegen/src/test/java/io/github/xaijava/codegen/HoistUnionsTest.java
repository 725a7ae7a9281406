package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** Unions written inline as a property's schema become components. */
class HoistUnionsTest {

  @Test
  void anInlineUnionBecomesOwnerPropertyAndThePropertyKeepsItsAnnotations() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "properties": {
           "content": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                       "description": "the content", "x-extra": 1, "title": "Content"}}}}
        """);
    new HoistUnions(c).apply();
    assertJson("""
        {"A": {"type": "object", "properties": {
           "content": {"$ref": "#/components/schemas/AContent", "description": "the content",
                       "x-extra": 1}}},
         "AContent": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}}
        """, c.components());
  }

  @Test
  void aRuleNamesTheUnionAndATakenNameIsNumbered() {
    ShapingContext c = PassFixture.schemas("""
        {"B": {"type": "object", "properties": {
           "value": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
           "other": {"oneOf": [{"type": "integer"}, {"type": "boolean"}]}}},
         "BOther": {"type": "string"}}
        """, """
        {"inlineNames": {"B.value": "Amount"}}
        """);
    new HoistUnions(c).apply();
    assertJson("""
        {"B": {"type": "object", "properties": {
           "value": {"$ref": "#/components/schemas/Amount"},
           "other": {"$ref": "#/components/schemas/BOther2"}}},
         "BOther": {"type": "string"},
         "Amount": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
         "BOther2": {"oneOf": [{"type": "integer"}, {"type": "boolean"}]}}
        """, c.components());
  }

  @Test
  void aUnionInAPropertyOfAnInlineAllOfPartIsHoistedToo() {
    ShapingContext c = PassFixture.schemas("""
        {"C": {"allOf": [{"$ref": "#/components/schemas/B"},
                         {"properties": {"v": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}}]},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """);
    new HoistUnions(c).apply();
    assertJson("""
        {"C": {"allOf": [{"$ref": "#/components/schemas/B"},
                         {"properties": {"v": {"$ref": "#/components/schemas/CV"}}}]},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}},
         "CV": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}
        """, c.components());
  }

  @Test
  void unionsDeeperThanAPropertyAndTopLevelUnionsAreLeftAlone() {
    String schemas = """
        {"D": {"type": "object", "properties": {
           "tags": {"type": "array", "items": {"oneOf": [{"type": "integer"}, {"type": "string"}]}},
           "plain": {"type": "string"}}},
         "U": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}
        """;
    ShapingContext c = PassFixture.schemas(schemas);
    new HoistUnions(c).apply();
    assertJson(schemas, c.components());
  }
}
