package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Properties the document calls required that real answers omit (the {@code notRequired} rules,
 * from the wire notes) are read as optional, so their accessors return {@code Optional} instead
 * of throwing. A rule whose property is not required (or absent) is noted, not an error: older
 * documents lack some names.
 */
final class NotRequired {

  private final ShapingContext context;

  NotRequired(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    JsonObject components = context.components();
    for (String key : context.rules().notRequired) {
      int dot = key.indexOf('.');
      String owner = key.substring(0, dot);
      String property = key.substring(dot + 1);
      JsonObject schema = components.has(owner) ? components.getAsJsonObject(owner) : null;
      boolean found = false;
      if (schema != null) {
        for (JsonObject part : Schemas.objectParts(schema)) {
          JsonElement required = part.get("required");
          if (required != null && required.isJsonArray()
              && required.getAsJsonArray().remove(new JsonPrimitive(property))) {
            found = true;
          }
        }
      }
      if (!found) {
        context.note("notRequired rule " + key + ": not a required property");
      }
    }
  }
}
