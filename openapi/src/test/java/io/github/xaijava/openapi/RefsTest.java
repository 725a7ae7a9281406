package io.github.xaijava.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class RefsTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void buildsAndReadsReferencesToComponentSchemas() {
    assertEquals("#/components/schemas/Pet", Refs.toSchema("Pet"));
    assertEquals(json("{\"$ref\": \"#/components/schemas/Pet\"}"), Refs.schemaRef("Pet"));
    assertEquals("Pet", Refs.schemaName("#/components/schemas/Pet"));
    assertEquals("Pet", Refs.schemaNameOf(json("{\"$ref\": \"#/components/schemas/Pet\"}")));
  }

  @Test
  void escapesSlashAndTildeInNamesBothWays() {
    assertEquals("#/components/schemas/a~1b~0c", Refs.toSchema("a/b~c"));
    assertEquals("a/b~c", Refs.schemaName("#/components/schemas/a~1b~0c"));
    // "~01" is an escaped "~" followed by "1", not a "/".
    assertEquals("~1", Refs.schemaName("#/components/schemas/~01"));
    assertEquals("x~01", Refs.toSchema("x~1").substring("#/components/schemas/".length()));
  }

  @Test
  void otherReferencesNameNoComponentSchema() {
    assertNull(Refs.schemaName("#/components/responses/Error"));
    assertNull(Refs.schemaName("other.json#/components/schemas/Pet"));
    assertNull(Refs.schemaName(null));
    assertNull(Refs.schemaNameOf(json("{\"type\": \"string\"}")));
    assertNull(Refs.schemaNameOf(json("{\"$ref\": {\"not\": \"text\"}}")));
    assertNull(Refs.schemaNameOf(null));
    assertNull(Refs.refOf(JsonParser.parseString("[1]")));
  }

  @Test
  void resolvesLocalPointers() {
    JsonObject doc = json("{\"components\": {\"schemas\": {\"a/b\": {\"type\": \"string\"},"
        + " \"c~d\": {\"type\": \"integer\"}}}, \"list\": [{\"x\": 1}, {\"x\": 2}], \"\": {\"e\": 3}}");
    assertSame(doc, Refs.resolve(doc, "#"));
    assertEquals(json("{\"type\": \"string\"}"), Refs.resolve(doc, "#/components/schemas/a~1b"));
    assertEquals(json("{\"type\": \"integer\"}"), Refs.resolve(doc, Refs.toSchema("c~d")));
    assertEquals(json("{\"x\": 2}"), Refs.resolve(doc, "#/list/1"));
    assertEquals(json("{\"e\": 3}"), Refs.resolve(doc, "#/"));
  }

  @Test
  void unresolvableReferencesGiveNull() {
    JsonObject doc = json("{\"list\": [{\"x\": 1}], \"a\": {\"b\": 1}}");
    assertNull(Refs.resolve(doc, "#/list/1"));
    assertNull(Refs.resolve(doc, "#/list/01"));
    assertNull(Refs.resolve(doc, "#/list/99999999999999"));
    assertNull(Refs.resolve(doc, "#/a/b/c"));
    assertNull(Refs.resolve(doc, "#/missing"));
    assertNull(Refs.resolve(doc, "#anchor"));
    assertNull(Refs.resolve(doc, "other.json#/a"));
    assertNull(Refs.resolve(doc, null));
    assertNull(Refs.resolve(null, "#/a"));
  }

  @Test
  void followsChainsOfReferences() {
    JsonObject doc = json("{\"components\": {\"schemas\": {"
        + "\"A\": {\"$ref\": \"#/components/schemas/B\"},"
        + "\"B\": {\"type\": \"object\"},"
        + "\"Dangling\": {\"$ref\": \"#/components/schemas/Nope\"},"
        + "\"Text\": {\"$ref\": \"#/components/schemas/B/type\"},"
        + "\"Loop\": {\"$ref\": \"#/components/schemas/Loop\"}}}}");
    JsonObject schemas = doc.getAsJsonObject("components").getAsJsonObject("schemas");
    assertSame(schemas.get("B"), Refs.follow(doc, Refs.schemaRef("A")));
    JsonObject plain = json("{\"type\": \"string\"}");
    assertSame(plain, Refs.follow(doc, plain));
    // A missing or non-object target: the reference that leads nowhere.
    assertSame(schemas.get("Dangling"), Refs.follow(doc, Refs.schemaRef("Dangling")));
    assertSame(schemas.get("Text"), Refs.follow(doc, Refs.schemaRef("Text")));
    // A cycle ends.
    assertSame(schemas.get("Loop"), Refs.follow(doc, Refs.schemaRef("Loop")));
    assertNull(Refs.follow(doc, null));
  }
}
