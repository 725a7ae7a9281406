package io.github.xaijava.internal.services;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.support.XaiModel;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.params.PageParams;
import java.util.HashMap;
import java.util.Map;

/**
 * Not API. A parameter object of the facade ({@code FileListParams}, {@code CursorListParams},
 * {@code FileUploadOptions}, or a generated model of an upload's form fields) as wire values by
 * wire name, so that the generated services pass
 * each query parameter or form field of an operation by its name in the document, in whatever
 * Java type the generated Retrofit method declares for it. A name the object does not set is
 * null: not sent.
 */
final class WireParams {

  private final Map<String, JsonElement> values = new HashMap<>();

  private WireParams() {
  }

  static WireParams of(Object params) {
    WireParams w = new WireParams();
    if (params instanceof FileListParams p) {
      // The limit is always sent: the file list's token never ends it, only a short page can.
      w.put("limit", p.effectiveLimit());
      p.order().ifPresent(o -> w.put("order", o.wireValue()));
      p.sortBy().ifPresent(v -> w.put("sort_by", v));
      p.filter().ifPresent(v -> w.put("filter", v));
    } else if (params instanceof CursorListParams p) {
      p.limit().ifPresent(v -> w.put("limit", v));
      p.order().ifPresent(o -> w.put("order", o.wireValue()));
    } else if (params instanceof PageParams p) {
      p.limit().ifPresent(v -> w.put("limit", v));
    } else if (params instanceof FileUploadOptions p) {
      p.expiresAfter().ifPresent(d -> w.put("expires_after", d.getSeconds()));
      p.purpose().ifPresent(v -> w.put("purpose", v));
    } else if (params instanceof XaiModel model) {
      // A generated model of form fields: its JSON members are the parts, by wire name.
      XaiJson.gson().toJsonTree(model).getAsJsonObject().entrySet()
          .forEach(e -> w.values.put(e.getKey(), e.getValue()));
    } else {
      throw new IllegalArgumentException("no wire form for " + params.getClass().getName());
    }
    return w;
  }

  private void put(String name, Object value) {
    values.put(name, value instanceof Number n ? new JsonPrimitive(n) : new JsonPrimitive(value.toString()));
  }

  /** The list {@code name} with each item read as {@code type} (a repeated part), or null. */
  <V> java.util.List<V> list(String name, Class<V> type) {
    JsonElement value = values.get(name);
    if (value == null || !value.isJsonArray()) {
      return null;
    }
    java.util.List<V> out = new java.util.ArrayList<>();
    value.getAsJsonArray().forEach(item -> out.add(XaiJson.gson().fromJson(item, type)));
    return out;
  }

  /** The value of {@code name} read as {@code type} (a number, text or a generated enum), or null. */
  <V> V get(String name, Class<V> type) {
    JsonElement value = values.get(name);
    return value == null ? null : XaiJson.gson().fromJson(value, type);
  }
}
