package io.github.xaijava.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiJson;

/** Small helpers for wire-format assertions. */
public final class Json {

  private Json() {
  }

  public static JsonElement tree(String json) {
    return JsonParser.parseString(json);
  }

  public static <T> T read(String json, Class<T> type) {
    return XaiJson.gson().fromJson(json, type);
  }

  public static String write(Object value) {
    return XaiJson.gson().toJson(value);
  }

  /** Reads {@code json} as {@code type}, writes it back and asserts the same JSON (any key order). */
  public static <T> T assertRoundTrip(String json, Class<T> type) {
    T value = read(json, type);
    assertEquals(tree(json), tree(write(value)), () -> type.getSimpleName() + " round trip");
    return value;
  }
}
