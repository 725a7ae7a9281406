package io.github.xaijava.structured;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text the model reads about a type, a property or an enum constant: it becomes the
 * {@code description} of the schema (for constants, a line {@code value: text} in the enum's
 * description).
 *
 * <pre>{@code
 * @Description("Weather at one place and day")
 * record Forecast(@Description("Celsius, one decimal") double temperature) {}
 * }</pre>
 *
 * <p>A property's description replaces the description of its type when that type is written in
 * place (strings, numbers, enums, lists); an object or sealed type in {@code $defs} keeps its own
 * and the property adds its own next to the {@code $ref}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Description {

  /** The description. */
  String value();
}
