package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Component schemas that were renamed: a name gone from the older document and a new name in
 * the newer one whose structure (prose aside) is exactly the same, each the only match of the
 * other.
 */
final class Renames {

  private Renames() {
  }

  /** Old name to new name. */
  static Map<String, String> detect(OpenApiDocument older, OpenApiDocument newer) {
    List<String> gone = new ArrayList<>();
    for (String name : older.schemaNames()) {
      if (newer.schema(name).isEmpty()) {
        gone.add(name);
      }
    }
    List<String> fresh = new ArrayList<>();
    for (String name : newer.schemaNames()) {
      if (older.schema(name).isEmpty()) {
        fresh.add(name);
      }
    }
    Map<String, String> renames = new LinkedHashMap<>();
    if (gone.isEmpty() || fresh.isEmpty()) {
      return renames;
    }
    Map<String, JsonElement> freshShapes = new LinkedHashMap<>();
    for (String name : fresh) {
      freshShapes.put(name, Prose.strip(newer.schema(name).orElseThrow(), false));
    }
    Map<String, JsonElement> goneShapes = new LinkedHashMap<>();
    for (String name : gone) {
      goneShapes.put(name, Prose.strip(older.schema(name).orElseThrow(), false));
    }
    for (Map.Entry<String, JsonElement> old : goneShapes.entrySet()) {
      String match = null;
      int matches = 0;
      for (Map.Entry<String, JsonElement> candidate : freshShapes.entrySet()) {
        if (candidate.getValue().equals(old.getValue())) {
          match = candidate.getKey();
          matches++;
        }
      }
      if (matches != 1) {
        continue;
      }
      int reverse = 0;
      for (JsonElement shape : goneShapes.values()) {
        if (shape.equals(freshShapes.get(match))) {
          reverse++;
        }
      }
      if (reverse == 1) {
        renames.put(old.getKey(), match);
      }
    }
    return renames;
  }
}
