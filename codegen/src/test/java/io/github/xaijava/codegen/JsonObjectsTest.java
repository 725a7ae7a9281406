package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Free-form JSON properties named by the rules are typed as JSON objects. */
class JsonObjectsTest {

  private static final String RULES = """
      {"jsonObjects": ["Tool.parameters", "Tool.schema", "Tool.name", "Tool.ref", "Tool.either",
                       "Tool.missing"]}
      """;

  @Test
  void aFreeFormPropertyIsTypedObjectAndTypedOnesAreLeftAlone() {
    ShapingContext c = PassFixture.schemas("""
        {"Tool": {"type": "object", "properties": {
           "parameters": {},
           "schema": {"description": "a JSON schema"},
           "name": {"type": "string"},
           "ref": {"$ref": "#/components/schemas/Other"},
           "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}},
         "Other": {"type": "object", "properties": {"x": {"type": "string"}}}}
        """, RULES);
    new JsonObjects(c).apply();
    assertJson("""
        {"parameters": {"type": "object"},
         "schema": {"description": "a JSON schema", "type": "object"},
         "name": {"type": "string"},
         "ref": {"$ref": "#/components/schemas/Other"},
         "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}
        """, PassFixture.schema(c, "Tool").get("properties"));
  }

  @Test
  void aRuleForAPropertyTheDocumentLacksIsNoted() {
    ShapingContext c = PassFixture.schemas("""
        {"Tool": {"type": "object", "properties": {"parameters": {}}}}
        """, RULES);
    new JsonObjects(c).apply();
    assertEquals(List.of(
        "jsonObjects rule Tool.schema: no such property",
        "jsonObjects rule Tool.name: no such property",
        "jsonObjects rule Tool.ref: no such property",
        "jsonObjects rule Tool.either: no such property",
        "jsonObjects rule Tool.missing: no such property"), c.notes());
  }
}
