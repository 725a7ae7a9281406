package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lists the binary parts of every multipart request body last, keeping the order of the
 * others: xAI reads the metadata parts only when they come before the file, and the request
 * sends the parts in the order the schema lists them.
 */
final class MultipartOrder {

  private final ShapingContext context;

  MultipartOrder(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    for (Map.Entry<String, JsonElement> path : context.paths().entrySet()) {
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        if (!method.getValue().isJsonObject()) {
          continue;
        }
        JsonElement body = method.getValue().getAsJsonObject().get("requestBody");
        if (body == null || !body.isJsonObject()) {
          continue;
        }
        JsonElement content = body.getAsJsonObject().get("content");
        if (content == null || !content.isJsonObject()) {
          continue;
        }
        JsonElement form = content.getAsJsonObject().get("multipart/form-data");
        if (form == null || !form.isJsonObject() || !form.getAsJsonObject().has("schema")) {
          continue;
        }
        JsonObject schema = context.schemas()
            .resolve(form.getAsJsonObject().getAsJsonObject("schema"));
        JsonElement props = schema.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        JsonObject ordered = new JsonObject();
        List<Map.Entry<String, JsonElement>> files = new ArrayList<>();
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (isBinary(p.getValue())) {
            files.add(p);
          } else {
            ordered.add(p.getKey(), p.getValue());
          }
        }
        files.forEach(p -> ordered.add(p.getKey(), p.getValue()));
        schema.add("properties", ordered);
      }
    }
  }

  /** A file part: binary or base64 content (or a list of such), or one with a media type. */
  static boolean isBinary(JsonElement property) {
    if (!property.isJsonObject()) {
      return false;
    }
    JsonObject p = property.getAsJsonObject();
    if (p.has("items") && p.get("items").isJsonObject()) {
      return isBinary(p.get("items"));
    }
    JsonElement format = p.get("format");
    return format != null && format.isJsonPrimitive()
        && Set.of("binary", "byte").contains(format.getAsString().toLowerCase(Locale.ROOT))
        || p.has("contentMediaType");
  }
}
