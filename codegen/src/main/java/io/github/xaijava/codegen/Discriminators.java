package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Supplies the discriminator values the document leaves out: xAI types many {@code type}
 * properties as a plain string, which would leave their unions without a way to tell forms
 * apart. By the {@code discriminators} rules, one value makes the property a constant (a
 * one-value {@code enum}); several are recorded under {@link Schemas#VALUES} as the values the
 * form claims. A property that already says its value is left as the document says it.
 */
final class Discriminators {

  private final ShapingContext context;

  Discriminators(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    for (Map.Entry<String, List<String>> rule : context.rules().discriminators.entrySet()) {
      String key = rule.getKey();
      int dot = key.indexOf('.');
      JsonObject found = context.schemas()
          .declaredProperty(key.substring(0, dot), key.substring(dot + 1));
      if (found == null) {
        context.note("discriminator rule " + key + ": no such property");
        continue;
      }
      if (Schemas.constant(found) != null || found.has("enum")) {
        continue; // the document says it itself
      }
      JsonArray values = new JsonArray();
      rule.getValue().forEach(values::add);
      if (rule.getValue().size() == 1) {
        found.add("enum", values);
      } else {
        found.add(Schemas.VALUES, values);
      }
    }
  }
}
