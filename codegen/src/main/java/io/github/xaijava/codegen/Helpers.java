package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Switches on the convenience methods the {@code helpers} rules give a model class (rendered
 * from template partials), under {@code x-xai-helpers}: a helper only where what it uses is
 * there (a property, or a schema written {@code #Name}), since an older document may lack it;
 * one left out is noted. Only pojos get helpers, so this runs after {@link AnnotateModels}
 * has marked the kinds.
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
    JsonObject flags = new JsonObject();
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
      if (missing.isEmpty()) {
        flags.addProperty(helper.name(), true);
      } else {
        context.note("helper " + helper.name() + " of " + name + " left out: no " + missing);
      }
    }
    schema.add("x-xai-helpers", flags);
  }
}
