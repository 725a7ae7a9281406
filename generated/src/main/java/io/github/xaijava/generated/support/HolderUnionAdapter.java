package io.github.xaijava.generated.support;

import io.github.xaijava.generated.internal.UnknownForms;
import io.github.xaijava.generated.internal.ModelJson;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads and writes a holder union ({@link OneOf}): the form is decided by the JSON token
 * (string, number, boolean, array, object) and, between several array forms, by the token of the
 * first element. Only between several object forms is the value buffered and each form tried.
 * Not for direct use: generated holders create one.
 *
 * @param <T> the holder class
 */
public final class HolderUnionAdapter<T extends OneOf> extends TypeAdapter<T> {

  /** Makes a holder; generated holders pass their private constructor. */
  @FunctionalInterface
  public interface Creator<T> {
    T create(int variant, Object value);
  }

  /** One form: its JSON token, and for a list form its elements' token. */
  public static final class Form {
    final int variant;
    final JsonToken token;
    final JsonToken elementToken;
    final Type type;
    private volatile TypeAdapter<Object> adapter;

    Form(int variant, JsonToken token, JsonToken elementToken, Type type) {
      this.variant = variant;
      this.token = token;
      this.elementToken = elementToken;
      this.type = type;
    }

    boolean isList() {
      return token == JsonToken.BEGIN_ARRAY && elementToken != null;
    }
  }

  /**
   * A form.
   *
   * @param variant its 1-based number
   * @param token the JSON token it starts with; null for a form that takes any JSON
   * @param elementToken for a list form, the token its elements start with (null: any)
   * @param type the form's Java type, or for a list form its element type
   */
  public static Form form(int variant, JsonToken token, JsonToken elementToken, Type type) {
    return new Form(variant, token, elementToken, type);
  }

  /** A list form (JSON array) whose elements start with {@code elementToken}. */
  public static Form listForm(int variant, JsonToken elementToken, Type elementType) {
    return new Form(variant, JsonToken.BEGIN_ARRAY, elementToken == null ? JsonToken.END_DOCUMENT
        : elementToken, elementType);
  }

  private final Gson gson;
  private final String name;
  private final List<Form> forms;
  private final Creator<T> creator;

  public HolderUnionAdapter(Gson gson, String name, List<Form> forms, Creator<T> creator) {
    this.gson = gson;
    this.name = name;
    this.forms = List.copyOf(forms);
    this.creator = creator;
  }

  @SuppressWarnings("unchecked")
  private TypeAdapter<Object> adapter(Form form) {
    TypeAdapter<Object> a = form.adapter;
    if (a == null) {
      a = (TypeAdapter<Object>) gson.getAdapter(com.google.gson.reflect.TypeToken.get(form.type));
      form.adapter = a;
    }
    return a;
  }

  @Override
  public T read(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    List<Form> matching = new ArrayList<>(2);
    Form any = null;
    for (Form form : forms) {
      if (form.token == token) {
        matching.add(form);
      } else if (form.token == null && any == null) {
        any = form;
      }
    }
    if (matching.isEmpty()) {
      return any != null ? creator.create(any.variant, adapter(any).read(in))
          : unknown(ModelJson.readElement(in));
    }
    if (token == JsonToken.BEGIN_ARRAY) {
      return readArray(in, matching);
    }
    if (matching.size() == 1) {
      return creator.create(matching.get(0).variant, adapter(matching.get(0)).read(in));
    }
    JsonElement tree = ModelJson.readElement(in);
    for (Form form : matching) {
      try {
        Object value = adapter(form).fromJsonTree(tree);
        if (value != null) {
          return creator.create(form.variant, value);
        }
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        // not this form
      }
    }
    return unknown(tree);
  }

  private T readArray(JsonReader in, List<Form> arrayForms) throws IOException {
    if (arrayForms.size() == 1 && !arrayForms.get(0).isList()) {
      return creator.create(arrayForms.get(0).variant, adapter(arrayForms.get(0)).read(in));
    }
    in.beginArray();
    if (!in.hasNext()) {
      in.endArray();
      return creator.create(arrayForms.get(0).variant, List.of());
    }
    JsonToken first = in.peek();
    Form chosen = null;
    for (Form form : arrayForms) {
      if (form.elementToken == first || form.elementToken == JsonToken.END_DOCUMENT) {
        chosen = form;
        break;
      }
    }
    if (chosen == null) {
      com.google.gson.JsonArray rest = new com.google.gson.JsonArray();
      while (in.hasNext()) {
        rest.add(ModelJson.readElement(in));
      }
      in.endArray();
      return unknown(rest);
    }
    TypeAdapter<Object> element = adapter(chosen);
    List<Object> list = new ArrayList<>();
    while (in.hasNext()) {
      list.add(element.read(in));
    }
    in.endArray();
    return creator.create(chosen.variant, Collections.unmodifiableList(list));
  }

  private T unknown(JsonElement json) {
    UnknownForms.seen();
    return creator.create(OneOf.UNKNOWN, json);
  }

  @Override
  public void write(JsonWriter out, T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    if (!value.isKnown()) {
      ModelJson.writeElement(out, (JsonElement) value.held());
      return;
    }
    for (Form form : forms) {
      if (form.variant == value.variant()) {
        if (form.isList()) {
          TypeAdapter<Object> element = adapter(form);
          out.beginArray();
          for (Object e : (List<?>) value.held()) {
            element.write(out, e);
          }
          out.endArray();
        } else {
          adapter(form).write(out, value.held());
        }
        return;
      }
    }
    throw new IllegalStateException(name + " holds an unknown form number " + value.variant());
  }

  @Override
  public String toString() {
    return "HolderUnionAdapter[" + name + "]";
  }
}
