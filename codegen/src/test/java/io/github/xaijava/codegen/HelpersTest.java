package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Convenience methods from the rules, where what they use is in the document. */
class HelpersTest {

  private static final String RULES = """
      {"helpers": {
        "Chat": [{"name": "text", "requires": ["choices"]},
                 {"name": "tools", "requires": ["tools", "#Tool"]},
                 {"name": "always"}],
        "Sub": [{"name": "inherited", "requires": ["choices", "#Chat"]}],
        "Color": [{"name": "never"}]}}
      """;

  @Test
  void aHelperIsSwitchedOnWhereItsRequirementsAreThereAndNotedWhereNot() {
    ShapingContext c = PassFixture.schemas("""
        {"Chat": {"type": "object", "properties": {"choices": {"type": "array"}},
                  "x-xai-kind": "pojo"},
         "Sub": {"allOf": [{"$ref": "#/components/schemas/Chat"}], "properties": {"x": {}},
                 "x-xai-kind": "pojo"}}
        """, RULES);
    new Helpers(c).apply();
    assertJson("{\"text\": true, \"always\": true}", PassFixture.schema(c, "Chat").get("x-xai-helpers"));
    assertJson("{\"inherited\": true}", PassFixture.schema(c, "Sub").get("x-xai-helpers"));
    assertEquals(List.of("helper tools of Chat left out: no [tools, #Tool]"), c.notes());
  }

  @Test
  void onlyPojosGetHelpers() {
    ShapingContext c = PassFixture.schemas("""
        {"Color": {"type": "string", "enum": ["red", "blue"], "x-xai-kind": "enum"},
         "Chat": {"oneOf": [{"type": "string"}, {"type": "integer"}], "x-xai-kind": "holder"},
         "Other": {"type": "object", "properties": {"y": {}}, "x-xai-kind": "pojo"}}
        """, RULES);
    new Helpers(c).apply();
    assertFalse(PassFixture.schema(c, "Color").has("x-xai-helpers"));
    assertFalse(PassFixture.schema(c, "Chat").has("x-xai-helpers"));
    assertFalse(PassFixture.schema(c, "Other").has("x-xai-helpers"), "no rule for Other");
    assertEquals(List.of(), c.notes());
  }
}
