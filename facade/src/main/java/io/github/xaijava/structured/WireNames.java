package io.github.xaijava.structured;

import com.google.gson.annotations.SerializedName;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.util.Optional;

/** Reads our annotations (and Gson's {@link SerializedName}) the same way for schema and reader. */
final class WireNames {

  private WireNames() {
  }

  /**
   * The JSON name declared on any of {@code elements}: {@link JsonName} first, then
   * {@link SerializedName}; empty when neither is present. The value is returned as written (the
   * caller refuses an empty one, where it knows the path).
   */
  static Optional<String> declaredName(AnnotatedElement... elements) {
    for (AnnotatedElement element : elements) {
      if (element != null && element.getAnnotation(JsonName.class) != null) {
        return Optional.of(element.getAnnotation(JsonName.class).value());
      }
    }
    for (AnnotatedElement element : elements) {
      if (element != null && element.getAnnotation(SerializedName.class) != null) {
        return Optional.of(element.getAnnotation(SerializedName.class).value());
      }
    }
    return Optional.empty();
  }

  /** The first {@link Description} on any of {@code elements}. */
  static Optional<String> description(AnnotatedElement... elements) {
    for (AnnotatedElement element : elements) {
      if (element != null && element.getAnnotation(Description.class) != null) {
        return Optional.of(element.getAnnotation(Description.class).value());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether any declaration or type-use annotation named {@code Nullable} (JSpecify, JSR-305,
   * Jakarta, Checker Framework, AndroidX...) marks the element; matched by simple name so no
   * such library is needed here.
   */
  static boolean isNullable(AnnotatedType typeUse, AnnotatedElement... elements) {
    if (typeUse != null && anyNamedNullable(typeUse.getAnnotations())) {
      return true;
    }
    for (AnnotatedElement element : elements) {
      if (element != null && anyNamedNullable(element.getAnnotations())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyNamedNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** {@code GetWeather} → {@code get_weather}, {@code HTTPStatus} → {@code http_status}. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (previous != '_' && (!Character.isUpperCase(previous) || nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
