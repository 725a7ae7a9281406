package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Refs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A schema that is only a reference to another ({@code InputItemEntry} becomes
 * {@code ModelInputPart} once {@link Normalise} has read its {@code allOf}) is removed and every
 * reference to it points at its target instead (through chains of such aliases), so no empty
 * class is generated for it.
 */
final class InlineAliases {

  private final ShapingContext context;
  private final JsonObject components;

  InlineAliases(ShapingContext context) {
    this.context = context;
    this.components = context.components();
  }

  void apply() {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      String target = Refs.schemaNameOf(c.getValue());
      if (target != null && !target.equals(c.getKey()) && components.has(target)) {
        aliases.put(c.getKey(), target);
      }
    }
    if (aliases.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      String target = alias.getValue();
      // Bounded: a cycle of aliases ends somewhere on the cycle instead of looping.
      for (int hops = 0; aliases.containsKey(target) && hops < 16; hops++) {
        target = aliases.get(target);
      }
      alias.setValue(target);
    }
    aliases.keySet().forEach(components::remove);
    Schemas.rewriteRefs(context.document(), aliases);
  }
}
