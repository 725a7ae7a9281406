package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Reads a model's JSON answer into the Java type whose {@link JsonSchema} was sent, following the
 * same mapping: the same property names ({@link JsonName}, Gson's {@code @SerializedName}),
 * enums by their JSON names, {@code java.time} types and {@code UUID} from their ISO strings,
 * numbers exactly ({@code BigDecimal} keeps every digit), and sealed interfaces by their
 * discriminator or, without one, as the one record the answer fits.
 *
 * <pre>{@code
 * record Capital(String country, String city, OptionalInt population) {}
 *
 * Capital capital = StructuredJson.read("{\"country\":\"France\",\"city\":\"Paris\"}", Capital.class);
 * // Capital[country=France, city=Paris, population=OptionalInt.empty]
 * }</pre>
 *
 * <p>The text must be one strict JSON document. What the schema requires must be there:
 * required properties present, non-null values not null, integers integral and in range for their
 * Java type. {@code Optional} properties read as empty when absent, and also when null. Properties
 * the type does not know are ignored. Collections come back unmodifiable. Thread-safe.
 */
public final class StructuredJson {

  private StructuredJson() {
  }

  /**
   * {@code json} as a {@code type}.
   *
   * @throws StructuredOutputException if the text is empty, not JSON, or does not fit the type
   * @throws IllegalArgumentException if the type has no schema (see {@link JsonSchema})
   */
  public static <T> T read(String json, Class<T> type) {
    return read(json, (Type) type);
  }

  /** {@code json} as {@code type}, such as {@code new TypeToken<List<Item>>() {}}; see above. */
  public static <T> T read(String json, TypeToken<T> type) {
    return read(json, Objects.requireNonNull(type, "type == null").getType());
  }

  private static <T> T read(String json, Type type) {
    Objects.requireNonNull(json, "json == null");
    CompiledTypes.Compiled compiled = CompiledTypes.of(type);
    String name = GenericTypes.displayName(compiled.type());
    return read(json, compiled, name);
  }

  /** Reads {@code text} strictly, naming {@code subject} in any failure. */
  @SuppressWarnings("unchecked")
  static <T> T read(String text, CompiledTypes.Compiled compiled, String subject) {
    JsonElement json = parse(text, compiled, subject);
    try {
      return (T) ShapeReader.STRICT.read(compiled.shape(), json, "$");
    } catch (ReadFailure failure) {
      throw new StructuredOutputException(subject, GenericTypes.displayName(compiled.type()), text,
          java.util.Optional.of(failure.path()), failure.reason(), failure.getCause());
    }
  }

  private static JsonElement parse(String text, CompiledTypes.Compiled compiled, String subject) {
    String reason;
    Throwable cause;
    if (text.isBlank()) {
      reason = "the text is empty";
      cause = null;
    } else {
      JsonReader reader = new JsonReader(new StringReader(text));
      reader.setStrictness(Strictness.STRICT);
      try {
        JsonElement json = JsonParser.parseReader(reader);
        try {
          if (reader.peek() == JsonToken.END_DOCUMENT) {
            return json;
          }
        } catch (IOException trailing) {
          // Strict readers refuse a second value before saying what it is; same verdict.
        }
        reason = "more text follows the JSON document";
        cause = null;
      } catch (JsonParseException invalid) {
        cause = invalid.getCause() != null ? invalid.getCause() : invalid;
        reason = "not valid JSON: " + gsonMessage(cause);
      }
    }
    throw new StructuredOutputException(subject, GenericTypes.displayName(compiled.type()), text,
        java.util.Optional.empty(), reason, cause);
  }

  /** Gson's message without the link to its troubleshooting guide. */
  private static String gsonMessage(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    int link = message.indexOf("\nSee ");
    return link < 0 ? message : message.substring(0, link);
  }
}
