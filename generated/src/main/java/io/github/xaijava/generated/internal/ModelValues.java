package io.github.xaijava.generated.internal;

import io.github.xaijava.generated.support.MissingPropertyException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The accessor and copy steps of generated models: how a stored value is handed out
 * ({@code Optional}, empty list, required) and how a caller's value is copied in. Not for direct
 * use.
 */
public final class ModelValues {

  private ModelValues() {
  }

  /** A required value, or {@link MissingPropertyException} naming the class and property. */
  public static <T> T require(T value, Object owner, String property) {
    if (value == null) {
      throw new MissingPropertyException(owner.getClass().getSimpleName(), property);
    }
    return value;
  }

  /** A required JSON value, copied so the model stays immutable. */
  @SuppressWarnings("unchecked")
  public static <T extends JsonElement> T requireJson(T value, Object owner, String property) {
    return (T) require(value, owner, property).deepCopy();
  }

  @SuppressWarnings("unchecked")
  public static <T extends JsonElement> Optional<T> optionalJson(T value) {
    return value == null ? Optional.empty() : Optional.of((T) value.deepCopy());
  }

  public static OptionalInt optionalInt(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  public static OptionalLong optionalLong(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  public static OptionalDouble optionalDouble(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** A stored list, or an empty one when absent. */
  public static <E> List<E> list(List<E> value) {
    return value == null ? List.of() : value;
  }

  /** A stored map, or an empty one when absent. */
  public static <V> Map<String, V> map(Map<String, V> value) {
    return value == null ? Map.of() : value;
  }

  /** A builder's list frozen for the model: copied, unmodifiable; null stays null. */
  public static <E> List<E> freeze(List<E> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** A builder's map frozen for the model: copied, unmodifiable, order kept; null stays null. */
  public static <V> Map<String, V> freeze(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A caller's collection copied into a builder (elements must not be null). */
  public static <E> List<E> copyIn(Collection<? extends E> values) {
    if (values == null) {
      return null;
    }
    List<E> copy = new ArrayList<>(values.size());
    for (E e : values) {
      copy.add(Objects.requireNonNull(e, "list element == null"));
    }
    return copy;
  }

  /** A caller's map copied into a builder (keys and values must not be null). */
  public static <V> Map<String, V> copyIn(Map<String, ? extends V> values) {
    if (values == null) {
      return null;
    }
    Map<String, V> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "map key == null"),
        Objects.requireNonNull(v, "map value == null")));
    return copy;
  }

  /** A caller's JSON copied, so later changes to it do not reach the model. */
  @SuppressWarnings("unchecked")
  public static <T extends JsonElement> T copyIn(T json) {
    return json == null ? null : (T) json.deepCopy();
  }

  /** An unmodifiable list for a holder form; elements must not be null. */
  public static <E> List<E> immutableList(List<? extends E> values) {
    Objects.requireNonNull(values, "list == null");
    return Collections.unmodifiableList(copyIn(values));
  }

  /** The extra properties of a model, copied for the caller. */
  public static Map<String, JsonElement> extras(Map<String, JsonElement> extras) {
    if (extras == null || extras.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonElement> copy = new LinkedHashMap<>();
    extras.forEach((k, v) -> copy.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /** One extra property of a model, copied. */
  public static Optional<JsonElement> extra(Map<String, JsonElement> extras, String name) {
    JsonElement e = extras == null ? null : extras.get(name);
    return e == null ? Optional.empty() : Optional.of(e.deepCopy());
  }

  /**
   * Sets an undeclared property in a builder's map, creating it; {@code null} removes it.
   *
   * @throws IllegalArgumentException when the class declares {@code name}
   */
  public static Map<String, JsonElement> putExtra(Map<String, JsonElement> extras, String type,
      java.util.Set<String> declared, String name, JsonElement value) {
    Objects.requireNonNull(name, "name == null");
    if (declared.contains(name)) {
      throw new IllegalArgumentException(
          name + " is a declared property of " + type + ": use its builder method");
    }
    Map<String, JsonElement> map = extras == null ? new LinkedHashMap<>() : extras;
    if (value == null) {
      map.remove(name);
    } else {
      map.put(name, value.deepCopy());
    }
    return map;
  }

  /** Appends to a builder's list, creating it. */
  public static <E> List<E> add(List<E> list, E element) {
    List<E> target = list == null ? new ArrayList<>() : list;
    target.add(Objects.requireNonNull(element, "element == null"));
    return target;
  }

  /** Puts into a builder's map, creating it. */
  public static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
    Map<String, V> target = map == null ? new LinkedHashMap<>() : map;
    target.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
    return target;
  }

  /** The frozen extras of a model being built; null when there are none. */
  public static Map<String, JsonElement> freezeExtras(Map<String, JsonElement> extras) {
    return extras == null || extras.isEmpty() ? null : Collections.unmodifiableMap(
        new LinkedHashMap<>(extras));
  }

  /** A JSON object holding {@code map} as written by {@code gson}'s plain rules. */
  public static JsonObject jsonObject(com.google.gson.Gson gson, Map<String, ?> map) {
    return map == null ? null : gson.toJsonTree(map).getAsJsonObject();
  }
}
