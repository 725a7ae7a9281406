package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Refs;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a schema written inline becomes a named one ({@link HoistUnions}, {@link UnionForms},
 * {@link HoistInlineObjects}): its name, and the reference that takes its place.
 */
final class Hoisting {

  private Hoisting() {
  }

  /**
   * The name of the schema hoisted out of {@code owner}'s {@code property} (or out of its items,
   * {@code item}): the {@code inlineNames} rule for {@code Owner.property} (or
   * {@code Owner.property[]}), else the owner's name and the property's.
   */
  static String inlineName(Shaping rules, String owner, String property, boolean item) {
    String key = owner + "." + property + (item ? "[]" : "");
    String configured = rules.inlineNames.get(key);
    if (configured != null) {
      return configured;
    }
    String base = Names.pascal(property);
    return owner + (item ? Names.pascal(Names.singular(Names.camel(property))) : base);
  }

  /**
   * {@code wanted}, or a variant of it, that names either no schema yet or one whose JSON equals
   * {@code schema} (identical inline forms of two unions share one class).
   */
  static String uniqueName(JsonObject components, String wanted, JsonObject schema) {
    String name = wanted;
    for (int n = 2; components.has(name); n++) {
      if (components.get(name).equals(schema)) {
        return name;
      }
      name = wanted + n;
    }
    return name;
  }

  /**
   * A {@code $ref} to {@code name} keeping the annotations of {@code original} (its description
   * and {@code x-*} keys, but not {@code drop}): what a property says about its value stays with
   * the property.
   */
  static JsonObject referenceKeeping(String name, JsonObject original, String... drop) {
    JsonObject ref = Refs.schemaRef(name);
    Set<String> dropped = new LinkedHashSet<>(List.of(drop));
    for (Map.Entry<String, JsonElement> e : original.entrySet()) {
      if (!dropped.contains(e.getKey()) && !ref.has(e.getKey())
          && (e.getKey().equals("description") || e.getKey().startsWith("x-"))) {
        ref.add(e.getKey(), e.getValue().deepCopy());
      }
    }
    return ref;
  }
}
