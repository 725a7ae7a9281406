package io.github.xaijava.internal.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads xAI's flat {@code {"code","error"}} error body. Never throws: an error body is
 * whatever the server (or a proxy) sent, and a bad body must still yield the status exception.
 */
final class ErrorBodyParser {

  /** The parsed fields; either may be null. */
  record Parsed(String code, String error) {}

  private static final Parsed NOTHING = new Parsed(null, null);

  private ErrorBodyParser() {
  }

  static Parsed parse(String body) {
    if (body == null || body.isBlank()) {
      return NOTHING;
    }
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      // Plain text (xAI's 422) or HTML from a proxy: keep no fields, the raw text stays.
      return NOTHING;
    }
    try {
      JsonElement root = JsonParser.parseString(trimmed);
      if (!root.isJsonObject()) {
        return NOTHING;
      }
      JsonObject obj = root.getAsJsonObject();
      String code = text(obj.get("code"));
      JsonElement err = obj.get("error");
      String error;
      if (err != null && err.isJsonObject()) {
        // OpenAI-style nested form, seen from compatible proxies: {"error":{"message","code"}}.
        JsonObject nested = err.getAsJsonObject();
        error = text(nested.get("message"));
        if (code == null) {
          code = text(nested.get("code"));
        }
        if (code == null) {
          code = text(nested.get("type"));
        }
      } else {
        error = text(err);
      }
      if (error == null) {
        error = text(obj.get("message"));
      }
      return new Parsed(code, error);
    } catch (RuntimeException e) {
      // Malformed JSON, deep nesting, anything: the raw body is kept by the caller.
      return NOTHING;
    }
  }

  private static String text(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive()) {
      String s = e.getAsString();
      return s.isBlank() ? null : s;
    }
    return e.toString();
  }
}
