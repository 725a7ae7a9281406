package io.github.xaijava.internal.sockets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;

/**
 * Not API. Reading the members of a JSON frame leniently: the sockets' sources disagree on what
 * is always present, so an absent string reads as {@code ""}, an absent number as -1, an absent
 * object as empty, and a frame that is not a JSON object as an object with only its text.
 */
public final class Frames {

  private Frames() {
  }

  /** The frame as an object; text that is not one becomes {@code {"type":"", "text": text}}. */
  public static JsonObject parse(String text) {
    try {
      JsonElement e = JsonParser.parseString(text);
      if (e.isJsonObject()) {
        return e.getAsJsonObject();
      }
    } catch (JsonParseException | IllegalStateException e) {
      // falls through: handed out as an unknown event with the text kept
    }
    JsonObject odd = new JsonObject();
    odd.addProperty("type", "");
    odd.addProperty("text", text);
    return odd;
  }

  public static String string(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    if (e == null || e.isJsonNull()) {
      return "";
    }
    return e.isJsonPrimitive() ? e.getAsString() : e.toString();
  }

  public static long number(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    try {
      return e == null || !e.isJsonPrimitive() ? -1 : e.getAsJsonPrimitive().getAsLong();
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  public static double decimal(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    try {
      return e == null || !e.isJsonPrimitive() ? -1 : e.getAsJsonPrimitive().getAsDouble();
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  public static boolean flag(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
  }

  public static Optional<JsonObject> object(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e != null && e.isJsonObject() ? Optional.of(e.getAsJsonObject()) : Optional.empty();
  }

  /** An error frame's code/type/message, from the nested {@code error} object or the top level. */
  public static String[] error(JsonObject frame) {
    JsonObject nested = object(frame, "error").orElse(null);
    String message = nested != null ? string(nested, "message") : "";
    if (message.isEmpty()) {
      message = string(frame, "message");
    }
    if (message.isEmpty() && frame.has("error") && !frame.get("error").isJsonObject()) {
      message = string(frame, "error");
    }
    String code = nested != null ? string(nested, "code") : "";
    if (code.isEmpty()) {
      code = string(frame, "code");
    }
    String type = nested != null ? string(nested, "type") : "";
    return new String[] {code, type, message};
  }
}
