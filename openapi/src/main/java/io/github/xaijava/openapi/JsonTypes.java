package io.github.xaijava.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON types as a schema states them ({@code type: "string"}, {@code type: ["string", "null"]}),
 * the JSON type of a value, and the forms of a union ({@code oneOf}, {@code anyOf}).
 */
public final class JsonTypes {

  private JsonTypes() {
  }

  /**
   * The types a schema's {@code type} keyword names.
   *
   * @param schema a schema object
   * @return the names in the order written, {@code "null"} included; empty without a
   *     {@code type} keyword (entries that are not strings are left out)
   */
  public static List<String> declared(JsonObject schema) {
    JsonElement type = schema.get("type");
    List<String> types = new ArrayList<>();
    if (type == null) {
      return types;
    }
    if (type.isJsonPrimitive()) {
      types.add(type.getAsString());
    } else if (type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if (t.isJsonPrimitive()) {
          types.add(t.getAsString());
        }
      }
    }
    return types;
  }

  /**
   * The JSON type a schema states besides {@code null}: of {@code type: ["integer", "null"]},
   * {@code integer}.
   *
   * @param schema a schema object
   * @return the first type named other than {@code null}; {@code "null"} when it names only
   *     null; null when it names no type
   */
  public static String of(JsonObject schema) {
    List<String> types = declared(schema);
    for (String type : types) {
      if (!"null".equals(type)) {
        return type;
      }
    }
    return types.isEmpty() ? null : "null";
  }

  /**
   * The JSON type of a value: {@code object}, {@code array}, {@code string}, {@code boolean},
   * {@code null}, or for a number {@code integer} when written without a fraction or exponent,
   * else {@code number}.
   *
   * @param value a JSON value, or null (Java's null reads as JSON null)
   * @return the type's name as JSON Schema spells it
   */
  public static String ofValue(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "null";
    }
    if (value.isJsonObject()) {
      return "object";
    }
    if (value.isJsonArray()) {
      return "array";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "boolean";
    }
    if (!primitive.isNumber()) {
      return "string";
    }
    Number number = primitive.getAsNumber();
    if (number instanceof Double || number instanceof Float) {
      // A parser that keeps integers as Long or BigInteger made it from a fraction or an
      // exponent, even when its text does not show one (1e999 is Infinity).
      return "number";
    }
    String text = primitive.getAsString();
    return text.contains(".") || text.contains("e") || text.contains("E") ? "number" : "integer";
  }

  /**
   * The forms of a union.
   *
   * @param schema a schema object
   * @return its {@code oneOf}, else its {@code anyOf}; null when it has neither, or the one it
   *     has is not an array
   */
  public static JsonArray forms(JsonObject schema) {
    JsonElement forms = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
    return forms != null && forms.isJsonArray() ? forms.getAsJsonArray() : null;
  }
}
