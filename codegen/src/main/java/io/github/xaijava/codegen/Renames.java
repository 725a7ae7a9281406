package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives every schema its Java class name: the {@code renames} rule, else the name the generator
 * would derive ({@link Names#javaModelName}), numbered where two would clash; references
 * follow. Done here rather than by the generator so that the passes after this one, and the
 * templates, see the names the classes will have. Replaces the schemas object in the context
 * (keeping the order of the schemas); a rule for a schema the document lacks is noted.
 */
final class Renames {

  /** The simple names the model templates import (generated/src/main/templates/model.mustache). */
  static final Set<String> IMPORTED = Set.of("HolderUnionAdapter", "ModelAdapter", "ModelJson",
      "ModelValues", "SealedUnionAdapter", "MissingPropertyException", "OneOf",
      "OpenEnum", "UnknownForm", "XaiModel", "ModelTypeAdapters", "Gson", "JsonElement",
      "JsonPrimitive", "TypeAdapter", "JsonReader", "JsonWriter", "IOException", "LinkedHashMap",
      "List", "Map", "Objects", "Optional", "Set");

  private final ShapingContext context;
  private final JsonObject components;

  Renames(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    Map<String, String> rules = context.rules().renames;
    Map<String, String> renamed = new LinkedHashMap<>();
    // The model files import these by simple name: a schema of the same name gets a suffix.
    Set<String> taken = new LinkedHashSet<>(IMPORTED);
    for (String name : components.keySet()) {
      String target = rules.getOrDefault(name, Names.javaModelName(name));
      String unique = target;
      for (int n = 2; taken.contains(unique); n++) {
        unique = target + n;
      }
      taken.add(unique);
      renamed.put(name, unique);
    }
    for (String from : rules.keySet()) {
      if (!components.has(from)) {
        context.note("rename rule for " + from + ": no such schema");
      }
    }
    if (renamed.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return;
    }
    JsonObject copy = new JsonObject();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      copy.add(renamed.get(c.getKey()), c.getValue());
    }
    context.replaceSchemas(copy);
    Schemas.rewriteRefs(context.document(), renamed);
  }
}
