package io.github.xaijava.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;

/**
 * Which members of an OpenAPI document are words for people rather than structure, and how to
 * walk a document without mistaking a name for a keyword (a property called
 * {@code description} is structure; a schema's {@code description} keyword is prose).
 */
final class Prose {

  /** Keywords whose values are text for people (or samples), never structure. */
  static final Set<String> KEYWORDS =
      Set.of("description", "summary", "title", "example", "examples", "externalDocs");

  /** Of those, the ones we write ourselves and keep across an update. */
  static final Set<String> OURS = Set.of("description", "summary", "title");

  /** Keywords whose members are names (of properties, paths, media types...), not keywords. */
  static final Set<String> NAME_MAPS = Set.of("paths", "properties", "patternProperties", "$defs",
      "definitions", "dependentSchemas", "schemas", "responses", "content", "headers", "encoding",
      "securitySchemes", "parameters", "requestBodies", "callbacks", "links", "mapping",
      "variables", "webhooks", "pathItems");

  /** Keywords whose values are data (allowed values, defaults), copied as they are. */
  static final Set<String> DATA = Set.of("enum", "const", "default", "required");

  private Prose() {
  }

  /** A copy of {@code element} without prose; {@code namesLevel} when its members are names. */
  static JsonElement strip(JsonElement element, boolean namesLevel) {
    if (element instanceof JsonObject) {
      JsonObject copy = new JsonObject();
      for (var member : ((JsonObject) element).entrySet()) {
        String key = member.getKey();
        if (!namesLevel && KEYWORDS.contains(key)) {
          continue;
        }
        if (!namesLevel && (DATA.contains(key) || key.startsWith("x-"))) {
          copy.add(key, member.getValue().deepCopy());
        } else {
          copy.add(key, strip(member.getValue(), !namesLevel && NAME_MAPS.contains(key)));
        }
      }
      return copy;
    }
    if (element != null && element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      for (JsonElement item : element.getAsJsonArray()) {
        copy.add(strip(item, false));
      }
      return copy;
    }
    return element == null ? null : element.deepCopy();
  }
}
