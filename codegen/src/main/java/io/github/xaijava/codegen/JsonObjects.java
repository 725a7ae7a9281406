package io.github.xaijava.codegen;

import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;

/**
 * Properties whose value is a JSON schema or other free-form JSON object ({@code {}} in the
 * document, which says nothing of its type) are typed {@code object} by the {@code jsonObjects}
 * rules, so they become {@code JsonObject} rather than {@code JsonElement}. A property that
 * states a type, a reference or forms is left as it is.
 */
final class JsonObjects {

  private final ShapingContext context;

  JsonObjects(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    for (String key : context.rules().jsonObjects) {
      int dot = key.indexOf('.');
      JsonObject found = context.schemas()
          .declaredProperty(key.substring(0, dot), key.substring(dot + 1));
      if (found == null) {
        context.note("jsonObjects rule " + key + ": no such property");
      } else if (!found.has("type") && !found.has("$ref") && JsonTypes.forms(found) == null) {
        found.addProperty("type", "object");
      }
    }
  }
}
