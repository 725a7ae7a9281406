package io.github.xaijava.structured;

import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * The value so far of a JSON answer that is still streaming, for showing it while it arrives.
 *
 * <pre>{@code
 * StringBuilder soFar = new StringBuilder();
 * for (String delta : deltas) {
 *   soFar.append(delta);
 *   PartialJson.read(soFar.toString(), Capital.class).ifPresent(view::show);
 * }
 * Capital done = StructuredJson.read(soFar.toString(), Capital.class); // strict, at the end
 * }</pre>
 *
 * <p>{@link #parse(String)} closes whatever the text leaves open: <code>{"city":"Par</code> reads
 * as {@code {"city":"Par"}}. It keeps complete values and a string cut short as far as it goes; it
 * leaves out a key whose value has not begun, a literal cut short ({@code tru}), a half escape,
 * and a number the next chunk may still extend ({@code [1, 2} reads as {@code [1]}). At the first
 * character that cannot continue a JSON document it stops and keeps what it has; it ignores text
 * after a complete document. For a whole document it gives exactly what a full parse gives.
 *
 * <p>{@link #read(String, Class)} then reads that value leniently, with the mapping of
 * {@link StructuredJson}: a property not there yet is null, zero, false or empty; a value not
 * readable yet (a date half written, an enum constant half spelled) counts as not there; list
 * elements not readable yet are left out; a sealed interface resolves once the properties so far
 * fit one alternative only (or its discriminator has arrived); and an object whose constructor
 * rejects the partial values is null. It never throws for any text.
 *
 * <p>Each call parses the whole prefix again, which is cheap at the size of a model's answer.
 * Thread-safe.
 */
public final class PartialJson {

  private PartialJson() {
  }

  /** The JSON value so far; empty when not even the start of a value has arrived. */
  public static Optional<JsonElement> parse(String prefix) {
    return PartialJsonParser.parse(Objects.requireNonNull(prefix, "prefix == null"));
  }

  /**
   * The value so far as a {@code type}; empty when nothing fits yet.
   *
   * @throws IllegalArgumentException if the type has no schema (see {@link JsonSchema})
   */
  public static <T> Optional<T> read(String prefix, Class<T> type) {
    return read(prefix, (Type) type);
  }

  /** The value so far as {@code type}, such as {@code new TypeToken<List<Item>>() {}}. */
  public static <T> Optional<T> read(String prefix, TypeToken<T> type) {
    return read(prefix, Objects.requireNonNull(type, "type == null").getType());
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> read(String prefix, Type type) {
    Shape shape = CompiledTypes.of(type).shape();
    return parse(prefix).map(json -> (T) ShapeReader.LENIENT.read(shape, json, "$"));
  }
}
