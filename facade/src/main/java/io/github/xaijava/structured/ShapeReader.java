package io.github.xaijava.structured;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.structured.Shape.Array;
import io.github.xaijava.structured.Shape.Constant;
import io.github.xaijava.structured.Shape.Dictionary;
import io.github.xaijava.structured.Shape.Enumeration;
import io.github.xaijava.structured.Shape.Obj;
import io.github.xaijava.structured.Shape.Presence;
import io.github.xaijava.structured.Shape.Property;
import io.github.xaijava.structured.Shape.Scalar;
import io.github.xaijava.structured.Shape.Union;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a parsed JSON value into the Java value its {@link Shape} describes, accepting what the
 * schema promises and ignoring properties it does not know (a tolerant reader: the schema
 * forbids extra properties, so only a future or misbehaving model sends them).
 *
 * <p>Strict mode ({@link #STRICT}) throws {@link ReadFailure} at the first value that does not
 * fit. Lenient mode ({@link #LENIENT}), for answers still streaming, never throws: a value that
 * does not fit (yet) reads as missing, a missing property as null, zero, false or empty, an
 * element that cannot be read is left out, and a constructor that rejects the values yields null.
 *
 * <p>Collections come back unmodifiable, in document order.
 */
final class ShapeReader {

  static final ShapeReader STRICT = new ShapeReader(false);
  static final ShapeReader LENIENT = new ShapeReader(true);

  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final boolean lenient;

  private ShapeReader(boolean lenient) {
    this.lenient = lenient;
  }

  /** The value of {@code json}; null only in lenient mode, when it does not fit. */
  Object read(Shape shape, JsonElement json, String path) {
    if (shape instanceof Scalar scalar) {
      return scalar(scalar, json, path);
    }
    if (shape instanceof Enumeration enumeration) {
      return constant(enumeration, json, path);
    }
    if (shape instanceof Array array) {
      return array(array, json, path);
    }
    if (shape instanceof Dictionary dictionary) {
      return dictionary(dictionary, json, path);
    }
    if (shape instanceof Obj obj) {
      return json.isJsonObject()
          ? object(obj, json.getAsJsonObject(), path)
          : expected(path, "an object", json);
    }
    return union((Union) shape, json, path);
  }

  private Object scalar(Scalar scalar, JsonElement json, String path) {
    Class<?> type = scalar.javaType();
    switch (scalar.jsonType()) {
      case "integer":
        return integer(type, json, path);
      case "number":
        return number(type, json, path);
      case "boolean":
        return json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean()
            ? json.getAsBoolean()
            : expected(path, "true or false", json);
      default:
        break;
    }
    if (!isString(json)) {
      return expected(path, scalar.format().map(f -> "a " + f + " string").orElse("a string"),
          json);
    }
    String text = json.getAsString();
    if (type == String.class) {
      return text;
    }
    if (type == char.class || type == Character.class) {
      return text.length() == 1
          ? (Object) text.charAt(0)
          : mismatch(path, "expected a single character, found " + describe(json));
    }
    try {
      if (type == UUID.class) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
          return mismatch(path, "expected a uuid string, found " + describe(json));
        }
        return UUID.fromString(text);
      }
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (type == LocalTime.class) {
        // The time format may carry an offset; a LocalTime keeps the local part.
        return DateTimeFormatter.ISO_TIME.parse(text, LocalTime::from);
      }
      if (type == OffsetTime.class) {
        return OffsetTime.parse(text);
      }
      if (type == Instant.class) {
        return Instant.parse(text);
      }
      if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse(text);
      }
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException unreadable) {
      return mismatch(path, "expected a " + scalar.format().orElse("") + " string ("
          + type.getSimpleName() + "), found " + describe(json));
    }
  }

  private Object integer(Class<?> type, JsonElement json, String path) {
    BigDecimal value = decimal(json);
    if (value == null) {
      return expected(path, "an integer", json);
    }
    BigInteger integral;
    try {
      integral = value.toBigIntegerExact();
    } catch (ArithmeticException fractional) {
      return mismatch(path, "expected an integer, found " + describe(json));
    }
    try {
      if (type == int.class || type == Integer.class) {
        return integral.intValueExact();
      }
      if (type == long.class || type == Long.class) {
        return integral.longValueExact();
      }
      if (type == short.class || type == Short.class) {
        return integral.shortValueExact();
      }
      if (type == byte.class || type == Byte.class) {
        return integral.byteValueExact();
      }
      return integral;
    } catch (ArithmeticException tooLarge) {
      return mismatch(path, describe(json) + " is out of range for " + type.getSimpleName());
    }
  }

  private Object number(Class<?> type, JsonElement json, String path) {
    BigDecimal value = decimal(json);
    if (value == null) {
      return expected(path, "a number", json);
    }
    if (type == BigDecimal.class) {
      return value;
    }
    double asDouble = value.doubleValue();
    if (type == float.class || type == Float.class) {
      float asFloat = (float) asDouble;
      return Float.isInfinite(asFloat)
          ? mismatch(path, describe(json) + " is out of range for float")
          : (Object) asFloat;
    }
    return Double.isInfinite(asDouble)
        ? mismatch(path, describe(json) + " is out of range for double")
        : (Object) asDouble;
  }

  /** The number in {@code json}, or null when it holds none (or one too long to read). */
  private static BigDecimal decimal(JsonElement json) {
    if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      return json.getAsBigDecimal();
    } catch (NumberFormatException unreadable) {
      return null;
    }
  }

  private Object constant(Enumeration enumeration, JsonElement json, String path) {
    List<String> names = enumeration.constants().stream().map(Constant::jsonName).toList();
    if (isString(json)) {
      for (Constant constant : enumeration.constants()) {
        if (constant.jsonName().equals(json.getAsString())) {
          return constant.value();
        }
      }
      return mismatch(path, "unknown " + enumeration.enumType().getSimpleName() + " constant "
          + describe(json) + "; expected one of " + names);
    }
    return expected(path, "one of " + names, json);
  }

  private Object array(Array array, JsonElement json, String path) {
    if (!json.isJsonArray()) {
      return expected(path, "an array", json);
    }
    JsonArray elements = json.getAsJsonArray();
    List<Object> values = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      Object value = nonNull(array.items(), elements.get(i), path + "[" + i + "]");
      if (value != null) {
        values.add(value);
      }
    }
    switch (array.container()) {
      case LIST:
        return List.copyOf(values);
      case SET:
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
      default:
        Object javaArray = java.lang.reflect.Array.newInstance(array.componentType(), values.size());
        for (int i = 0; i < values.size(); i++) {
          java.lang.reflect.Array.set(javaArray, i, values.get(i));
        }
        return javaArray;
    }
  }

  private Object dictionary(Dictionary dictionary, JsonElement json, String path) {
    if (!json.isJsonObject()) {
      return expected(path, "an object", json);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
      Object value = nonNull(dictionary.values(), entry.getValue(), path + "." + entry.getKey());
      if (value != null) {
        values.put(entry.getKey(), value);
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /** An element or map value: never null in the schema, so a null fails (or is left out). */
  private Object nonNull(Shape shape, JsonElement json, String path) {
    return json.isJsonNull() ? mismatch(path, "expected a value, found null") : read(shape, json, path);
  }

  private Object object(Obj obj, JsonObject json, String path) {
    List<Property> properties = obj.properties();
    Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      Property property = properties.get(i);
      values[i] = property(property, json.get(property.jsonName()), path + "." + property.jsonName());
    }
    try {
      if (obj.isRecord()) {
        return obj.constructor().newInstance(values);
      }
      Object instance = obj.constructor().newInstance();
      for (int i = 0; i < values.length; i++) {
        properties.get(i).field().orElseThrow().set(instance, values[i]);
      }
      return instance;
    } catch (InvocationTargetException rejected) {
      Throwable cause = rejected.getCause();
      if (lenient) {
        return null;
      }
      throw new ReadFailure(path, obj.rawType().getSimpleName() + " rejected the values: " + cause,
          cause);
    } catch (ReflectiveOperationException unreachable) {
      // The builder made constructor and fields accessible and checked the object can be built.
      throw new IllegalStateException("cannot build " + obj.rawType().getName(), unreachable);
    }
  }

  private Object property(Property property, JsonElement json, String path) {
    boolean absent = json == null;
    boolean isNull = !absent && json.isJsonNull();
    if (property.presence() == Presence.OPTIONAL) {
      Object value = absent || isNull ? null : read(property.shape(), json, path);
      return optional(property.javaType(), value);
    }
    if (absent) {
      return lenient ? defaultValue(property.javaType()) : fail(path, "the required property is missing");
    }
    if (isNull) {
      return property.presence() == Presence.NULLABLE || lenient
          ? defaultValue(property.javaType())
          : fail(path, "expected a value, found null");
    }
    Object value = read(property.shape(), json, path);
    return value == null ? defaultValue(property.javaType()) : value;
  }

  private Object union(Union union, JsonElement json, String path) {
    if (!json.isJsonObject()) {
      return expected(path, "an object (" + alternativeNames(union.alternatives()) + ")", json);
    }
    JsonObject object = json.getAsJsonObject();
    if (union.discriminator().isPresent()) {
      String property = union.discriminator().get();
      List<String> tags = union.alternatives().stream().map(a -> a.tag().orElseThrow().value())
          .toList();
      JsonElement tag = object.get(property);
      if (tag == null) {
        return mismatch(path + "." + property, "the discriminator is missing; expected one of "
            + tags);
      }
      for (Obj alternative : union.alternatives()) {
        if (isString(tag) && alternative.tag().orElseThrow().value().equals(tag.getAsString())) {
          return object(alternative, object, path);
        }
      }
      return mismatch(path + "." + property, "unknown discriminator " + describe(tag)
          + "; expected one of " + tags);
    }
    return lenient ? likelyAlternative(union, object, path) : onlyFittingAlternative(union, object, path);
  }

  /**
   * The one alternative the answer fits: all its required properties present (and, where any
   * alternative has no others, none it does not know), every value readable.
   */
  private Object onlyFittingAlternative(Union union, JsonObject object, String path) {
    List<Obj> candidates = union.alternatives().stream()
        .filter(alternative -> hasRequired(alternative, object)).toList();
    List<Obj> exact = candidates.stream().filter(alternative -> knowsAll(alternative, object))
        .toList();
    List<Obj> pool = exact.isEmpty() ? candidates : exact;
    String sealed = union.sealedType().getSimpleName();
    if (pool.isEmpty()) {
      throw new ReadFailure(path, "fits none of " + sealed + "'s alternatives ("
          + alternativeNames(union.alternatives()) + "): none has all its required properties"
          + " among " + object.keySet(), null);
    }
    List<Obj> fitting = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    List<ReadFailure> failures = new ArrayList<>();
    for (Obj candidate : pool) {
      try {
        values.add(object(candidate, object, path));
        fitting.add(candidate);
      } catch (ReadFailure failure) {
        failures.add(failure);
      }
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    if (values.isEmpty()) {
      if (failures.size() == 1) {
        throw failures.get(0);
      }
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < pool.size(); i++) {
        reasons.add(pool.get(i).rawType().getSimpleName() + ": " + failures.get(i).getMessage());
      }
      throw new ReadFailure(path, "fits none of " + sealed + "'s alternatives: "
          + String.join("; ", reasons), null);
    }
    throw new ReadFailure(path, "fits several of " + sealed + "'s alternatives ("
        + alternativeNames(fitting) + ") and cannot be told apart; add @Discriminator to "
        + sealed, null);
  }

  /** While streaming: the one alternative that knows every property seen so far, if just one. */
  private Object likelyAlternative(Union union, JsonObject object, String path) {
    List<Obj> candidates = union.alternatives().stream()
        .filter(alternative -> knowsAll(alternative, object)).toList();
    if (candidates.size() > 1) {
      candidates = candidates.stream().filter(alternative -> hasRequired(alternative, object))
          .toList();
    }
    return candidates.size() == 1 ? object(candidates.get(0), object, path) : null;
  }

  private static boolean hasRequired(Obj alternative, JsonObject object) {
    return alternative.properties().stream()
        .allMatch(p -> p.presence() == Presence.OPTIONAL || object.has(p.jsonName()));
  }

  private static boolean knowsAll(Obj alternative, JsonObject object) {
    return object.keySet().stream().allMatch(
        key -> alternative.properties().stream().anyMatch(p -> p.jsonName().equals(key)));
  }

  private static String alternativeNames(List<Obj> alternatives) {
    return alternatives.stream().map(a -> a.rawType().getSimpleName())
        .collect(Collectors.joining(", "));
  }

  private static Object optional(Class<?> type, Object value) {
    if (type == OptionalInt.class) {
      return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
    }
    if (type == OptionalLong.class) {
      return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
    }
    if (type == OptionalDouble.class) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
    }
    return Optional.ofNullable(value);
  }

  /** Java's default for {@code type}: zero, false or null. */
  private static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
  }

  private Object expected(String path, String what, JsonElement found) {
    return mismatch(path, "expected " + what + ", found " + describe(found));
  }

  /** Lenient: null (the value is treated as missing). Strict: a {@link ReadFailure}. */
  private Object mismatch(String path, String reason) {
    if (lenient) {
      return null;
    }
    throw new ReadFailure(path, reason, null);
  }

  private static Object fail(String path, String reason) {
    throw new ReadFailure(path, reason, null);
  }

  private static boolean isString(JsonElement json) {
    return json.isJsonPrimitive() && json.getAsJsonPrimitive().isString();
  }

  /** {@code the string "abc"}, {@code the number 3.5}, {@code an object}... */
  static String describe(JsonElement json) {
    if (json == null || json.isJsonNull()) {
      return "null";
    }
    if (json.isJsonObject()) {
      return "an object";
    }
    if (json.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = json.getAsJsonPrimitive();
    if (primitive.isString()) {
      String text = primitive.getAsString();
      return "the string " + new JsonPrimitive(
          text.length() <= 60 ? text : text.substring(0, 60) + "...");
    }
    return (primitive.isNumber() ? "the number " : "") + primitive.getAsString();
  }
}
