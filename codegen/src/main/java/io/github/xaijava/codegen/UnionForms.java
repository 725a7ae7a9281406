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

/**
 * Shapes the forms of every union: a form written inline as an object becomes a named schema
 * (so it is a class of its own, named by the {@code unions} rule, else by the value of its
 * discriminator or its one required property, else by position); a form tagged with a Rust
 * variant name ({@code {"StringArray": [...]}}) becomes the bare value the wire carries;
 * {@code null} forms are dropped and {@code anyOf} is written {@code oneOf}, so every union
 * reads the same way to the passes after this one.
 */
final class UnionForms {

  private final ShapingContext context;
  private final JsonObject components;
  private final Schemas schemas;

  UnionForms(ShapingContext context) {
    this.context = context;
    this.components = context.components();
    this.schemas = context.schemas();
  }

  void apply() {
    for (String union : context.unionNames()) {
      shapeForms(union);
    }
  }

  private void shapeForms(String union) {
    JsonObject schema = components.getAsJsonObject(union);
    JsonArray forms = JsonTypes.forms(schema);
    JsonArray shaped = new JsonArray();
    int index = 0;
    for (JsonElement element : forms) {
      if (!element.isJsonObject() || Nullability.isNullSchema(element)) {
        index++;
        continue;
      }
      JsonObject form = unwrapTagged(element.getAsJsonObject());
      if (Refs.schemaNameOf(form) == null && JsonTypes.forms(form) == null
          && schemas.isObjectWithProperties(form)) {
        String name = formName(union, index, form);
        name = Hoisting.uniqueName(components, name, form);
        if (!components.has(name)) {
          components.add(name, form);
        }
        form = Refs.schemaRef(name);
      }
      shaped.add(form);
      index++;
    }
    schema.remove("anyOf");
    schema.add("oneOf", shaped);
  }

  /**
   * A form documented as an object with one property named like a Rust enum variant
   * ({@code {"StringArray": [...]}}) is carried on the wire as the bare value.
   */
  private static JsonObject unwrapTagged(JsonObject form) {
    JsonElement props = form.get("properties");
    if (props == null || !props.isJsonObject() || props.getAsJsonObject().size() != 1) {
      return form;
    }
    Map.Entry<String, JsonElement> only = props.getAsJsonObject().entrySet().iterator().next();
    String name = only.getKey();
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !only.getValue().isJsonObject()) {
      return form;
    }
    return only.getValue().getAsJsonObject().deepCopy();
  }

  private String formName(String union, int index, JsonObject form) {
    Shaping.UnionRule rule = context.rules().union(union).orElse(null);
    String value = discriminatorValue(form);
    if (rule != null) {
      if (value != null && rule.names().containsKey(value)) {
        return rule.names().get(value);
      }
      if (rule.names().containsKey("#" + index)) {
        return rule.names().get("#" + index);
      }
    }
    String prefix = rule == null ? "" : rule.prefix();
    String suffix = rule == null || rule.suffix() == null ? union : rule.suffix();
    if (value != null) {
      return prefix + Names.pascal(value) + suffix;
    }
    Set<String> required = schemas.required(form);
    if (required.size() == 1) {
      return prefix + Names.pascal(required.iterator().next()) + suffix;
    }
    return union + (index + 1);
  }

  /** The value of the first one-value enum property of a form (prefers type, role). */
  private String discriminatorValue(JsonObject form) {
    Map<String, JsonObject> props = schemas.properties(form);
    for (String preferred : List.of("type", "role", "object", "kind")) {
      JsonObject p = props.get(preferred);
      if (p != null && Schemas.constant(p) != null) {
        return Schemas.constant(p);
      }
    }
    for (JsonObject p : props.values()) {
      if (Schemas.constant(p) != null) {
        return Schemas.constant(p);
      }
    }
    return null;
  }
}
