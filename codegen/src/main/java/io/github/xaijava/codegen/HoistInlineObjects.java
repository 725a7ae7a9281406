package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An object or enum written inline as a property's schema (or as the items or map values of
 * one) becomes a named schema, {@code OwnerProperty} unless an {@code inlineNames} rule names it,
 * and the property a reference to it: every class then has a name chosen here, and the passes
 * after this one see every object and enum as a component. Schemas hoisted this way are
 * visited in turn, so objects nested in them are hoisted too.
 * Annotations that belong to the property (description, title, default, nullability) stay on
 * the property's reference, not on the shared schema.
 */
final class HoistInlineObjects {

  private final ShapingContext context;
  private final JsonObject components;

  HoistInlineObjects(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    List<String> work = new ArrayList<>(components.keySet());
    for (int i = 0; i < work.size(); i++) {
      String owner = work.get(i);
      JsonObject schema = components.getAsJsonObject(owner);
      if (schema == null) {
        continue;
      }
      for (JsonObject part : Schemas.objectParts(schema)) {
        JsonElement props = part.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (!p.getValue().isJsonObject()) {
            continue;
          }
          JsonObject property = p.getValue().getAsJsonObject();
          JsonObject hoisted = hoistValue(owner, p.getKey(), property, false, work);
          if (hoisted != null) {
            p.setValue(hoisted);
          }
          for (String slot : List.of("items", "additionalProperties")) {
            JsonElement inner = property.get(slot);
            if (inner != null && inner.isJsonObject()) {
              JsonObject h = hoistValue(owner, p.getKey(), inner.getAsJsonObject(),
                  slot.equals("items"), work);
              if (h != null) {
                property.add(slot, h);
              }
            }
          }
        }
      }
    }
  }

  /** The reference that replaces an inline object or enum, or null to leave it. */
  private JsonObject hoistValue(String owner, String property, JsonObject value, boolean item,
      List<String> work) {
    if (Refs.schemaNameOf(value) != null || JsonTypes.forms(value) != null) {
      return null;
    }
    boolean object = value.has("properties") && value.getAsJsonObject("properties").size() > 0;
    JsonElement values = value.get("enum");
    boolean enumeration = values != null && values.isJsonArray() && values.getAsJsonArray().size() > 1;
    if (!object && !enumeration) {
      return null;
    }
    JsonObject body = value.deepCopy();
    for (String annotation : List.of("description", "title", "default", Schemas.NULLABLE)) {
      body.remove(annotation);
    }
    if (enumeration) {
      body.addProperty("type", "string");
    }
    String name = Hoisting.uniqueName(components,
        Hoisting.inlineName(context.rules(), owner, property, item), body);
    if (!components.has(name)) {
      components.add(name, body);
      work.add(name);
    }
    JsonObject ref = Hoisting.referenceKeeping(name, value, "properties", "required", "type",
        "enum", "additionalProperties", "items", "allOf");
    if (Schemas.isNullable(value)) {
      ref.addProperty(Schemas.NULLABLE, true);
    }
    return ref;
  }
}
