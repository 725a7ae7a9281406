package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Helper interfaces from the rules: implemented where what they read is in the document. */
class HelpersTest {

  private static final String RULES = """
      {"helpers": {
        "Chat": [{"name": "ChatText", "requires": ["choices"]},
                 {"name": "ChatMessages", "on": "builder", "requires": ["choices", "#Sub"]},
                 {"name": "Always"}],
        "Sub": [{"name": "SubText", "requires": ["choices", "#Chat"]}],
        "Color": [{"name": "Never"}]}}
      """;

  @Test
  void aClassOrItsBuilderImplementsTheHelpersWhoseRequirementsAreThere() {
    ShapingContext c = PassFixture.schemas("""
        {"Chat": {"type": "object", "properties": {"choices": {"type": "array"}},
                  "x-xai-kind": "pojo", "x-xai-implements": ["Message"]},
         "Sub": {"allOf": [{"$ref": "#/components/schemas/Chat"}], "properties": {"x": {}},
                 "x-xai-kind": "pojo"}}
        """, RULES);
    new Helpers(c).apply();
    assertJson("[\"Message\", \"ChatText\", \"Always\"]",
        PassFixture.schema(c, "Chat").get("x-xai-implements"));
    assertJson("[\"ChatMessages\"]", PassFixture.schema(c, "Chat").get("x-xai-builder-implements"));
    assertJson("[\"SubText\"]", PassFixture.schema(c, "Sub").get("x-xai-implements"));
    assertEquals(List.of(), c.notes());
  }

  @Test
  void aHelperWhoseInputsAreGoneFailsTheBuildNamingThem() {
    ShapingContext c = PassFixture.schemas("""
        {"Chat": {"type": "object", "properties": {"other": {}}, "x-xai-kind": "pojo"}}
        """, RULES);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Helpers(c).apply());
    assertTrue(e.getMessage().contains("helper ChatText of Chat needs [choices]"), e.getMessage());
  }

  @Test
  void onlyPojosGetHelpers() {
    ShapingContext c = PassFixture.schemas("""
        {"Color": {"type": "string", "enum": ["red", "blue"], "x-xai-kind": "enum"},
         "Chat": {"oneOf": [{"type": "string"}, {"type": "integer"}], "x-xai-kind": "holder"},
         "Other": {"type": "object", "properties": {"y": {}}, "x-xai-kind": "pojo"}}
        """, RULES);
    new Helpers(c).apply();
    assertFalse(PassFixture.schema(c, "Color").has("x-xai-implements"));
    assertFalse(PassFixture.schema(c, "Chat").has("x-xai-implements"));
    assertFalse(PassFixture.schema(c, "Other").has("x-xai-implements"), "no rule for Other");
    assertEquals(List.of(), c.notes());
  }
}
