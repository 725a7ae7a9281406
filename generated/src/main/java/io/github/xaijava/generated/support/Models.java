package io.github.xaijava.generated.support;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reflection helpers shared by the support classes; results are cached per class. */
final class Models {

  private static final ConcurrentHashMap<Class<?>, Set<String>> WIRE_NAMES =
      new ConcurrentHashMap<>();

  private Models() {
  }

  /** The JSON names of the properties a model class declares (its serialised fields). */
  static Set<String> wireNames(Class<?> type) {
    return WIRE_NAMES.computeIfAbsent(type, Models::scan);
  }

  private static Set<String> scan(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        SerializedName name = field.getAnnotation(SerializedName.class);
        names.add(name != null ? name.value() : field.getName());
        if (name != null) {
          names.addAll(java.util.List.of(name.alternate()));
        }
      }
    }
    return Set.copyOf(names);
  }
}
