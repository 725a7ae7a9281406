package io.github.xaijava.structured;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and describes the function tool whose arguments a record holds; read by
 * {@link ToolFunction#of(Class)}.
 *
 * <pre>{@code
 * @ToolSpec(name = "get_weather", description = "Current weather for a city")
 * record GetWeather(String city, Optional<Unit> unit) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ToolSpec {

  /**
   * The function name: 1 to 64 letters, digits, {@code _} or {@code -}. Empty (the default)
   * means the record's simple name in snake_case ({@code GetWeather} becomes
   * {@code get_weather}).
   */
  String name() default "";

  /** What the function does. Empty (the default) means the record's {@link Description}, if any. */
  String description() default "";
}
