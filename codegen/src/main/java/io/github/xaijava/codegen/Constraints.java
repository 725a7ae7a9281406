package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentence a property's Javadoc ends with: its JSON name, its constant, and the limits the
 * document states (range, sizes, default, format), which the Java types cannot carry and a
 * reader would otherwise have to look up in xAI's reference.
 */
final class Constraints {

  private static final Set<String> FORMATS = Set.of("date", "date-time", "uri", "email", "uuid", "byte");

  private final Schemas schemas;

  Constraints(Schemas schemas) {
    this.schemas = schemas;
  }

  /** {@code JSON {@code max_tokens}; at least 1; required.} and the like. */
  String describe(String json, JsonObject property, boolean required) {
    JsonObject s = schemas.resolve(property);
    List<String> parts = new ArrayList<>();
    String low = number(property, "minimum", "exclusiveMinimum");
    String high = number(property, "maximum", "exclusiveMaximum");
    if (low != null && high != null) {
      parts.add("range " + low + " to " + high);
    } else if (low != null) {
      parts.add("at least " + low);
    } else if (high != null) {
      parts.add("at most " + high);
    }
    if (property.has("maxItems")) {
      parts.add("at most " + property.get("maxItems") + " items");
    }
    if (property.has("minItems")) {
      parts.add("at least " + property.get("minItems") + " items");
    }
    if (property.has("maxLength")) {
      parts.add("at most " + property.get("maxLength") + " characters");
    }
    JsonElement def = property.get("default");
    if (def != null && !def.isJsonNull()) {
      parts.add("default " + (def.isJsonPrimitive() && def.getAsJsonPrimitive().isString()
          ? "{@code \"" + Javadoc.escape(def.getAsString()) + "\"}"
          : "{@code " + Javadoc.escape(def.toString()) + "}"));
    }
    String format = s.has("format") && s.get("format").isJsonPrimitive()
        ? s.get("format").getAsString() : null;
    if (format != null && FORMATS.contains(format)) {
      parts.add("format " + format);
    }
    StringBuilder out = new StringBuilder("JSON {@code ").append(Javadoc.escape(json)).append("}");
    String constant = Schemas.constant(property);
    if (constant != null) {
      out.append(", always {@code \"").append(Javadoc.escape(constant)).append("\"}");
    }
    if (!parts.isEmpty()) {
      out.append("; ").append(String.join(", ", parts));
    }
    if (required && constant == null) {
      out.append("; required");
    }
    return out.append('.').toString();
  }

  /** The inclusive bound, else the exclusive one marked so; integral values without {@code .0}. */
  private static String number(JsonObject property, String inclusive, String exclusive) {
    JsonElement e = property.get(inclusive);
    String prefix = "";
    if (e == null || !e.isJsonPrimitive()) {
      e = property.get(exclusive);
      prefix = "(exclusive) ";
    }
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    String text = e.getAsString();
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    return prefix.isEmpty() ? text : text + " " + prefix.trim();
  }
}
