package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Refs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a small, deterministic JSON value that validates against a caller's JSON Schema: the content
 * of a structured answer ({@code response_format} json_schema) and the arguments of a tool call. It
 * fills required properties (all properties when none are required), follows {@code $ref} into
 * {@code $defs}/{@code definitions}, takes the first non-null branch of {@code anyOf}/{@code oneOf},
 * merges {@code allOf}, and honours {@code const}, {@code enum}, type arrays, bounds, lengths, item
 * counts and the common string formats.
 */
public final class InstanceGenerator {
  private static final int MAX_DEPTH = 20;
  private final JsonObject root;

  private InstanceGenerator(JsonObject root) {
    this.root = root;
  }

  /** An instance of {@code schema}; an absent or non-object schema gives an empty object. */
  public static JsonElement generate(JsonElement schema) {
    if (schema == null || !schema.isJsonObject()) {
      return new JsonObject();
    }
    return generate(schema, schema.getAsJsonObject());
  }

  /**
   * An instance of {@code schema} whose references point into {@code root}: a schema of an API
   * document refers to the document's components, it is not a document of its own.
   */
  public static JsonElement generate(JsonElement schema, JsonObject root) {
    if (schema == null || !schema.isJsonObject()) {
      return new JsonObject();
    }
    return new InstanceGenerator(root).value(schema.getAsJsonObject(), null, 0, 0);
  }

  private JsonElement value(JsonObject schema, String name, int variant, int depth) {
    if (depth > MAX_DEPTH) {
      return JsonNull.INSTANCE;
    }
    if (schema.has("$ref")) {
      JsonObject target = resolve(schema.get("$ref").getAsString());
      return target == null ? new JsonObject() : value(target, name, variant, depth + 1);
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum") && schema.getAsJsonArray("enum").size() > 0) {
      JsonArray values = schema.getAsJsonArray("enum");
      return values.get(variant % values.size()).deepCopy();
    }
    if (schema.has("allOf")) {
      return merged(schema, name, variant, depth);
    }
    for (String union : List.of("anyOf", "oneOf")) {
      if (schema.has(union)) {
        JsonObject branch = firstNonNull(schema.getAsJsonArray(union));
        if (branch != null) {
          return value(withSiblings(schema, branch, union), name, variant, depth + 1);
        }
        return JsonNull.INSTANCE;
      }
    }
    switch (type(schema)) {
      case "object":
        return object(schema, variant, depth);
      case "array":
        return array(schema, name, depth);
      case "string":
        return new JsonPrimitive(string(schema, name, variant));
      case "integer":
        return new JsonPrimitive(number(schema, variant, true));
      case "number":
        return new JsonPrimitive(number(schema, variant, false));
      case "boolean":
        return new JsonPrimitive(variant % 2 == 0);
      case "null":
        return JsonNull.INSTANCE;
      default:
        return new JsonPrimitive("example");
    }
  }

  /** A branch of a union keeps the keywords written beside the union (e.g. properties). */
  private static JsonObject withSiblings(JsonObject schema, JsonObject branch, String union) {
    JsonObject merged = branch.deepCopy();
    for (Map.Entry<String, JsonElement> e : schema.entrySet()) {
      if (!e.getKey().equals(union) && !merged.has(e.getKey())) {
        merged.add(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  private JsonElement merged(JsonObject schema, String name, int variant, int depth) {
    JsonObject rest = schema.deepCopy();
    rest.remove("allOf");
    List<JsonObject> parts = new ArrayList<>();
    if (!rest.entrySet().isEmpty()) {
      parts.add(rest);
    }
    for (JsonElement member : schema.getAsJsonArray("allOf")) {
      parts.add(member.getAsJsonObject());
    }
    JsonElement result = null;
    for (JsonObject part : parts) {
      JsonElement v = value(part, name, variant, depth + 1);
      if (result != null && result.isJsonObject() && v.isJsonObject()) {
        for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
          if (!result.getAsJsonObject().has(e.getKey())) {
            result.getAsJsonObject().add(e.getKey(), e.getValue());
          }
        }
      } else if (result == null || result.isJsonNull()) {
        result = v;
      }
    }
    return result == null ? new JsonObject() : result;
  }

  private JsonObject object(JsonObject schema, int variant, int depth) {
    JsonObject out = new JsonObject();
    JsonObject properties = Json.object(schema, "properties");
    JsonArray required = Json.array(schema, "required");
    List<String> names = new ArrayList<>();
    if (required.size() > 0) {
      required.forEach(r -> names.add(r.getAsString()));
    } else if (properties != null) {
      names.addAll(properties.keySet());
    }
    for (String property : names) {
      JsonObject propertySchema = properties == null ? null : Json.object(properties, property);
      if (propertySchema == null) {
        JsonObject additional = Json.object(schema, "additionalProperties");
        propertySchema = additional == null ? new JsonObject() : additional;
      }
      out.add(property, value(propertySchema, property, variant, depth + 1));
    }
    int minProperties = (int) Json.integer(schema, "minProperties", 0);
    JsonObject additional = Json.object(schema, "additionalProperties");
    for (int i = 0; out.size() < minProperties; i++) {
      out.add("key" + (i + 1), additional == null ? new JsonPrimitive("value") : value(additional, "key", i, depth + 1));
    }
    return out;
  }

  private JsonArray array(JsonObject schema, String name, int depth) {
    JsonArray out = new JsonArray();
    JsonArray prefix = Json.array(schema, "prefixItems");
    long min = Json.integer(schema, "minItems", 1);
    long max = Json.integer(schema, "maxItems", Math.max(min, Math.max(1, prefix.size())));
    long count = Math.min(Math.max(Math.max(min, 1), prefix.size()), max);
    JsonObject items = Json.object(schema, "items");
    for (int i = 0; i < count; i++) {
      JsonObject itemSchema = i < prefix.size() ? prefix.get(i).getAsJsonObject() : items;
      out.add(itemSchema == null ? new JsonPrimitive("item" + (i + 1)) : value(itemSchema, name, i, depth + 1));
    }
    return out;
  }

  private static String string(JsonObject schema, String name, int variant) {
    String suffix = variant == 0 ? "" : "-" + (variant + 1);
    String format = Json.string(schema, "format", "");
    String s;
    switch (format) {
      case "date":
        s = "2025-01-0" + (1 + variant % 9);
        break;
      case "date-time":
        s = "2025-01-0" + (1 + variant % 9) + "T12:00:00Z";
        break;
      case "time":
        s = "12:00:0" + (variant % 10);
        break;
      case "email":
        s = "user" + suffix + "@example.com";
        break;
      case "uuid":
        s = String.format("00000000-0000-4000-8000-%012d", variant);
        break;
      case "ipv4":
        s = "192.0.2." + (1 + variant % 254);
        break;
      case "ipv6":
        s = "2001:db8::" + (1 + variant);
        break;
      case "uri":
      case "url":
      case "iri":
        s = "https://example.com/" + (name == null ? "item" : name) + suffix;
        break;
      case "hostname":
        s = "host" + suffix + ".example.com";
        break;
      case "duration":
        s = "P" + (1 + variant) + "D";
        break;
      default:
        s = "example " + (name == null ? "text" : name) + suffix;
    }
    int min = (int) Json.integer(schema, "minLength", 0);
    int max = (int) Json.integer(schema, "maxLength", Integer.MAX_VALUE);
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < min) {
      sb.append('x');
    }
    return sb.length() > max ? sb.substring(0, max) : sb.toString();
  }

  private static Number number(JsonObject schema, int variant, boolean integer) {
    BigDecimal value = BigDecimal.valueOf(integer ? 1 + variant : 1.5 + variant);
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
    if (schema.has("minimum")) {
      value = schema.get("minimum").getAsBigDecimal().add(BigDecimal.valueOf(variant));
    }
    if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isJsonPrimitive()
        && schema.get("exclusiveMinimum").getAsJsonPrimitive().isNumber()) {
      BigDecimal floor = schema.get("exclusiveMinimum").getAsBigDecimal();
      if (value.compareTo(floor) <= 0) {
        value = floor.add(step).add(BigDecimal.valueOf(variant));
      }
    }
    if (schema.has("maximum") && value.compareTo(schema.get("maximum").getAsBigDecimal()) > 0) {
      value = schema.get("maximum").getAsBigDecimal();
    }
    if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isJsonPrimitive()
        && schema.get("exclusiveMaximum").getAsJsonPrimitive().isNumber()) {
      BigDecimal ceiling = schema.get("exclusiveMaximum").getAsBigDecimal();
      if (value.compareTo(ceiling) >= 0) {
        value = integer
            ? ceiling.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
            : ceiling.subtract(new BigDecimal("0.5"));
      }
    }
    if (schema.has("multipleOf")) {
      BigDecimal m = schema.get("multipleOf").getAsBigDecimal();
      if (m.signum() > 0) {
        value = value.divide(m, 0, RoundingMode.CEILING).multiply(m);
        if (schema.has("maximum") && value.compareTo(schema.get("maximum").getAsBigDecimal()) > 0) {
          value = value.subtract(m);
        }
      }
    }
    if (integer) {
      return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }
    return value.doubleValue();
  }

  private static String type(JsonObject schema) {
    String declared = JsonTypes.of(schema);
    if (declared != null) {
      return declared;
    }
    boolean objectKeywords =
        schema.has("properties") || schema.has("required") || schema.has("additionalProperties");
    return !objectKeywords && (schema.has("items") || schema.has("prefixItems")) ? "array" : "object";
  }

  private static JsonObject firstNonNull(JsonArray branches) {
    JsonObject fallback = null;
    for (JsonElement b : branches) {
      if (!b.isJsonObject()) {
        continue;
      }
      JsonObject branch = b.getAsJsonObject();
      if (Nullability.isNullSchema(branch)) {
        fallback = fallback == null ? branch : fallback;
        continue;
      }
      return branch;
    }
    return fallback;
  }

  private JsonObject resolve(String ref) {
    JsonElement target = Refs.resolve(root, ref);
    return target != null && target.isJsonObject() ? target.getAsJsonObject() : null;
  }
}
