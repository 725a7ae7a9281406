package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each union is sealed (all forms objects or sealed unions) or a holder. */
class ClassifyUnionsTest {

  private static final String OBJECTS = """
      "A": {"type": "object", "properties": {"type": {"enum": ["a"]}}},
      "B": {"type": "object", "properties": {"type": {"enum": ["b"]}}},
      "Base": {"allOf": [{"$ref": "#/components/schemas/A"}]}
      """;

  private static String ref(String name) {
    return "{\"$ref\": \"#/components/schemas/" + name + "\"}";
  }

  @Test
  void objectFormsMakeASealedUnionAndAnyOtherFormAHolder() {
    String schemas = "{" + OBJECTS + ","
        + "\"Sealed\": {\"oneOf\": [" + ref("A") + ", " + ref("B") + ", " + ref("Base") + "]},"
        + "\"Holder\": {\"oneOf\": [" + ref("A") + ", {\"type\": \"string\"}]},"
        + "\"Dangling\": {\"oneOf\": [" + ref("A") + ", " + ref("Missing") + "]},"
        + "\"Empty\": {\"oneOf\": []}}";
    ShapingContext c = PassFixture.schemas(schemas);
    new ClassifyUnions(c).apply();
    assertEquals(Map.of("Sealed", "sealed", "Holder", "holder", "Dangling", "holder",
        "Empty", "holder"), c.unionKinds());
    assertJson(schemas, c.components()); // the kinds go to the context, not the document
  }

  @Test
  void aUnionOfSealedUnionsIsSealedAndOneWithAHolderIsAHolder() {
    ShapingContext c = PassFixture.schemas("{" + OBJECTS + ","
        + "\"Outer\": {\"oneOf\": [" + ref("Inner") + ", " + ref("B") + "]},"
        + "\"Inner\": {\"oneOf\": [" + ref("A") + "]},"
        + "\"Mixed\": {\"oneOf\": [" + ref("Scalar") + ", " + ref("B") + "]},"
        + "\"Scalar\": {\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}}");
    new ClassifyUnions(c).apply();
    assertEquals(Map.of("Outer", "sealed", "Inner", "sealed", "Mixed", "holder",
        "Scalar", "holder"), c.unionKinds());
  }

  @Test
  void aUnionThatContainsItselfIsAHolder() {
    ShapingContext c = PassFixture.schemas("{" + OBJECTS + ","
        + "\"Self\": {\"oneOf\": [" + ref("Self") + ", " + ref("A") + "]},"
        + "\"Ping\": {\"oneOf\": [" + ref("Pong") + ", " + ref("A") + "]},"
        + "\"Pong\": {\"oneOf\": [" + ref("Ping") + ", " + ref("B") + "]}}");
    new ClassifyUnions(c).apply();
    assertEquals(Map.of("Self", "holder", "Ping", "holder", "Pong", "holder"), c.unionKinds());
  }
}
