package io.github.xaijava.structured;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Type-variable substitution: {@code Page<Item>}'s {@code List<T> items} becomes
 * {@code List<Item>}. Parameterized types are rebuilt through Gson's {@link TypeToken}, so any two
 * equal types compare and hash equal whichever API made them (they key caches and {@code $defs}).
 */
final class GenericTypes {

  private GenericTypes() {
  }

  /** The type variables of {@code type}'s raw class bound to its arguments; empty for a class. */
  static Map<TypeVariable<?>, Type> bindings(Type type) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    if (type instanceof ParameterizedType parameterized) {
      TypeVariable<?>[] variables = rawType(parameterized).getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length && i < arguments.length; i++) {
        bindings.put(variables[i], arguments[i]);
      }
    }
    return bindings;
  }

  /**
   * {@code type} with every bound variable replaced; unbound variables and wildcards stay for the
   * caller to judge.
   */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof Class<?>) {
      return type;
    }
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      return bound == null ? variable : resolve(bound, Map.of());
    }
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = Stream.of(parameterized.getActualTypeArguments())
          .map(argument -> resolve(argument, bindings))
          .toArray(Type[]::new);
      return TypeToken.getParameterized(rawType(parameterized), arguments).getType();
    }
    if (type instanceof GenericArrayType array) {
      Type component = resolve(array.getGenericComponentType(), bindings);
      return component instanceof Class<?> plain
          ? java.lang.reflect.Array.newInstance(plain, 0).getClass()
          : TypeToken.getArray(component).getType();
    }
    if (type instanceof WildcardType wildcard) {
      return new ResolvedWildcard(
          Stream.of(wildcard.getUpperBounds()).map(b -> resolve(b, bindings)).toArray(Type[]::new),
          Stream.of(wildcard.getLowerBounds()).map(b -> resolve(b, bindings)).toArray(Type[]::new));
    }
    return type;
  }

  static Class<?> rawType(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    if (type instanceof GenericArrayType array) {
      return java.lang.reflect.Array.newInstance(rawType(array.getGenericComponentType()), 0)
          .getClass();
    }
    if (type instanceof WildcardType wildcard) {
      return rawType(wildcard.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /** A short readable name: {@code Page<Item>}, {@code Item[]}, {@code ? super Item}. */
  static String displayName(Type type) {
    if (type instanceof Class<?> plain) {
      return plain.isArray() ? displayName(plain.getComponentType()) + "[]" : plain.getSimpleName();
    }
    if (type instanceof ParameterizedType parameterized) {
      return rawType(parameterized).getSimpleName()
          + Stream.of(parameterized.getActualTypeArguments())
              .map(GenericTypes::displayName)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof GenericArrayType array) {
      return displayName(array.getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getLowerBounds().length > 0) {
        return "? super " + displayName(wildcard.getLowerBounds()[0]);
      }
      Type upper = wildcard.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + displayName(upper);
    }
    return type.getTypeName();
  }

  /**
   * A name fit for {@code $defs} and for a schema's {@code name}: letters, digits and
   * {@code _} only, such as {@code PageOfItem} or {@code PairOfStringAndItemArray}.
   */
  static String identifier(Type type) {
    if (type instanceof Class<?> plain) {
      return plain.isArray() ? identifier(plain.getComponentType()) + "Array" : plain.getSimpleName();
    }
    if (type instanceof ParameterizedType parameterized) {
      return rawType(parameterized).getSimpleName() + "Of"
          + Stream.of(parameterized.getActualTypeArguments())
              .map(GenericTypes::identifier)
              .collect(Collectors.joining("And"));
    }
    if (type instanceof GenericArrayType array) {
      return identifier(array.getGenericComponentType()) + "Array";
    }
    return type.getTypeName().replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** A wildcard whose bounds were resolved; only inspected, never handed to other APIs. */
  private record ResolvedWildcard(Type[] upper, Type[] lower) implements WildcardType {

    @Override
    public Type[] getUpperBounds() {
      return upper.clone();
    }

    @Override
    public Type[] getLowerBounds() {
      return lower.clone();
    }
  }
}
