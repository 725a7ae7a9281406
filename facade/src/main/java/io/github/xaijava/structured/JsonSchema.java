package io.github.xaijava.structured;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * The JSON Schema of a Java type, in the subset xAI enforces for structured outputs and tool
 * parameters, with a name to send along.
 *
 * <pre>{@code
 * record Capital(String country, String city, OptionalInt population) {}
 *
 * JsonSchema schema = JsonSchema.of(Capital.class);
 * JsonObject json = schema.json(); // {"type":"object","properties":{"country":...},...}
 * }</pre>
 *
 * <p>{@code client.chat().parse(request, Capital.class)} and {@link ResponseFormats} use it to
 * set a request's format; {@link StructuredJson} reads an answer back:
 *
 * <pre>{@code
 * Capital answer = StructuredJson.read(content, Capital.class);
 * }</pre>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>{@code String}, {@code char}/{@code Character}: string. {@code boolean}: boolean.
 *       {@code int}, {@code long}, {@code short}, {@code byte}, {@code BigInteger}: integer.
 *       {@code float}, {@code double}, {@code BigDecimal}: number.
 *   <li>{@code UUID}: string with format uuid; {@code LocalDate}: date; {@code LocalTime},
 *       {@code OffsetTime}: time; {@code Instant}, {@code OffsetDateTime},
 *       {@code ZonedDateTime}: date-time.
 *   <li>An enum: a string enum of its constants' JSON names.
 *   <li>{@code List}, {@code Set}, {@code Collection} and arrays: array. {@code Map<String, V>}:
 *       object with {@code additionalProperties} V.
 *   <li>A record, or a plain class (its non-static, non-transient fields, superclasses' first,
 *       and a no-argument constructor): object with {@code properties} in declaration order,
 *       {@code required} and {@code additionalProperties: false}. Names come from
 *       {@link JsonName}, else Gson's {@code @SerializedName}, else the Java name; text from
 *       {@link Description}.
 *   <li>A sealed interface whose permitted subtypes are all records: {@code anyOf} those records,
 *       tagged if it carries {@link Discriminator}.
 * </ul>
 *
 * <h2>Required, nullable, optional</h2>
 * Every property is in {@code required} unless its type is {@code Optional<T>},
 * {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}: then it may be absent and
 * is never null. Primitives and other references are non-null. Boxed primitives
 * ({@code Integer}, {@code Boolean}, ...) and properties annotated with any annotation named
 * {@code Nullable} stay required but may be null ({@code "type": ["integer", "null"]}, or an
 * {@code anyOf} with {@code {"type": "null"}} for objects and enums). Elements of lists and
 * values of maps are never null.
 *
 * <h2>Structure</h2>
 * The root type is written in place; every object type and sealed interface below it sits once in
 * {@code $defs} and is referenced as {@code {"$ref": "#/$defs/Name"}}. Def names are simple names
 * ({@code PageOfItem} for a generic type); two different classes with one simple name get
 * distinct names ({@code Address}, {@code Shipping_Address}). Output is deterministic.
 *
 * <h2>Refused types</h2>
 * A type the subset cannot express fails here, with an {@link IllegalArgumentException} naming
 * the root type and the path ({@code Order.items[] -> Item.extras{}}), rather than as a 400 from
 * xAI later: a type that contains itself (recursive schemas are not accepted), {@code Object},
 * wildcards without an upper bound, raw or unbound generic types, map keys other than
 * {@code String}, {@code Optional} anywhere but a property, {@code JsonElement}, JDK types not
 * listed above (such as {@code LocalDateTime}, which has no offset), interfaces and abstract
 * classes that are not sealed, inner classes, and two properties sharing one JSON name. Pass
 * generic roots as a type: {@code JsonSchema.of(new TypeToken<Page<Item>>() {})}.
 *
 * <p>Schemas are cached per type; this class is immutable and thread-safe, and {@link #json()}
 * hands out a fresh copy each time.
 */
public final class JsonSchema {

  private final Type type;
  private final String name;
  private final JsonObject schema;

  JsonSchema(Type type, String name, JsonObject schema) {
    this.type = type;
    this.name = sanitized(name);
    this.schema = schema;
  }

  /**
   * The schema of {@code type}: a {@code Class}, or a {@code ParameterizedType} such as
   * {@code new TypeToken<Page<Item>>() {}.getType()}.
   *
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}
   */
  public static JsonSchema of(Type type) {
    return CompiledTypes.of(type).schema();
  }

  /** The schema of {@code type.getType()}; see {@link #of(Type)}. */
  public static JsonSchema of(TypeToken<?> type) {
    return of(Objects.requireNonNull(type, "type == null").getType());
  }

  /** The Java type this schema describes. */
  public Type type() {
    return type;
  }

  /**
   * A name for the schema, made of letters, digits and {@code _}, at most 64 characters: the
   * type's simple name, or {@code PageOfItem} for {@code Page<Item>}.
   */
  public String name() {
    return name;
  }

  /** The schema itself, as a new copy the caller may change. */
  public JsonObject json() {
    return schema.deepCopy();
  }

  /** Equal when they describe the same type with the same schema. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSchema that && type.equals(that.type) && name.equals(that.name)
        && schema.equals(that.schema);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, schema);
  }

  /** The schema as compact JSON text. */
  @Override
  public String toString() {
    return schema.toString();
  }

  private static String sanitized(String name) {
    String clean = name.replaceAll("[^A-Za-z0-9_]", "_");
    return clean.length() <= 64 ? clean : clean.substring(0, 64);
  }
}
