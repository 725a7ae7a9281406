package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Everything the model templates render: kinds, Java names, types, codec and access flags, Javadoc. */
class AnnotateModelsTest {

  @Test
  void aRequiredStringPropertyInFull() {
    ShapingContext c = PassFixture.schemas("""
        {"Thing": {"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string", "description": "The `name`."}}}}
        """);
    new AnnotateModels(c).apply();
    assertJson("""
        {"type": "object", "required": ["name"],
         "properties": {"name": {"type": "string", "description": "The `name`.",
           "x-xai-accessor": "name", "x-xai-field": "name", "x-xai-pascal": "Name",
           "x-xai-type": "String", "x-xai-return": "String", "x-xai-param": "String",
           "x-xai-required": true, "x-xai-access": {"plain": true}, "x-xai-codec": {"string": true},
           "x-xai-copies": false, "x-xai-json-literal": "\\"name\\"",
           "x-xai-doc": "The {@code name}. JSON {@code name}; required."}},
         "x-xai-javadoc": "An object of xAI's API (schema {@code Thing}).",
         "x-xai-kind": "pojo", "x-xai-is": {"pojo": true}, "x-xai-constants": []}
        """, PassFixture.schema(c, "Thing"));
  }

  @Test
  void constantsOptionalNumbersListsAndAwkwardNames() {
    ShapingContext c = PassFixture.schemas("""
        {"Req": {"type": "object", "required": ["type"], "properties": {
           "type": {"type": "string", "enum": ["chat"]},
           "max_tokens": {"type": "integer", "minimum": 1, "maximum": 100.0},
           "class": {"type": "string", "default": "a"},
           "messages": {"type": "array", "items": {"$ref": "#/components/schemas/Msg"}},
           "builder": {"type": "boolean"}}},
         "Msg": {"type": "object", "properties": {"text": {"type": "string"}}}}
        """);
    new AnnotateModels(c).apply();
    assertJson("""
        [{"json": "type", "value": "chat"}]
        """, PassFixture.schema(c, "Req").get("x-xai-constants"));

    JsonObject type = PassFixture.property(c, "Req", "type");
    assertEquals("chat", type.get("x-xai-constant").getAsString());
    assertJson("{\"constant\": true}", type.get("x-xai-access"));
    assertEquals("\"chat\"", type.get("x-xai-constant-literal").getAsString());
    assertEquals("JSON {@code type}, always {@code \"chat\"}.", type.get("x-xai-doc").getAsString());

    JsonObject max = PassFixture.property(c, "Req", "max_tokens");
    assertEquals("maxTokens", max.get("x-xai-accessor").getAsString());
    assertEquals("java.util.OptionalInt", max.get("x-xai-return").getAsString());
    assertEquals("int", max.get("x-xai-param").getAsString());
    assertEquals("JSON {@code max_tokens}; range 1 to 100.", max.get("x-xai-doc").getAsString());

    JsonObject keyword = PassFixture.property(c, "Req", "class");
    assertEquals("class_", keyword.get("x-xai-field").getAsString());
    assertEquals("JSON {@code class}; default {@code \"a\"}.", keyword.get("x-xai-doc").getAsString());

    JsonObject messages = PassFixture.property(c, "Req", "messages");
    assertEquals("java.util.List<Msg>", messages.get("x-xai-type").getAsString());
    assertEquals("addMessage", messages.get("x-xai-add").getAsString());
    assertEquals("java.util.Collection<? extends Msg>", messages.get("x-xai-param").getAsString());
    assertJson("{\"adapter\": true}", messages.get("x-xai-item-codec"));
    assertJson("{\"field\": \"aMessages\", \"type\": \"Msg\", \"expr\": \"Msg.class\"}",
        messages.get("x-xai-adapter"));

    JsonObject builder = PassFixture.property(c, "Req", "builder");
    assertEquals("builderValue", builder.get("x-xai-accessor").getAsString());
    assertEquals("java.util.Optional<Boolean>", builder.get("x-xai-return").getAsString());
  }

  @Test
  void enumsAliasesAndUnionsGetTheirKindOrOnlyTheirJavadoc() {
    ShapingContext c = PassFixture.schemas("""
        {"Color": {"type": "string", "enum": ["red", "blue"], "description": "Uses <b> & `a<b>` @x {y}"},
         "Id": {"type": "string"},
         "U": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}
        """);
    new AnnotateModels(c).apply();
    assertJson("""
        {"Color": {"type": "string", "enum": ["red", "blue"], "description": "Uses <b> & `a<b>` @x {y}",
                   "x-xai-javadoc": "Uses &lt;b&gt; &amp; {@code a<b>} &#64;x &#123;y&#125;",
                   "x-xai-kind": "enum", "x-xai-is": {"enum": true}},
         "Id": {"type": "string", "x-xai-javadoc": "An object of xAI's API (schema {@code Id}).",
                "x-xai-kind": "alias", "x-xai-is": {"alias": true}},
         "U": {"oneOf": [{"type": "string"}, {"type": "integer"}],
               "x-xai-javadoc": "An object of xAI's API (schema {@code U})."}}
        """, c.components());
  }

  @Test
  void aPropertyOfAHolderUnionGetsABuilderShortcutPerFormThatDoesNotClash() {
    ShapingContext c = PassFixture.schemas("""
        {"Msg": {"type": "object", "properties": {
           "content": {"$ref": "#/components/schemas/Content", "x-xai-nullable": true}}},
         "Content": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}}
        """);
    c.unionKinds().put("Content", "holder");
    c.unionInfo().put("Content", JsonParser.parseString("""
        {"forms": [{"type": "String", "pascal": "Text", "shortcut": true},
                   {"type": "java.util.List<String>", "pascal": "List", "shortcut": false}]}
        """).getAsJsonObject());
    new AnnotateModels(c).apply();
    JsonObject content = PassFixture.property(c, "Msg", "content");
    assertJson("""
        [{"type": "String", "factory": "ofText", "union": "Content"}]
        """, content.get("x-xai-shortcuts"));
    assertEquals("Content", content.get("x-xai-type").getAsString());
    assertEquals("Content.class", content.get("x-xai-type-expr").getAsString());
    assertEquals("java.util.Optional<Content>", content.get("x-xai-return").getAsString());
    assertFalse(PassFixture.schema(c, "Content").has("x-xai-kind"), "unions are DescribeUnions'");
  }
}
