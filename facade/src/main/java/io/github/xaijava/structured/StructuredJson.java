package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Where Gson's failures say the problem is. */
  private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

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
        // Gson's own exception is left out: its message advises reading leniently, which is not
        // what a caller of this class can or should do. The reason says the same in our words.
        reason = "not valid JSON: " + syntaxError(invalid.getCause() != null ? invalid.getCause()
            : invalid, text);
        cause = null;
      }
    }
    throw new StructuredOutputException(subject, GenericTypes.displayName(compiled.type()), text,
        java.util.Optional.empty(), reason, cause);
  }

  /**
   * What is wrong with text that is not JSON, and where ("at line 1 column 3"), from Gson's
   * failure but without its advice to read leniently or its link.
   */
  private static String syntaxError(Throwable failure, String text) {
    String message = String.valueOf(failure.getMessage());
    Matcher location = LOCATION.matcher(message);
    String where = location.find()
        ? " at line " + location.group(1) + " column " + location.group(2)
        : "";
    String what;
    if (failure instanceof EOFException || message.startsWith("End of input")) {
      what = "the text ends before the JSON does";
    } else if (message.startsWith("Expected name")) {
      what = "expected a property name in double quotes";
    } else if (message.startsWith("Expected ':'")) {
      what = "expected ':' after a property name";
    } else if (message.startsWith("Unterminated object")) {
      what = "expected ',' or '}' after a property's value";
    } else if (message.startsWith("Unterminated array")) {
      what = "expected ',' or ']' after an element";
    } else if (message.startsWith("Unterminated string")) {
      what = "a string is not closed";
    } else if (message.startsWith("Expected value")) {
      what = "expected a value";
    } else if (message.startsWith("Invalid escape sequence")
        || message.startsWith("Malformed Unicode escape")) {
      what = "an invalid escape sequence in a string";
    } else if (message.startsWith("Unescaped control characters")) {
      what = "a control character (such as a line break) that is not escaped in a string";
    } else if (!startsLikeJson(text)) {
      what = "the text does not start with a JSON value (text or a Markdown code fence before"
          + " it?)";
    } else {
      what = "something strict JSON does not allow, such as single quotes, a name or value"
          + " without quotes, a trailing comma, a comment, NaN or a stray character";
    }
    return what + where;
  }

  /** Whether the first non-blank character of {@code text} can start a JSON value. */
  private static boolean startsLikeJson(String text) {
    String start = text.stripLeading();
    return !start.isEmpty() && "{[\"-0123456789tfn".indexOf(start.charAt(0)) >= 0;
  }
}
