package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties that real answers omit are no longer required. */
class NotRequiredTest {

  private static final String RULES = """
      {"notRequired": ["A.id", "B.name", "A.missing", "Nope.x", "// a comment is skipped"]}
      """;

  @Test
  void aRuledPropertyLeavesTheRequiredListAndTheOthersStay() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "required": ["id", "model"],
               "properties": {"id": {"type": "string"}, "model": {"type": "string"}}}}
        """, RULES);
    new NotRequired(c).apply();
    assertJson("""
        {"A": {"type": "object", "required": ["model"],
               "properties": {"id": {"type": "string"}, "model": {"type": "string"}}}}
        """, c.components());
  }

  @Test
  void aPropertyRequiredInAnInlineAllOfPartIsFoundThere() {
    ShapingContext c = PassFixture.schemas("""
        {"B": {"allOf": [{"$ref": "#/components/schemas/Base"},
                         {"type": "object", "required": ["name"],
                          "properties": {"name": {"type": "string"}}}]},
         "Base": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}
        """, RULES);
    new NotRequired(c).apply();
    assertJson("""
        {"B": {"allOf": [{"$ref": "#/components/schemas/Base"},
                         {"type": "object", "required": [],
                          "properties": {"name": {"type": "string"}}}]},
         "Base": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}
        """, c.components());
  }

  @Test
  void aRuleThatDoesNotApplyIsNoted() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "required": ["model"],
               "properties": {"id": {"type": "string"}, "model": {"type": "string"}}}}
        """, RULES);
    new NotRequired(c).apply();
    assertEquals(List.of(
        "notRequired rule A.id: not a required property",
        "notRequired rule B.name: not a required property",
        "notRequired rule A.missing: not a required property",
        "notRequired rule Nope.x: not a required property"), c.notes());
  }
}
