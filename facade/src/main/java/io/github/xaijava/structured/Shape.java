package io.github.xaijava.structured;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * What a Java type looks like in JSON: the one model that both the schema writer and the reader
 * follow, so the reader accepts exactly what the schema promises. Built by {@link ShapeBuilder},
 * immutable, and free of cycles (the builder refuses them).
 */
sealed interface Shape {

  /** A string, number, integer or boolean, read into {@code javaType}. */
  record Scalar(Class<?> javaType, String jsonType, Optional<String> format) implements Shape {
  }

  /** A string enum; {@code constants} in declaration order. */
  record Enumeration(Class<?> enumType, List<Constant> constants, Optional<String> description)
      implements Shape {
  }

  /** One enum constant and its JSON name. */
  record Constant(Object value, String jsonName, Optional<String> description) {
  }

  /** How an array is held in Java. */
  enum Container { LIST, SET, ARRAY }

  /** A JSON array; {@code componentType} is the Java array's component type for {@code ARRAY}. */
  record Array(Shape items, Container container, Class<?> componentType) implements Shape {
  }

  /** A JSON object with free keys: a {@code Map<String, V>}. */
  record Dictionary(Shape values) implements Shape {
  }

  /**
   * A JSON object with fixed properties: a record (built with its canonical constructor) or a
   * plain class (built with its no-argument constructor, then each field set). {@code tag} is
   * present when the object is an alternative of a sealed interface with a discriminator.
   */
  record Obj(
      Type type,
      Class<?> rawType,
      Optional<String> description,
      List<Property> properties,
      Constructor<?> constructor,
      Optional<Tag> tag)
      implements Shape {

    boolean isRecord() {
      return rawType.isRecord();
    }
  }

  /** The discriminator property of a tagged alternative and this alternative's value. */
  record Tag(String property, String value) {
  }

  /** How a property may be missing. */
  enum Presence {
    /** Always present, never null (primitives, and references by default). */
    REQUIRED,
    /** Always present, may be null (boxed primitives, anything annotated {@code @Nullable}). */
    NULLABLE,
    /** May be absent ({@code Optional}, {@code OptionalInt}, ...); present means non-null. */
    OPTIONAL
  }

  /**
   * One property of an object. {@code javaType} is the erased declared type (such as
   * {@code Optional} or {@code int}); {@code shape} is what its value looks like in JSON;
   * {@code field} is set for plain classes only.
   */
  record Property(
      String jsonName,
      String javaName,
      Class<?> javaType,
      Shape shape,
      Presence presence,
      Optional<String> description,
      Optional<Field> field) {
  }

  /** A sealed interface: one of {@code alternatives}, told apart by {@code discriminator} if set. */
  record Union(
      Type type,
      Class<?> sealedType,
      Optional<String> description,
      List<Obj> alternatives,
      Optional<String> discriminator)
      implements Shape {
  }
}
