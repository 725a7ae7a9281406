package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Operations;

/**
 * Marks the path parameters that a custom verb follows ({@code /v1/batches/{batch_id}:cancel},
 * in the style of Google's APIs) with {@code x-xai-encoded}: the value must be percent-encoded
 * as a whole path segment, a {@code :} in it included, so that the verb after it stays the only
 * literal colon. Retrofit leaves a {@code :} as it is, so the Retrofit method takes the value
 * already encoded ({@code @Path(encoded = true)}) and the service encodes it.
 */
final class CustomVerbs {

  /** The key on a parameter whose value is sent encoded by the service. */
  static final String ENCODED = "x-xai-encoded";

  private final ShapingContext context;

  CustomVerbs(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    for (Operations.Operation op : Operations.of(context.document())) {
      JsonElement parameters = op.node().get("parameters");
      if (parameters == null || !parameters.isJsonArray()) {
        continue;
      }
      for (JsonElement p : parameters.getAsJsonArray()) {
        if (!p.isJsonObject()) {
          continue;
        }
        JsonObject parameter = p.getAsJsonObject();
        JsonElement name = parameter.get("name");
        if (name != null && "path".equals(string(parameter.get("in")))
            && op.path().contains("{" + name.getAsString() + "}:")) {
          parameter.addProperty(ENCODED, true);
        }
      }
    }
  }

  private static String string(JsonElement e) {
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }
}
