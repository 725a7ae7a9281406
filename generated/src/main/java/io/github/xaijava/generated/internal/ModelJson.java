package io.github.xaijava.generated.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming read and write steps used by the generated adapters: values straight from a
 * {@link JsonReader} (no intermediate tree), {@code null} for JSON {@code null}, lists and maps
 * returned unmodifiable. Not for direct use.
 */
public final class ModelJson {

  private ModelJson() {
  }

  /** The adapter Gson has for {@code type}, typed as the caller's field. */
  @SuppressWarnings("unchecked")
  public static <T> TypeAdapter<T> adapter(Gson gson, Type type) {
    TypeAdapter<T> adapter = (TypeAdapter<T>) gson.getAdapter(TypeToken.get(type));
    if (type instanceof Class<?> c && JsonElement.class.isAssignableFrom(c)) {
      // JSON kept as JSON is written with its null members, as writeElement does.
      return new TypeAdapter<T>() {
        @Override
        public void write(JsonWriter out, T value) throws IOException {
          writeElement(out, (JsonElement) value);
        }

        @Override
        public T read(JsonReader in) throws IOException {
          return adapter.read(in);
        }
      };
    }
    return adapter;
  }

  public static String readString(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextString();
  }

  /** A string, or {@code absent} for JSON {@code null} (a constant property). */
  public static String readString(JsonReader in, String absent) throws IOException {
    String value = readString(in);
    return value == null ? absent : value;
  }

  public static Integer readInteger(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextInt();
  }

  public static Long readLong(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextLong();
  }

  public static Double readDouble(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextDouble();
  }

  public static Boolean readBoolean(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextBoolean();
  }

  /** A JSON value as a tree; {@code null} for JSON {@code null} (an absent value). */
  public static JsonElement readJson(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return readElement(in);
  }

  /** A JSON object as a tree; {@code null} for JSON {@code null}. */
  public static JsonObject readJsonObject(JsonReader in) throws IOException {
    JsonElement element = readJson(in);
    if (element == null) {
      return null;
    }
    if (!element.isJsonObject()) {
      throw new JsonSyntaxException("Expected a JSON object but was " + element + " at " + in.getPath());
    }
    return element.getAsJsonObject();
  }

  /** Any JSON value as a tree, JSON {@code null} included; numbers keep their text. */
  public static JsonElement readElement(JsonReader in) throws IOException {
    return JsonParser.parseReader(in);
  }

  /** Reads the rest of an object whose opening brace was consumed into {@code into}. */
  public static JsonObject readRest(JsonReader in, JsonObject into) throws IOException {
    while (in.hasNext()) {
      String name = in.nextName();
      into.add(name, readElement(in));
    }
    in.endObject();
    return into;
  }

  public static void writeElement(JsonWriter out, JsonElement element) throws IOException {
    if (element == null || element.isJsonNull()) {
      // A null kept from JSON (in free-form JSON, or an unknown member) is written as null: a
      // writer that does not serialize nulls would otherwise drop it and its member's name.
      boolean serializeNulls = out.getSerializeNulls();
      out.setSerializeNulls(true);
      try {
        out.nullValue();
      } finally {
        out.setSerializeNulls(serializeNulls);
      }
    } else if (element.isJsonObject()) {
      out.beginObject();
      for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
        out.name(e.getKey());
        writeElement(out, e.getValue());
      }
      out.endObject();
    } else if (element.isJsonArray()) {
      out.beginArray();
      for (JsonElement e : element.getAsJsonArray()) {
        writeElement(out, e);
      }
      out.endArray();
    } else {
      JsonPrimitive p = element.getAsJsonPrimitive();
      if (p.isBoolean()) {
        out.value(p.getAsBoolean());
      } else if (p.isNumber()) {
        out.value(p.getAsNumber());
      } else {
        out.value(p.getAsString());
      }
    }
  }

  /** A list read with {@code element}; unmodifiable; {@code null} for JSON {@code null}. */
  public static <E> List<E> readList(JsonReader in, TypeAdapter<E> element) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    List<E> list = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      list.add(element.read(in));
    }
    in.endArray();
    return Collections.unmodifiableList(list);
  }

  public static <E> void writeList(JsonWriter out, TypeAdapter<E> element, List<E> list)
      throws IOException {
    out.beginArray();
    for (E e : list) {
      element.write(out, e);
    }
    out.endArray();
  }

  /** A map read with {@code value}; unmodifiable, in JSON order; {@code null} for JSON null. */
  public static <V> Map<String, V> readMap(JsonReader in, TypeAdapter<V> value) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    Map<String, V> map = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      map.put(name, value.read(in));
    }
    in.endObject();
    return Collections.unmodifiableMap(map);
  }

  public static <V> void writeMap(JsonWriter out, TypeAdapter<V> value, Map<String, V> map)
      throws IOException {
    out.beginObject();
    for (Map.Entry<String, V> e : map.entrySet()) {
      out.name(e.getKey());
      value.write(out, e.getValue());
    }
    out.endObject();
  }

  /** Adds an undeclared member, creating the map on first use. */
  public static Map<String, JsonElement> putExtra(Map<String, JsonElement> extras, String name,
      JsonElement value) {
    Map<String, JsonElement> map = extras == null ? new LinkedHashMap<>() : extras;
    map.put(name, value);
    return map;
  }

  public static void writeExtras(JsonWriter out, Map<String, JsonElement> extras)
      throws IOException {
    if (extras == null) {
      return;
    }
    for (Map.Entry<String, JsonElement> e : extras.entrySet()) {
      out.name(e.getKey());
      writeElement(out, e.getValue());
    }
  }

  /** The string member {@code name} of a JSON object, or {@code ""}. */
  public static String stringMember(JsonElement json, String name) {
    if (json != null && json.isJsonObject()) {
      JsonElement e = json.getAsJsonObject().get(name);
      if (e != null && e.isJsonPrimitive()) {
        return e.getAsString();
      }
    }
    return "";
  }

  /** Fails reading an object where another JSON value was found. */
  public static JsonSyntaxException expectedObject(String type, JsonReader in) throws IOException {
    return new JsonSyntaxException(
        "Expected a JSON object for " + type + " but was " + in.peek() + " at " + in.getPath());
  }
}
