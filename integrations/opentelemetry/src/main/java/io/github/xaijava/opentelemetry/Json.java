package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;

/**
 * Tolerant reads of xAI's JSON: a missing member, a JSON null and a value of another type all
 * read as absent (null here, never an exception), because telemetry must not fail a call that
 * the client itself accepts.
 */
final class Json {

  private Json() {
  }

  static JsonObject object(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  static JsonArray array(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e != null && e.isJsonArray() ? e.getAsJsonArray() : null;
  }

  static String string(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
        ? e.getAsString() : null;
  }

  static Long integer(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      return e.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
    } catch (ArithmeticException | NumberFormatException notAnInteger) {
      return null;
    }
  }

  /** {@code a + b}, where an absent value counts as 0 unless both are absent. */
  static Long plus(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }

  static JsonObject parseObject(String text) {
    try {
      JsonElement e = JsonParser.parseString(text);
      return e.isJsonObject() ? e.getAsJsonObject() : null;
    } catch (JsonSyntaxException | IllegalStateException e) {
      return null;
    }
  }

  /** A JSON text as its value when it parses (tool arguments are objects), else the text itself. */
  static JsonElement valueOf(String jsonText) {
    if (jsonText == null) {
      return null;
    }
    try {
      return JsonParser.parseString(jsonText);
    } catch (JsonSyntaxException e) {
      return new JsonPrimitive(jsonText);
    }
  }
}
