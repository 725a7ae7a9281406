package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One spelling for each construct: nullable references, single allOfs, allOf over a union. */
class NormaliseTest {

  @Test
  void aNullableReferenceOrAUnionOfOneFormIsTheFormMarkedNullable() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "properties": {
           "b": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/B"}], "description": "the b"},
           "c": {"anyOf": [{"type": "string"}, {"type": "null"}]},
           "d": {"anyOf": [{"type": "integer"}], "description": "one form"}}},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """);
    new Normalise(c).apply();
    assertJson("""
        {"b": {"$ref": "#/components/schemas/B", "description": "the b", "x-xai-nullable": true},
         "c": {"type": "string", "x-xai-nullable": true},
         "d": {"type": "integer", "description": "one form"}}
        """, PassFixture.schema(c, "A").get("properties"));
  }

  @Test
  void anAllOfOfOnePartIsThatPartWithTheOuterAnnotations() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "properties": {
           "b": {"allOf": [{"$ref": "#/components/schemas/B"}], "description": "the b", "x-note": 1}}},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """);
    new Normalise(c).apply();
    assertJson("""
        {"$ref": "#/components/schemas/B", "description": "the b", "x-note": 1}
        """, PassFixture.property(c, "A", "b"));
  }

  @Test
  void anAllOfOverAUnionIsReadAsTheUnionWithANote() {
    ShapingContext c = PassFixture.schemas("""
        {"U": {"oneOf": [{"$ref": "#/components/schemas/B"}, {"type": "string"}]},
         "E": {"type": "object", "description": "e", "required": ["extra"],
               "allOf": [{"$ref": "#/components/schemas/U"},
                         {"type": "object", "properties": {"extra": {"type": "string"}}}]},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """);
    new Normalise(c).apply();
    assertJson("""
        {"$ref": "#/components/schemas/U", "description": "e"}
        """, PassFixture.schema(c, "E"));
    assertEquals(List.of("allOf over the union U is read as U (its forms keep the other"
        + " properties as extras)"), c.notes());
  }

  @Test
  void unionsOfSeveralFormsAndAllOfsOfObjectsAreLeftAlone() {
    String schemas = """
        {"Stop": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}},
                            {"type": "null"}]},
         "Both": {"allOf": [{"$ref": "#/components/schemas/B"},
                            {"type": "object", "properties": {"y": {"type": "integer"}}}]},
         "Own": {"allOf": [{"$ref": "#/components/schemas/B"}],
                 "properties": {"z": {"type": "boolean"}}},
         "B": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """;
    ShapingContext c = PassFixture.schemas(schemas);
    new Normalise(c).apply();
    assertJson(schemas, c.components());
    assertEquals(List.of(), c.notes());
  }
}
