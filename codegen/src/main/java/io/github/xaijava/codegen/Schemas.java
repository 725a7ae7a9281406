package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Refs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reading helpers over the JSON of an OpenAPI 3.x document's schemas. */
final class Schemas {

  /** Where shaping records the discriminator values a property may take (besides an enum). */
  static final String VALUES = "x-xai-values";

  /** Where shaping marks a schema that admits {@code null} (a nullable reference, say). */
  static final String NULLABLE = "x-xai-nullable";

  private final JsonObject document;
  private final JsonObject components;

  /** The schemas of {@code document}, whose {@code components.schemas} is {@code components}. */
  Schemas(JsonObject document, JsonObject components) {
    this.document = document;
    this.components = components;
  }

  JsonObject components() {
    return components;
  }

  /** Follows {@code $ref}s to the schema they name; {@code schema} itself when it is none. */
  JsonObject resolve(JsonObject schema) {
    return Refs.follow(document, schema);
  }

  /** Whether a schema admits {@code null} (by any spelling), or was marked nullable by shaping. */
  static boolean isNullable(JsonObject schema) {
    JsonElement marked = schema.get(NULLABLE);
    return Nullability.mayBeNull(schema) || (marked != null && marked.getAsBoolean());
  }

  /** The schema and its inline {@code allOf} parts: where properties can be declared. */
  static List<JsonObject> objectParts(JsonObject schema) {
    List<JsonObject> parts = new ArrayList<>();
    parts.add(schema);
    JsonElement allOf = schema.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      for (JsonElement part : allOf.getAsJsonArray()) {
        if (part.isJsonObject() && Refs.schemaNameOf(part) == null) {
          parts.add(part.getAsJsonObject());
        }
      }
    }
    return parts;
  }

  /**
   * The schema of property {@code property} as the component {@code owner} declares it (itself
   * or in an inline {@code allOf} part), or null: where a rule keyed {@code Owner.property} applies.
   */
  JsonObject declaredProperty(String owner, String property) {
    JsonObject schema = components.has(owner) ? components.getAsJsonObject(owner) : null;
    if (schema == null) {
      return null;
    }
    for (JsonObject part : objectParts(schema)) {
      JsonElement props = part.get("properties");
      if (props != null && props.isJsonObject() && props.getAsJsonObject().has(property)
          && props.getAsJsonObject().get(property).isJsonObject()) {
        return props.getAsJsonObject().getAsJsonObject(property);
      }
    }
    return null;
  }

  /** Points every {@code $ref} under {@code node} to a key of {@code renamed} at its value. */
  static void rewriteRefs(JsonElement node, Map<String, String> renamed) {
    if (node.isJsonObject()) {
      JsonObject object = node.getAsJsonObject();
      String name = Refs.schemaNameOf(object);
      if (name != null && renamed.containsKey(name)) {
        object.addProperty("$ref", Refs.toSchema(renamed.get(name)));
      }
      for (Map.Entry<String, JsonElement> e : object.entrySet()) {
        rewriteRefs(e.getValue(), renamed);
      }
    } else if (node.isJsonArray()) {
      for (JsonElement e : node.getAsJsonArray()) {
        rewriteRefs(e, renamed);
      }
    }
  }

  /** Whether a schema describes a JSON object with declared properties (directly or by allOf). */
  boolean isObjectWithProperties(JsonObject schema) {
    JsonObject s = resolve(schema);
    if (s.has("properties")) {
      return true;
    }
    JsonElement allOf = s.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      for (JsonElement part : allOf.getAsJsonArray()) {
        if (part.isJsonObject() && isObjectWithProperties(part.getAsJsonObject())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The properties of an object schema, merged across {@code allOf} parts, in order. */
  Map<String, JsonObject> properties(JsonObject schema) {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    collectProperties(resolve(schema), out, 0);
    return out;
  }

  private void collectProperties(JsonObject s, Map<String, JsonObject> out, int depth) {
    if (depth > 16) {
      return;
    }
    JsonElement allOf = s.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      for (JsonElement part : allOf.getAsJsonArray()) {
        if (part.isJsonObject()) {
          collectProperties(resolve(part.getAsJsonObject()), out, depth + 1);
        }
      }
    }
    JsonElement props = s.get("properties");
    if (props != null && props.isJsonObject()) {
      for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
        if (p.getValue().isJsonObject()) {
          out.put(p.getKey(), p.getValue().getAsJsonObject());
        }
      }
    }
  }

  /** The required property names of an object schema, merged across {@code allOf} parts. */
  Set<String> required(JsonObject schema) {
    Set<String> out = new LinkedHashSet<>();
    collectRequired(resolve(schema), out, 0);
    return out;
  }

  private void collectRequired(JsonObject s, Set<String> out, int depth) {
    if (depth > 16) {
      return;
    }
    JsonElement allOf = s.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      for (JsonElement part : allOf.getAsJsonArray()) {
        if (part.isJsonObject()) {
          collectRequired(resolve(part.getAsJsonObject()), out, depth + 1);
        }
      }
    }
    JsonElement required = s.get("required");
    if (required != null && required.isJsonArray()) {
      required.getAsJsonArray().forEach(r -> out.add(r.getAsString()));
    }
  }

  /** The single value of a one-value string enum, or null. */
  static String constant(JsonObject property) {
    JsonElement values = property.get("enum");
    if (values != null && values.isJsonArray() && values.getAsJsonArray().size() == 1
        && values.getAsJsonArray().get(0).isJsonPrimitive()) {
      return values.getAsJsonArray().get(0).getAsString();
    }
    JsonElement constant = property.get("const");
    return constant != null && constant.isJsonPrimitive() ? constant.getAsString() : null;
  }

  /** The discriminator values a property takes: its constant, or the values shaping recorded. */
  static List<String> claims(JsonObject property) {
    String constant = constant(property);
    if (constant != null) {
      return List.of(constant);
    }
    JsonElement values = property.get(VALUES);
    List<String> out = new ArrayList<>();
    if (values != null && values.isJsonArray()) {
      values.getAsJsonArray().forEach(v -> out.add(v.getAsString()));
    }
    return out;
  }

  /**
   * Calls {@code visit} on every schema object nested in {@code schema} (properties, items,
   * additionalProperties, allOf/oneOf/anyOf parts), children before parents, so a visitor may
   * replace a child in its parent.
   */
  static void eachNested(JsonObject schema, Consumer<JsonObject> visit) {
    for (JsonObject child : children(schema)) {
      eachNested(child, visit);
      visit.accept(child);
    }
  }

  static List<JsonObject> children(JsonObject schema) {
    List<JsonObject> out = new ArrayList<>();
    JsonElement props = schema.get("properties");
    if (props != null && props.isJsonObject()) {
      props.getAsJsonObject().entrySet().forEach(e -> {
        if (e.getValue().isJsonObject()) {
          out.add(e.getValue().getAsJsonObject());
        }
      });
    }
    for (String key : List.of("items", "additionalProperties", "not")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonObject()) {
        out.add(e.getAsJsonObject());
      }
    }
    for (String key : List.of("allOf", "oneOf", "anyOf", "prefixItems")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonArray()) {
        e.getAsJsonArray().forEach(part -> {
          if (part.isJsonObject()) {
            out.add(part.getAsJsonObject());
          }
        });
      }
    }
    return out;
  }
}
