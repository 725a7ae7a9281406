package io.github.xaijava.structured;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one cache of this package: each Java type's shape and schema, built once and shared by
 * every thread. Building both together means the reader never accepts a type whose schema could
 * not be written.
 */
final class CompiledTypes {

  /** A type's shape and its schema. */
  record Compiled(Type type, Shape shape, JsonSchema schema) {
  }

  private static final Map<Type, Compiled> CACHE = new ConcurrentHashMap<>();

  private CompiledTypes() {
  }

  /**
   * The compiled form of {@code type}.
   *
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}; nothing is
   *     cached then, so the next call fails the same way
   */
  static Compiled of(Type type) {
    Objects.requireNonNull(type, "type == null");
    Type resolved = GenericTypes.resolve(type, Map.of());
    Compiled compiled = CACHE.get(resolved);
    if (compiled == null) {
      // Built outside computeIfAbsent so that a slow build never blocks other keys; two threads
      // racing build equal values and the first one stored wins.
      Shape shape = ShapeBuilder.build(resolved);
      String name = GenericTypes.identifier(resolved);
      JsonSchema schema = new JsonSchema(resolved, name,
          SchemaWriter.write(shape, GenericTypes.displayName(resolved)));
      compiled = CACHE.computeIfAbsent(resolved, key -> new Compiled(key, shape, schema));
    }
    return compiled;
  }
}
