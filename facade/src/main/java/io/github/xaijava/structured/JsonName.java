package io.github.xaijava.structured;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a record component, field or enum constant has in JSON, when it differs from the Java
 * name. The schema, the reader and tool arguments all use it.
 *
 * <pre>{@code
 * record Forecast(@JsonName("temperature_c") double temperatureCelsius) {}
 * enum Sky { @JsonName("clear") CLEAR, @JsonName("cloudy") CLOUDY }
 * }</pre>
 *
 * <p>On a record component it is also copied by the compiler to the record's field and accessor.
 * On a record that is one alternative of a sealed interface carrying {@link Discriminator}, it
 * gives the alternative's discriminator value (the record's simple name otherwise). Gson's
 * {@code @SerializedName} is honoured too; where both are present this one wins.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface JsonName {

  /** The JSON name; must not be empty. */
  String value();
}
