package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives a model class the convenience methods its {@code helpers} rules name: each is a small
 * hand-written interface of default methods over the model's public accessors
 * ({@code generated/src/main/java/.../model/ChatResponseText.java}, …), compiled like any other
 * code, which the class (or, with {@code "on": "builder"}, its builder) implements. A helper
 * needs what it names to be in the document (a property, or a schema written {@code #Name}): if
 * that is gone, the build fails here, saying which, rather than the class quietly losing public
 * methods. Only pojos get helpers, so this runs after {@link AnnotateModels} has marked the kinds.
 */
final class Helpers {

  private final ShapingContext context;
  private final JsonObject components;

  Helpers(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      JsonObject schema = c.getValue().getAsJsonObject();
      JsonElement kind = schema.get("x-xai-kind");
      if (kind != null && kind.getAsString().equals("pojo")) {
        helpers(c.getKey(), schema);
      }
    }
  }

  private void helpers(String name, JsonObject schema) {
    List<Shaping.Helper> wanted = context.rules().helpers.get(name);
    if (wanted == null) {
      return;
    }
    Map<String, JsonObject> props = context.schemas().properties(schema);
    for (Shaping.Helper helper : wanted) {
      List<String> missing = new ArrayList<>();
      for (String requirement : helper.requires()) {
        boolean ok = requirement.startsWith("#")
            ? components.has(requirement.substring(1))
            : props.containsKey(requirement);
        if (!ok) {
          missing.add(requirement);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("helper " + helper.name() + " of " + name
            + " needs " + missing + ", which the document no longer has: its public methods"
            + " would be lost. Rewrite the helper for the new document, or drop its rule from"
            + " generated/shaping.json on purpose.");
      }
      String key = helper.onBuilder() ? "x-xai-builder-implements" : "x-xai-implements";
      JsonArray list = schema.has(key) ? schema.getAsJsonArray(key) : new JsonArray();
      list.add(helper.name());
      schema.add(key, list);
    }
  }
}
