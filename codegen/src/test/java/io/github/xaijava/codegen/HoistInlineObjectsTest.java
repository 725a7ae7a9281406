package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** Objects and enums written inline in properties become components, nested ones too. */
class HoistInlineObjectsTest {

  @Test
  void anInlineObjectBecomesOwnerPropertyAndItsNestedObjectsFollow() {
    ShapingContext c = PassFixture.schemas("""
        {"Chat": {"type": "object", "properties": {
           "usage": {"type": "object", "description": "token counts", "title": "Usage",
                     "properties": {"total": {"type": "integer"},
                                    "details": {"type": "object",
                                                "properties": {"cached": {"type": "integer"}}}}}}}}
        """);
    new HoistInlineObjects(c).apply();
    assertJson("""
        {"Chat": {"type": "object", "properties": {
           "usage": {"$ref": "#/components/schemas/ChatUsage", "description": "token counts"}}},
         "ChatUsage": {"type": "object",
                       "properties": {"total": {"type": "integer"},
                                      "details": {"$ref": "#/components/schemas/ChatUsageDetails"}}},
         "ChatUsageDetails": {"type": "object", "properties": {"cached": {"type": "integer"}}}}
        """, c.components());
  }

  @Test
  void itemsAreNamedInTheSingularAndMapValuesAfterTheProperty() {
    ShapingContext c = PassFixture.schemas("""
        {"List": {"type": "object", "properties": {
           "entries": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
           "by_name": {"type": "object", "additionalProperties": {"type": "object",
                                                                 "properties": {"n": {"type": "integer"}}}}}}}
        """, """
        {"inlineNames": {"List.by_name": "Named"}}
        """);
    new HoistInlineObjects(c).apply();
    assertJson("""
        {"List": {"type": "object", "properties": {
           "entries": {"type": "array", "items": {"$ref": "#/components/schemas/ListEntry"}},
           "by_name": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Named"}}}},
         "ListEntry": {"type": "object", "properties": {"id": {"type": "string"}}},
         "Named": {"type": "object", "properties": {"n": {"type": "integer"}}}}
        """, c.components());
  }

  @Test
  void anInlineEnumBecomesAStringEnumAndThePropertyKeepsItsNullability() {
    ShapingContext c = PassFixture.schemas("""
        {"Msg": {"type": "object", "properties": {
           "role": {"enum": ["user", "assistant"], "description": "who", "default": "user",
                    "x-xai-nullable": true}}}}
        """);
    new HoistInlineObjects(c).apply();
    assertJson("""
        {"Msg": {"type": "object", "properties": {
           "role": {"$ref": "#/components/schemas/MsgRole", "description": "who",
                    "x-xai-nullable": true}}},
         "MsgRole": {"enum": ["user", "assistant"], "type": "string"}}
        """, c.components());
  }

  @Test
  void constantsScalarsReferencesUnionsAndFreeObjectsAreLeftAlone() {
    String schemas = """
        {"Msg": {"type": "object", "properties": {
           "kind": {"type": "string", "enum": ["only"]},
           "text": {"type": "string"},
           "other": {"$ref": "#/components/schemas/Other"},
           "either": {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}},
                                {"type": "string"}]},
           "free": {"type": "object"},
           "counts": {"type": "object", "additionalProperties": {"type": "integer"}}}},
         "Other": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """;
    ShapingContext c = PassFixture.schemas(schemas);
    new HoistInlineObjects(c).apply();
    assertJson(schemas, c.components());
  }
}
