package io.github.xaijava.internal.sse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.xaijava.generated.internal.ModelJson;
import java.io.IOException;
import java.io.StringReader;

/**
 * Lenient reads of an event's members straight from a {@link JsonReader}: a member of an
 * unexpected type reads as absent instead of failing the event.
 */
final class EventFields {

  private EventFields() {
  }

  /** A reader over an event's data, positioned inside its top-level object. */
  static JsonReader open(String data) throws IOException {
    JsonReader in = new JsonReader(new StringReader(data));
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      throw new IllegalStateException("not a JSON object");
    }
    in.beginObject();
    return in;
  }

  static String string(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
      return in.nextString();
    }
    if (token == JsonToken.BOOLEAN) {
      return String.valueOf(in.nextBoolean());
    }
    in.skipValue();
    return null;
  }

  static long number(JsonReader in, long absent) throws IOException {
    if (in.peek() == JsonToken.NUMBER) {
      try {
        return in.nextLong();
      } catch (NumberFormatException notWhole) {
        in.skipValue(); // the reader keeps a number it could not convert
        return absent;
      }
    }
    in.skipValue();
    return absent;
  }

  static JsonObject object(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.BEGIN_OBJECT) {
      JsonElement element = ModelJson.readElement(in);
      return element.getAsJsonObject();
    }
    in.skipValue();
    return null;
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
