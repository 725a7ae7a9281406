package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Refs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body against its schema in the API document the way xAI's server (Rust, serde)
 * rejects one: wrong types, missing required fields, unknown variants of a {@code type}/{@code role}
 * tagged union and bodies that match no variant of an untagged one. It is deliberately tolerant
 * where serde is: unknown properties pass, and ranges ({@code minimum}, {@code maxItems}) are left to
 * the handlers.
 */
public final class SchemaValidator {
  private final OpenApi api;

  public SchemaValidator(OpenApi api) {
    this.api = api;
  }

  /** A body that does not fit: where ({@code path}, serde_path_to_error style) and what. */
  static final class Mismatch extends Exception {
    private static final long serialVersionUID = 1L;
    final String path;
    final String where;

    Mismatch(String path, String where, String message) {
      super(message, null, false, false);
      this.path = path;
      this.where = where;
    }
  }

  /**
   * Returns null when {@code parsed} fits the named schema, else the text xAI answers with status 422,
   * e.g. {@code Failed to deserialize the JSON body into the target type: messages[0].role: unknown
   * variant `robot`, expected one of `system`, ... at line 1 column 42}.
   */
  public String validate(JsonText.Parsed parsed, String schemaName) {
    JsonObject schema = api.schema(schemaName);
    return schema == null ? null : validate(parsed, schema, schemaName);
  }

  /**
   * As {@link #validate(JsonText.Parsed, String)}, against a schema as an operation gives it: a
   * {@code $ref} to a component (whose name the messages use) or a schema written in place.
   */
  public String validate(JsonText.Parsed parsed, JsonObject schema) {
    return schema == null ? null : validate(parsed, schema, null);
  }

  private String validate(JsonText.Parsed parsed, JsonObject schema, String schemaName) {
    try {
      check(parsed, parsed.root(), schema, "", schemaName);
      return null;
    } catch (Mismatch m) {
      String prefix = m.path.isEmpty() ? "" : m.path + ": ";
      return "Failed to deserialize the JSON body into the target type: " + prefix + m.getMessage()
          + " at " + parsed.where(m.where);
    }
  }

  private void check(JsonText.Parsed doc, JsonElement v, JsonObject schema, String path, String name)
      throws Mismatch {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").getAsString();
      JsonObject target = api.resolve(ref);
      if (target != null) {
        check(doc, v, target, path, Refs.schemaName(ref));
      }
      return;
    }
    if (schema.has("allOf")) {
      for (JsonElement member : schema.getAsJsonArray("allOf")) {
        check(doc, v, member.getAsJsonObject(), path, name);
      }
    }
    if (JsonTypes.forms(schema) != null) {
      checkUnion(doc, v, schema, path, name);
    }
    if (schema.has("enum") && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
      List<String> values = new ArrayList<>();
      schema.getAsJsonArray("enum").forEach(e -> values.add(e.isJsonNull() ? "null" : e.getAsString()));
      if (!values.contains(v.getAsString())) {
        throw new Mismatch(path, path, unknownVariant(v.getAsString(), values));
      }
    }
    List<String> types = JsonTypes.declared(schema);
    if (types.isEmpty()) {
      if (v.isJsonObject() && schema.has("properties")) {
        checkObject(doc, v.getAsJsonObject(), schema, path);
      }
      return;
    }
    if (v.isJsonNull()) {
      if (!types.contains("null")) {
        throw new Mismatch(path, path, "invalid type: null, expected " + expected(schema, types, name));
      }
      return;
    }
    String actual = JsonTypes.ofValue(v);
    boolean fits = types.contains(actual) || ("integer".equals(actual) && types.contains("number"));
    if (!fits) {
      throw new Mismatch(path, path, "invalid type: " + unexpected(v) + ", expected " + expected(schema, types, name));
    }
    if ("integer".equals(actual) && types.contains("integer") && !types.contains("number")) {
      checkRange(v.getAsBigInteger(), schema, path);
    }
    if (v.isJsonObject()) {
      checkObject(doc, v.getAsJsonObject(), schema, path);
    } else if (v.isJsonArray() && schema.has("items") && schema.get("items").isJsonObject()) {
      JsonObject items = schema.getAsJsonObject("items");
      JsonArray array = v.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        check(doc, array.get(i), items, path + "[" + i + "]", null);
      }
    }
  }

  private void checkObject(JsonText.Parsed doc, JsonObject o, JsonObject schema, String path) throws Mismatch {
    for (JsonElement r : Json.array(schema, "required")) {
      if (!o.has(r.getAsString())) {
        throw new Mismatch(path, path, "missing field `" + r.getAsString() + "`");
      }
    }
    JsonObject properties = Json.object(schema, "properties");
    JsonObject additional = Json.object(schema, "additionalProperties");
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      JsonObject propertySchema = properties == null ? null : Json.object(properties, e.getKey());
      if (propertySchema == null) {
        propertySchema = additional;
      }
      if (propertySchema != null) {
        check(doc, e.getValue(), propertySchema, path.isEmpty() ? e.getKey() : path + "." + e.getKey(), null);
      }
    }
  }

  private void checkUnion(JsonText.Parsed doc, JsonElement v, JsonObject union, String path, String name)
      throws Mismatch {
    if (v.isJsonNull() && Nullability.hasNullForm(union)) {
      return;
    }
    List<JsonObject> variants = new ArrayList<>();
    for (JsonElement variant : Nullability.nonNullForms(union)) {
      variants.add(variant.getAsJsonObject());
    }
    if (variants.size() == 1) {
      check(doc, v, variants.get(0), path, name);
      return;
    }
    String tag = tagProperty(variants);
    if (tag != null) {
      String unionName = name == null ? "enum" : name;
      if (!v.isJsonObject()) {
        throw new Mismatch(path, path, "invalid type: " + unexpected(v) + ", expected internally tagged enum " + unionName);
      }
      JsonElement tagValue = v.getAsJsonObject().get(tag);
      if (tagValue == null) {
        throw new Mismatch(path, path, "missing field `" + tag + "`");
      }
      String tagPath = path.isEmpty() ? tag : path + "." + tag;
      if (!tagValue.isJsonPrimitive() || !tagValue.getAsJsonPrimitive().isString()) {
        throw new Mismatch(tagPath, tagPath, "invalid type: " + unexpected(tagValue) + ", expected variant identifier");
      }
      List<String> known = new ArrayList<>();
      for (JsonObject variant : variants) {
        String value = tagValue(variant, tag);
        if (value.equals(tagValue.getAsString())) {
          check(doc, v, variant, path, null);
          return;
        }
        known.add(value);
      }
      throw new Mismatch(tagPath, path, unknownVariant(tagValue.getAsString(), known));
    }
    for (JsonObject variant : variants) {
      try {
        check(doc, v, variant, path, null);
        return;
      } catch (Mismatch ignored) {
        // an untagged union: try the next variant, as serde does
      }
    }
    throw new Mismatch(path, path, "data did not match any variant of untagged enum " + (name == null ? "" : name).trim());
  }

  /** The property every variant pins to one value with a one-element enum, if there is one. */
  private String tagProperty(List<JsonObject> variants) {
    for (String candidate : List.of("type", "role", "reason")) {
      boolean all = true;
      for (JsonObject variant : variants) {
        if (tagValue(variant, candidate) == null) {
          all = false;
          break;
        }
      }
      if (all) {
        return candidate;
      }
    }
    return null;
  }

  private String tagValue(JsonObject variant, String tag) {
    if (variant.has("$ref")) {
      JsonObject target = api.resolve(variant.get("$ref").getAsString());
      return target == null ? null : tagValue(target, tag);
    }
    JsonObject property = Json.object(Json.object(variant, "properties"), tag);
    if (property != null) {
      String single = singleEnum(property);
      if (single != null) {
        return single;
      }
    }
    for (JsonElement member : Json.array(variant, "allOf")) {
      String value = tagValue(member.getAsJsonObject(), tag);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String singleEnum(JsonObject property) {
    JsonArray values = Json.array(property, "enum");
    if (values.size() == 1) {
      return values.get(0).getAsString();
    }
    JsonArray oneOf = Json.array(property, "oneOf");
    return oneOf.size() == 1 ? singleEnum(oneOf.get(0).getAsJsonObject()) : null;
  }

  private static void checkRange(BigInteger n, JsonObject schema, String path) throws Mismatch {
    String format = Json.string(schema, "format", "int64");
    boolean unsigned = schema.has("minimum") && schema.get("minimum").getAsDouble() == 0;
    int bits = "int32".equals(format) ? 32 : 64;
    BigInteger max = BigInteger.ONE.shiftLeft(unsigned ? bits : bits - 1).subtract(BigInteger.ONE);
    BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
    if (n.compareTo(max) > 0 || n.compareTo(min) < 0) {
      throw new Mismatch(path, path, "invalid value: integer `" + n + "`, expected " + (unsigned ? "u" : "i") + bits);
    }
  }

  private static String unexpected(JsonElement v) {
    if (v.isJsonNull()) {
      return "null";
    }
    switch (JsonTypes.ofValue(v)) {
      case "object":
        return "map";
      case "array":
        return "sequence";
      case "boolean":
        return "boolean `" + v.getAsBoolean() + "`";
      case "string":
        return "string \"" + v.getAsString() + "\"";
      case "number":
        return "floating point `" + v.getAsDouble() + "`";
      default:
        return "integer `" + v.getAsBigInteger() + "`";
    }
  }

  private static String expected(JsonObject schema, List<String> types, String name) {
    String type = types.stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
    String format = Json.string(schema, "format", "");
    switch (type) {
      case "string":
        return "a string";
      case "integer": {
        boolean unsigned = schema.has("minimum") && schema.get("minimum").getAsDouble() == 0;
        return (unsigned ? "u" : "i") + ("int32".equals(format) ? "32" : "64");
      }
      case "number":
        return "float".equals(format) ? "f32" : "f64";
      case "boolean":
        return "a boolean";
      case "array":
        return "a sequence";
      case "object":
        return name != null && schema.has("properties") ? "struct " + name : "a map";
      default:
        return "unit";
    }
  }

  private static String unknownVariant(String value, List<String> known) {
    StringBuilder sb = new StringBuilder("unknown variant `").append(value).append("`, expected ");
    if (known.size() == 1) {
      return sb.append('`').append(known.get(0)).append('`').toString();
    }
    sb.append("one of ");
    for (int i = 0; i < known.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('`').append(known.get(i)).append('`');
    }
    return sb.toString();
  }
}
