package io.github.xaijava.generated.support;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Gson support for generated model objects: the declared properties go through Gson's reflective
 * adapter, and every other property lands in {@link ExtraProperties#getExtraProperties()} on read
 * and is written back on write. Generated classes name this factory in their {@code @JsonAdapter}.
 */
public final class ExtraPropertiesAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (!ExtraProperties.class.isAssignableFrom(type.getRawType())) {
      return null;
    }
    TypeAdapter<T> declared = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> json = gson.getAdapter(JsonElement.class);
    Set<String> declaredNames = Models.wireNames(type.getRawType());
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        Map<String, JsonElement> extra = ((ExtraProperties) value).getExtraProperties();
        if (extra.isEmpty()) {
          declared.write(out, value);
          return;
        }
        JsonObject tree = declared.toJsonTree(value).getAsJsonObject();
        extra.forEach((name, element) -> {
          if (!tree.has(name)) {
            tree.add(name, element);
          }
        });
        json.write(out, tree);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        JsonElement tree = json.read(in);
        if (!tree.isJsonObject()) {
          throw new JsonParseException("Expected a JSON object for "
              + type.getRawType().getSimpleName() + " but was " + tree + " at " + in.getPath());
        }
        T value = declared.fromJsonTree(tree);
        for (Map.Entry<String, JsonElement> member : tree.getAsJsonObject().entrySet()) {
          if (!declaredNames.contains(member.getKey())) {
            ((ExtraProperties) value).setExtraProperty(member.getKey(), member.getValue());
          }
        }
        return value;
      }
    };
  }
}
