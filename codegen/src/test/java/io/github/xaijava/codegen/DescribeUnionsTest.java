package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** Each union described for the templates by its kind: sealed dispatch, or holder forms. */
class DescribeUnionsTest {

  @Test
  void aSealedUnionWhoseFormsAllClaimAValueGetsAnAccessor() {
    ShapingContext c = PassFixture.schemas("""
        {"Tool": {"oneOf": [{"$ref": "#/components/schemas/Function"},
                            {"$ref": "#/components/schemas/WebSearch"}]},
         "Function": {"type": "object", "required": ["type", "name"],
                      "properties": {"type": {"type": "string", "enum": ["function"]},
                                     "name": {"type": "string"}}},
         "WebSearch": {"type": "object",
                       "properties": {"type": {"type": "string", "enum": ["web_search"]}}}}
        """);
    c.unionKinds().put("Tool", "sealed");
    new DescribeUnions(c).apply();
    assertJson("""
        {"oneOf": [{"$ref": "#/components/schemas/Function"},
                   {"$ref": "#/components/schemas/WebSearch"}],
         "x-xai-union": {"dispatch": "type", "forms": [
           {"class": "Function", "required": ["name"], "known": ["type", "name"],
            "nested": false, "wildcard": false, "values": ["function"]},
           {"class": "WebSearch", "required": [], "known": ["type"],
            "nested": false, "wildcard": false, "values": ["web_search"]}],
          "accessor": "type", "dispatchJson": "type"},
         "x-xai-kind": "sealed", "x-xai-is": {"sealed": true}}
        """, PassFixture.schema(c, "Tool"));
    assertJson("[\"Tool\"]", PassFixture.schema(c, "Function").get("x-xai-implements"));
    assertSame(PassFixture.schema(c, "Tool").get("x-xai-union"), c.unionInfo().get("Tool"));
  }

  @Test
  void aFormWithoutAClaimIsAWildcardAndTheUnionHasNoAccessor() {
    ShapingContext c = PassFixture.schemas("""
        {"Item": {"oneOf": [{"$ref": "#/components/schemas/Message"},
                            {"$ref": "#/components/schemas/Call"},
                            {"$ref": "#/components/schemas/Other"}]},
         "Message": {"type": "object", "properties": {"type": {"enum": ["message"]}}},
         "Call": {"type": "object", "properties": {"type": {"type": "string",
                                                            "x-xai-values": ["call", "call_output"]}}},
         "Other": {"type": "object", "properties": {"id": {"type": "string"}}}}
        """);
    c.unionKinds().put("Item", "sealed");
    new DescribeUnions(c).apply();
    assertJson("""
        {"dispatch": "type", "forms": [
           {"class": "Message", "required": [], "known": ["type"],
            "nested": false, "wildcard": false, "values": ["message"]},
           {"class": "Call", "required": [], "known": ["type"],
            "nested": false, "wildcard": false, "values": ["call", "call_output"]},
           {"class": "Other", "required": [], "known": ["id"],
            "nested": false, "wildcard": true, "values": []}]}
        """, PassFixture.schema(c, "Item").get("x-xai-union"));
  }

  @Test
  void aNestedUnionClaimsTheValuesOfItsFormsAndIsMarkedAsExtendingTheOuterOne() {
    ShapingContext c = PassFixture.schemas("""
        {"Outer": {"oneOf": [{"$ref": "#/components/schemas/Inner"},
                             {"$ref": "#/components/schemas/C"}]},
         "Inner": {"oneOf": [{"$ref": "#/components/schemas/A"},
                             {"$ref": "#/components/schemas/B"}]},
         "A": {"type": "object", "properties": {"type": {"enum": ["a"]}}},
         "B": {"type": "object", "properties": {"type": {"enum": ["b"]}}},
         "C": {"type": "object", "properties": {"type": {"enum": ["c"]}}}}
        """);
    c.unionKinds().put("Outer", "sealed");
    c.unionKinds().put("Inner", "sealed");
    new DescribeUnions(c).apply();
    assertJson("""
        {"dispatch": "type", "forms": [
           {"class": "Inner", "nested": true, "wildcard": false, "values": ["a", "b"]},
           {"class": "C", "required": [], "known": ["type"],
            "nested": false, "wildcard": false, "values": ["c"]}],
         "accessor": "type", "dispatchJson": "type"}
        """, PassFixture.schema(c, "Outer").get("x-xai-union"));
    assertJson("[\"Outer\"]", PassFixture.schema(c, "Inner").get("x-xai-extends"));
    assertJson("[\"Inner\"]", PassFixture.schema(c, "A").get("x-xai-implements"));
  }

  @Test
  void aHolderNamesItsFormsByMeaningOrByItsRule() {
    ShapingContext c = PassFixture.schemas("""
        {"Content": {"oneOf": [{"type": "string"},
                               {"type": "array", "items": {"$ref": "#/components/schemas/Part"}}]},
         "Part": {"type": "object", "properties": {"text": {"type": "string"}}}}
        """, """
        {"unions": {"Content": {"forms": {"array": "parts"}}}}
        """);
    c.unionKinds().put("Content", "holder");
    new DescribeUnions(c).apply();
    assertJson("""
        {"forms": [
           {"index": 1, "name": "text", "pascal": "Text", "type": "String",
            "typeExpr": "String.class", "token": "STRING",
            "tokenExpr": "com.google.gson.stream.JsonToken.STRING", "list": false,
            "shortcut": true},
           {"index": 2, "name": "parts", "pascal": "Parts", "type": "java.util.List<Part>",
            "typeExpr": "com.google.gson.reflect.TypeToken.getParameterized(java.util.List.class, Part.class).getType()",
            "token": "BEGIN_ARRAY", "tokenExpr": "com.google.gson.stream.JsonToken.BEGIN_ARRAY",
            "list": true, "elementType": "Part", "elementTypeExpr": "Part.class",
            "elementToken": "BEGIN_OBJECT",
            "elementTokenExpr": "com.google.gson.stream.JsonToken.BEGIN_OBJECT",
            "shortcut": true}],
         "last": 2}
        """, PassFixture.schema(c, "Content").get("x-xai-union"));
    JsonObject content = PassFixture.schema(c, "Content");
    assertJson("\"holder\"", content.get("x-xai-kind"));
    assertFalse(PassFixture.schema(c, "Part").has("x-xai-implements"));
  }

  @Test
  void holderFormsThatClashByErasureGetNumberedNamesAndNoSecondShortcut() {
    ShapingContext c = PassFixture.schemas("""
        {"Ids": {"oneOf": [{"type": "array", "items": {"type": "string"}},
                           {"type": "array", "items": {"type": "integer"}},
                           {}]}}
        """);
    c.unionKinds().put("Ids", "holder");
    new DescribeUnions(c).apply();
    JsonObject info = PassFixture.schema(c, "Ids").getAsJsonObject("x-xai-union");
    StringBuilder summary = new StringBuilder();
    info.getAsJsonArray("forms").forEach(f -> {
      JsonObject form = f.getAsJsonObject();
      summary.append(form.get("name").getAsString()).append(' ')
          .append(form.get("token").getAsString()).append(' ')
          .append(form.get("shortcut").getAsBoolean()).append("; ");
    });
    assertEquals("list BEGIN_ARRAY true; list2 BEGIN_ARRAY false; value ANY true; ",
        summary.toString());
  }
}
