package io.github.xaijava.simulator.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Gson set up to write JSON the way xAI does (no HTML escaping, explicit nulls), plus small helpers. */
public final class Json {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Json() {}

  /** Compact JSON text of {@code element}. */
  public static String write(JsonElement element) {
    return GSON.toJson(element);
  }

  /** UTF-8 bytes of the compact JSON text of {@code element}. */
  public static byte[] bytes(JsonElement element) {
    return write(element).getBytes(StandardCharsets.UTF_8);
  }

  /** The string at {@code key}, or {@code fallback} when absent, null or not a string. */
  public static String string(JsonObject object, String key, String fallback) {
    JsonElement e = object == null ? null : object.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : fallback;
  }

  /** The integer at {@code key}, or {@code fallback} when absent, null or not a number. */
  public static long integer(JsonObject object, String key, long fallback) {
    JsonElement e = object == null ? null : object.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsLong() : fallback;
  }

  /** The boolean at {@code key}, or {@code fallback} when absent, null or not a boolean. */
  public static boolean bool(JsonObject object, String key, boolean fallback) {
    JsonElement e = object == null ? null : object.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : fallback;
  }

  /** The object at {@code key}, or null. */
  public static JsonObject object(JsonObject object, String key) {
    JsonElement e = object == null ? null : object.get(key);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  /** The array at {@code key}, or an empty array. */
  public static JsonArray array(JsonObject object, String key) {
    JsonElement e = object == null ? null : object.get(key);
    return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
  }

  /** A JSON string, or JSON null for a null {@code value}. */
  public static JsonElement nullable(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }

  /** A JSON array of strings. */
  public static JsonArray strings(Collection<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /** Starts an object; see {@link Obj}. */
  public static Obj obj() {
    return new Obj();
  }

  /** A fluent builder for a {@link JsonObject} whose fields keep the order they were put in. */
  public static final class Obj {
    private final JsonObject o = new JsonObject();

    private Obj() {}

    public Obj put(String key, String value) {
      o.add(key, nullable(value));
      return this;
    }

    public Obj put(String key, Number value) {
      o.add(key, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
      return this;
    }

    public Obj put(String key, boolean value) {
      o.addProperty(key, value);
      return this;
    }

    public Obj put(String key, JsonElement value) {
      o.add(key, value == null ? JsonNull.INSTANCE : value);
      return this;
    }

    public Obj put(String key, Obj value) {
      o.add(key, value.build());
      return this;
    }

    /** Puts {@code value} only when it is not null. */
    public Obj putIfPresent(String key, JsonElement value) {
      if (value != null) {
        o.add(key, value);
      }
      return this;
    }

    public JsonObject build() {
      return o;
    }
  }
}
