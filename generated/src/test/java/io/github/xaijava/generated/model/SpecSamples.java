package io.github.xaijava.generated.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample JSON for the schemas of the document the build generated from (the shaped document in
 * {@code target/}): every property filled down to a depth, then only the required ones, so that
 * reading a sample exercises each generated adapter field.
 */
final class SpecSamples {

  /** Depth down to which optional properties are filled too. */
  private static final int FULL_DEPTH = 3;
  /** Depth beyond which objects are left empty (the document has recursive schemas). */
  private static final int MAX_DEPTH = 7;

  static final Gson GSON = new GsonBuilder()
      .registerTypeAdapterFactory(ModelTypeAdapters.INSTANCE)
      .disableHtmlEscaping()
      .create();

  private final JsonObject schemas;

  private SpecSamples(JsonObject schemas) {
    this.schemas = schemas;
  }

  static SpecSamples load() {
    try {
      JsonObject document = JsonParser.parseString(
          Files.readString(Path.of("target", "xai-shaped.json"), StandardCharsets.UTF_8))
          .getAsJsonObject();
      return new SpecSamples(document.getAsJsonObject("components").getAsJsonObject("schemas"));
    } catch (IOException e) {
      throw new IllegalStateException("the build writes target/xai-shaped.json before tests", e);
    }
  }

  JsonObject schemas() {
    return schemas;
  }

  JsonObject schema(String name) {
    return schemas.getAsJsonObject(name);
  }

  /** A sample of the named schema. */
  JsonElement of(String name) {
    return sample(schema(name), 0);
  }

  /** A sample of an inline schema. */
  JsonElement sample(JsonObject schema, int depth) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").getAsString().replace("#/components/schemas/", "");
      return sample(schema(name), depth);
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum")) {
      for (JsonElement value : schema.getAsJsonArray("enum")) {
        if (!value.isJsonNull()) {
          return value.deepCopy();
        }
      }
    }
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (schema.has(key)) {
        for (JsonElement alternative : schema.getAsJsonArray(key)) {
          if (!isNull(alternative.getAsJsonObject())) {
            return sample(alternative.getAsJsonObject(), depth);
          }
        }
      }
    }
    if (schema.has("allOf")) {
      JsonObject merged = new JsonObject();
      for (JsonElement part : schema.getAsJsonArray("allOf")) {
        JsonElement sample = sample(part.getAsJsonObject(), depth);
        if (sample.isJsonObject()) {
          sample.getAsJsonObject().entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
        }
      }
      return merged;
    }
    switch (type(schema)) {
      case "string":
        return new JsonPrimitive("s");
      case "integer":
        return new JsonPrimitive(2);
      case "number":
        return new JsonPrimitive(1.5);
      case "boolean":
        return new JsonPrimitive(true);
      case "array":
        JsonArray array = new JsonArray();
        if (depth < MAX_DEPTH && schema.has("items")) {
          array.add(sample(schema.getAsJsonObject("items"), depth + 1));
        }
        return array;
      default:
        return object(schema, depth);
    }
  }

  private JsonElement object(JsonObject schema, int depth) {
    JsonObject object = new JsonObject();
    JsonObject properties = schema.getAsJsonObject("properties");
    if (properties == null) {
      if (schema.has("additionalProperties") && schema.get("additionalProperties").isJsonObject()
          && depth < MAX_DEPTH) {
        object.add("k", sample(schema.getAsJsonObject("additionalProperties"), depth + 1));
      } else {
        // a free-form object: any JSON is kept as it is
        object.addProperty("k", 1);
      }
      return object;
    }
    if (depth >= MAX_DEPTH) {
      return object;
    }
    java.util.Set<String> required = new java.util.HashSet<>();
    if (schema.has("required")) {
      schema.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
    }
    for (String property : properties.keySet()) {
      if (depth < FULL_DEPTH || required.contains(property)) {
        object.add(property, sample(properties.getAsJsonObject(property), depth + 1));
      }
    }
    return object;
  }

  private static boolean isNull(JsonObject schema) {
    return "null".equals(type(schema));
  }

  /** The schema's type; the first non-null one of a type list; "object" when unstated. */
  static String type(JsonObject schema) {
    JsonElement type = schema.get("type");
    if (type == null) {
      return "object";
    }
    if (type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if (!t.getAsString().equals("null")) {
          return t.getAsString();
        }
      }
      return "null";
    }
    return type.getAsString();
  }

  /** The generated class of a schema, or null when the build made none for it. */
  static Class<?> classOf(String schema) {
    try {
      return Class.forName("io.github.xaijava.generated.model." + schema);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
