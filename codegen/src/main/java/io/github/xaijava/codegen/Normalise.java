package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Refs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the spellings that say one thing in several ways as that thing, at every depth of every
 * schema, so the passes after it meet each construct in one form only:
 * <ul>
 *   <li>a nullable reference ({@code oneOf: [{type: null}, {$ref}]}) or a union of one form is
 *       the form itself, marked {@link Schemas#NULLABLE} when {@code null} was one of the forms;</li>
 *   <li>an {@code allOf} of one part (and no properties of its own) is that part;</li>
 *   <li>an {@code allOf} that includes a union is read as that union (with a note): a Java class
 *       cannot both be one of a sealed set and extend another class.</li>
 * </ul>
 * The annotations of the outer schema (description, {@code x-*}) stay on the result.
 */
final class Normalise {

  private final ShapingContext context;
  private final JsonObject components;

  Normalise(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      if (c.getValue().isJsonObject()) {
        c.setValue(normalise(c.getValue().getAsJsonObject()));
      }
    }
  }

  private JsonObject normalise(JsonObject schema) {
    rewriteChildren(schema, this::normalise);
    JsonElement sole = Nullability.soleForm(schema);
    if (sole != null && sole.isJsonObject()) {
      // A nullable reference, or a union of one form: the form itself.
      JsonObject merged = mergeInto(sole.getAsJsonObject(), schema, "oneOf", "anyOf");
      if (Nullability.hasNullForm(schema)) {
        merged.addProperty(Schemas.NULLABLE, true);
      }
      return merged;
    }
    JsonElement allOf = schema.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      JsonArray parts = allOf.getAsJsonArray();
      if (parts.size() == 1 && parts.get(0).isJsonObject() && !schema.has("properties")) {
        return mergeInto(parts.get(0).getAsJsonObject(), schema, "allOf");
      }
      for (JsonElement part : parts) {
        String ref = Refs.schemaNameOf(part);
        if (ref != null && components.has(ref)
            && JsonTypes.forms(components.getAsJsonObject(ref)) != null) {
          context.note("allOf over the union " + ref + " is read as " + ref
              + " (its forms keep the other properties as extras)");
          return mergeInto(part.getAsJsonObject(), schema, "allOf", "properties", "required",
              "type");
        }
      }
    }
    return schema;
  }

  /** {@code inner} plus the annotations of {@code outer} (description, x-*), minus {@code drop}. */
  private static JsonObject mergeInto(JsonObject inner, JsonObject outer, String... drop) {
    JsonObject merged = inner.deepCopy();
    Set<String> dropped = Set.of(drop);
    for (Map.Entry<String, JsonElement> e : outer.entrySet()) {
      if (!dropped.contains(e.getKey()) && !merged.has(e.getKey())) {
        merged.add(e.getKey(), e.getValue().deepCopy());
      }
    }
    return merged;
  }

  /** Replaces every nested schema of {@code schema} by {@code f(child)}, depth first. */
  private static void rewriteChildren(JsonObject schema, UnaryOperator<JsonObject> f) {
    JsonElement props = schema.get("properties");
    if (props != null && props.isJsonObject()) {
      for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
        if (p.getValue().isJsonObject()) {
          p.setValue(f.apply(p.getValue().getAsJsonObject()));
        }
      }
    }
    for (String key : List.of("items", "additionalProperties", "not")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonObject()) {
        schema.add(key, f.apply(e.getAsJsonObject()));
      }
    }
    for (String key : List.of("allOf", "oneOf", "anyOf", "prefixItems")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonArray()) {
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i).isJsonObject()) {
            array.set(i, f.apply(array.get(i).getAsJsonObject()));
          }
        }
      }
    }
  }
}
