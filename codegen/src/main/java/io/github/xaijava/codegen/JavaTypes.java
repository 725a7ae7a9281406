package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;

/**
 * The Java type of a schema as the model templates use it: its source form, a
 * {@code java.lang.reflect.Type} expression for Gson, and the codec that reads and writes it.
 * Components that become classes (objects, unions, enums) are their class; any other component
 * is read through to the type it stands for.
 */
final class JavaTypes {

  /** A Java type for a schema: its source form, a {@code java.lang.reflect.Type} expression. */
  static final class JsonType {
    final String java;
    final String typeExpr;
    /** The element type of a list or the value type of a map, else null. */
    final JsonType element;
    final String codec;

    JsonType(String java, String typeExpr, JsonType element, String codec) {
      this.java = java;
      this.typeExpr = typeExpr;
      this.element = element;
      this.codec = codec;
    }
  }

  private static final JsonType STRING = new JsonType("String", "String.class", null, "string");
  private static final JsonType JSON_ELEMENT = new JsonType("com.google.gson.JsonElement",
      "com.google.gson.JsonElement.class", null, "json");
  private static final JsonType JSON_OBJECT = new JsonType("com.google.gson.JsonObject",
      "com.google.gson.JsonObject.class", null, "jsonObject");

  private final JsonObject components;
  private final Schemas schemas;

  JavaTypes(Schemas schemas) {
    this.components = schemas.components();
    this.schemas = schemas;
  }

  JsonType of(JsonObject schema) {
    String ref = Refs.schemaNameOf(schema);
    if (ref != null && components.has(ref)) {
      JsonObject target = components.getAsJsonObject(ref);
      if (JsonTypes.forms(target) != null || schemas.isObjectWithProperties(target)
          || isEnum(target)) {
        return new JsonType(ref, ref + ".class", null, "adapter");
      }
      return of(target);
    }
    String json = JsonTypes.of(schema);
    if (json == null) {
      return schemas.isObjectWithProperties(schema) ? JSON_OBJECT : JSON_ELEMENT;
    }
    switch (json) {
      case "string":
        return STRING;
      case "integer":
        String format = schema.has("format") ? schema.get("format").getAsString() : "";
        return format.equals("int64")
            ? new JsonType("Long", "Long.class", null, "long")
            : new JsonType("Integer", "Integer.class", null, "integer");
      case "number":
        return new JsonType("Double", "Double.class", null, "double");
      case "boolean":
        return new JsonType("Boolean", "Boolean.class", null, "boolean");
      case "array": {
        JsonObject items = schema.has("items") && schema.get("items").isJsonObject()
            ? schema.getAsJsonObject("items") : new JsonObject();
        JsonType element = of(items);
        return new JsonType("java.util.List<" + element.java + ">",
            "com.google.gson.reflect.TypeToken.getParameterized(java.util.List.class, "
                + element.typeExpr + ").getType()", element, "list");
      }
      case "object": {
        JsonElement additional = schema.get("additionalProperties");
        if (additional != null && additional.isJsonObject() && additional.getAsJsonObject().size() > 0) {
          JsonType value = of(additional.getAsJsonObject());
          return new JsonType("java.util.Map<String, " + value.java + ">",
              "com.google.gson.reflect.TypeToken.getParameterized(java.util.Map.class, String.class, "
                  + value.typeExpr + ").getType()", value, "map");
        }
        return JSON_OBJECT;
      }
      default:
        return JSON_ELEMENT;
    }
  }

  /** Whether a schema is an enum of its own (one value is a constant, not an enum). */
  static boolean isEnum(JsonObject schema) {
    JsonElement values = schema.get("enum");
    return values != null && values.isJsonArray() && values.getAsJsonArray().size() > 1;
  }

  /** {@code java.util.List<String>} → {@code java.util.List}: what overloads clash on. */
  static String erasureOf(String javaType) {
    int lt = javaType.indexOf('<');
    return lt < 0 ? javaType : javaType.substring(0, lt);
  }
}
