package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import java.util.ArrayList;
import java.util.Map;

/**
 * A union written inline as a property's schema becomes a named schema of its own (named by
 * {@link Hoisting#inlineName}), and the property a reference to it: every union then is a
 * component, which the union passes after this one work on, and no generated name contains
 * {@code _oneOf}. Unions deeper down (in items, say) are left where they are.
 */
final class HoistUnions {

  private final ShapingContext context;
  private final JsonObject components;

  HoistUnions(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    for (String owner : new ArrayList<>(components.keySet())) {
      JsonObject schema = components.getAsJsonObject(owner);
      for (JsonObject part : Schemas.objectParts(schema)) {
        JsonElement props = part.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (p.getValue().isJsonObject() && JsonTypes.forms(p.getValue().getAsJsonObject()) != null) {
            JsonObject property = p.getValue().getAsJsonObject();
            String name = Hoisting.uniqueName(components,
                Hoisting.inlineName(context.rules(), owner, p.getKey(), false), property);
            JsonObject union = new JsonObject();
            union.add("oneOf", JsonTypes.forms(property).deepCopy());
            components.add(name, union);
            p.setValue(Hoisting.referenceKeeping(name, property, "oneOf", "anyOf"));
          }
        }
      }
    }
  }
}
