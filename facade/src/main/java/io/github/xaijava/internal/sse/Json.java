package io.github.xaijava.internal.sse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Lenient field access on event JSON: a missing or mistyped field reads as a default. */
final class Json {

  private Json() {
  }

  static String string(JsonObject json, String name) {
    JsonElement e = json.get(name);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  static int integer(JsonObject json, String name) {
    return (int) number(json, name, -1);
  }

  static long number(JsonObject json, String name, long absent) {
    JsonElement e = json.get(name);
    if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
      return e.getAsLong();
    }
    return absent;
  }

  static JsonObject object(JsonObject json, String name) {
    JsonElement e = json.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  static JsonObject parseObject(String data) {
    try {
      JsonElement element = com.google.gson.JsonParser.parseString(data);
      if (element.isJsonObject()) {
        return element.getAsJsonObject();
      }
    } catch (com.google.gson.JsonParseException e) {
      throw StreamErrors.malformed(data, e);
    }
    throw StreamErrors.malformed(data, null);
  }
}
