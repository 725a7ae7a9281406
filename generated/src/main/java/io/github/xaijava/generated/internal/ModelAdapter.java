package io.github.xaijava.generated.internal;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;

/**
 * Base of the generated adapter of each model class: reads the members of an object in one pass
 * straight from the {@link JsonReader}, so a union that has already read its discriminator can
 * hand the rest of the object to the form it picked. Not for direct use.
 *
 * @param <T> the model class
 */
public abstract class ModelAdapter<T> extends TypeAdapter<T> {

  private final String typeName;

  /** @param typeName the model's simple name, for error messages */
  protected ModelAdapter(String typeName) {
    this.typeName = typeName;
  }

  @Override
  public final T read(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    if (token != JsonToken.BEGIN_OBJECT) {
      throw ModelJson.expectedObject(typeName, in);
    }
    in.beginObject();
    return readMembers(in, null, null);
  }

  /**
   * Reads the members of an object whose {@code {} was consumed, through its {@code }}.
   *
   * @param pendingName a member already read by the caller (a union's discriminator), or null
   * @param pendingValue that member's string value
   */
  public abstract T readMembers(JsonReader in, String pendingName, String pendingValue)
      throws IOException;

  @Override
  public String toString() {
    return "ModelAdapter[" + typeName + "]";
  }
}
