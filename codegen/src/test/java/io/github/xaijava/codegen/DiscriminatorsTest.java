package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Discriminator values the document leaves out come from the rules. */
class DiscriminatorsTest {

  private static final String RULES = """
      {"discriminators": {"A.type": "a", "B.type": ["b1", "b2"], "C.type": "c", "D.const": "d",
                          "E.type": "e", "F.kind": "f"}}
      """;

  @Test
  void oneValueMakesAConstantAndSeveralAreTheValuesTheFormClaims() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"type": "object", "properties": {"type": {"type": "string"}}},
         "B": {"type": "object", "properties": {"type": {"type": "string"}}}}
        """, RULES);
    new Discriminators(c).apply();
    assertJson("""
        {"A": {"type": "object", "properties": {"type": {"type": "string", "enum": ["a"]}}},
         "B": {"type": "object", "properties": {"type": {"type": "string",
                                                          "x-xai-values": ["b1", "b2"]}}}}
        """, c.components());
  }

  @Test
  void aPropertyInAnInlineAllOfPartGetsItsValueThere() {
    ShapingContext c = PassFixture.schemas("""
        {"E": {"allOf": [{"$ref": "#/components/schemas/Base"},
                         {"properties": {"type": {"type": "string"}}}]},
         "Base": {"type": "object", "properties": {"id": {"type": "string"}}}}
        """, RULES);
    new Discriminators(c).apply();
    assertJson("""
        {"type": "string", "enum": ["e"]}
        """, PassFixture.schema(c, "E").getAsJsonArray("allOf").get(1).getAsJsonObject()
        .getAsJsonObject("properties").get("type"));
  }

  @Test
  void whatTheDocumentSaysItselfIsLeftAloneAndAMissingPropertyIsNoted() {
    String schemas = """
        {"C": {"type": "object", "properties": {"type": {"type": "string", "enum": ["c0", "c1"]}}},
         "D": {"type": "object", "properties": {"const": {"const": "d0"}}},
         "F": {"type": "object", "properties": {"type": {"type": "string"}}}}
        """;
    ShapingContext c = PassFixture.schemas(schemas, RULES);
    new Discriminators(c).apply();
    assertJson(schemas, c.components());
    assertEquals(List.of(
        "discriminator rule A.type: no such property",
        "discriminator rule B.type: no such property",
        "discriminator rule E.type: no such property",
        "discriminator rule F.kind: no such property"), c.notes());
  }
}
