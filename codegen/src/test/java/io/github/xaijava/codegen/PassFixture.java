package io.github.xaijava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A small document around a fragment, for running one pass, and a golden comparison. */
final class PassFixture {

  private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting()
      .create();

  private PassFixture() {
  }

  /** A context over {@code {"openapi": "3.1.0", "paths": PATHS, "components": {"schemas": SCHEMAS}}}. */
  static ShapingContext context(String paths, String schemas, String rules) {
    JsonObject doc = new JsonObject();
    doc.addProperty("openapi", "3.1.0");
    doc.add("paths", JsonParser.parseString(paths));
    JsonObject components = new JsonObject();
    components.add("schemas", JsonParser.parseString(schemas));
    doc.add("components", components);
    return ShapingContext.open(doc, Shaping.parse(rules));
  }

  static ShapingContext schemas(String schemas, String rules) {
    return context("{}", schemas, rules);
  }

  static ShapingContext schemas(String schemas) {
    return schemas(schemas, "{}");
  }

  /** {@code actual} is {@code expected}, keys in the same order (the output is ordered). */
  static void assertJson(String expected, JsonElement actual) {
    assertEquals(PRETTY.toJson(JsonParser.parseString(expected)), PRETTY.toJson(actual));
  }

  /** The schema {@code name} of the context, for assertions on one schema. */
  static JsonObject schema(ShapingContext context, String name) {
    return context.components().getAsJsonObject(name);
  }

  /** A property of a schema. */
  static JsonObject property(ShapingContext context, String schema, String name) {
    return schema(context, schema).getAsJsonObject("properties").getAsJsonObject(name);
  }
}
