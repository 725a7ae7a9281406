package io.github.xaijava.generated.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the structure of two OpenAPI documents: paths, methods, operation ids, parameters,
 * schema names, properties, types, enums, required lists and every other keyword that shapes the
 * wire. Prose (descriptions, summaries, titles, examples) and grouping (tags) are ignored, as are
 * {@code info} and {@code servers}.
 */
final class StructuralDiff {

  /** Keywords that carry words for people, not wire structure. */
  private static final Set<String> PROSE =
      Set.of("description", "summary", "title", "example", "examples", "tags", "externalDocs");
  /** Top-level members that describe the document rather than the API. */
  private static final Set<String> DOCUMENT_ONLY = Set.of("info", "servers", "tags");
  /** Keywords whose object members are names (of paths, properties, schemas, media types...). */
  private static final Set<String> NAME_MAPS =
      Set.of("paths", "properties", "schemas", "responses", "content", "securitySchemes",
          "patternProperties", "headers", "encoding", "mapping");

  private final List<String> differences = new ArrayList<>();

  private StructuralDiff() {
  }

  /** Differences between {@code expected} and {@code actual}, one line each, empty when equal. */
  static List<String> between(JsonElement expected, JsonElement actual) {
    StructuralDiff diff = new StructuralDiff();
    diff.compare("$", document(expected), document(actual), false);
    return diff.differences;
  }

  private static JsonElement document(JsonElement root) {
    JsonObject copy = root.getAsJsonObject().deepCopy();
    DOCUMENT_ONLY.forEach(copy::remove);
    return copy;
  }

  private void compare(String path, JsonElement expected, JsonElement actual, boolean namesLevel) {
    if (expected.isJsonObject() && actual.isJsonObject()) {
      JsonObject left = expected.getAsJsonObject();
      JsonObject right = actual.getAsJsonObject();
      Set<String> names = new TreeSet<>(left.keySet());
      names.addAll(right.keySet());
      for (String name : names) {
        if (!namesLevel && PROSE.contains(name)) {
          continue;
        }
        String child = path + "." + name;
        if (!left.has(name)) {
          differences.add("only ours: " + child);
        } else if (!right.has(name)) {
          differences.add("only xAI's: " + child);
        } else {
          boolean childNames = !namesLevel && NAME_MAPS.contains(name);
          compare(child, left.get(name), right.get(name), childNames);
        }
      }
    } else if (expected.isJsonArray() && actual.isJsonArray()) {
      JsonArray left = expected.getAsJsonArray();
      JsonArray right = actual.getAsJsonArray();
      if (left.size() != right.size()) {
        differences.add("size differs at " + path + ": " + left.size() + " vs " + right.size());
        return;
      }
      for (int i = 0; i < left.size(); i++) {
        compare(path + "[" + i + "]", left.get(i), right.get(i), false);
      }
    } else if (!expected.equals(actual)) {
      differences.add("value differs at " + path + ": " + expected + " vs " + actual);
    }
  }
}
