package io.github.xaijava.structured;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a tag property on every alternative of a sealed interface, so the answer says which
 * record it is.
 *
 * <pre>{@code
 * @Discriminator("kind")
 * sealed interface Shape permits Circle, Square {}
 * record Circle(double radius) implements Shape {}              // {"kind":"Circle","radius":1.5}
 * @JsonName("square") record Square(double side) implements Shape {} // {"kind":"square","side":2}
 * }</pre>
 *
 * <p>Each alternative's schema gets a first, required property of that name whose {@code const}
 * is the record's {@link JsonName} or else its simple name; the reader picks the record by it.
 *
 * <p>Without this annotation a sealed interface is a plain {@code anyOf} of its records and the
 * reader picks the one record whose properties fit the answer: every required property present,
 * no property it does not know, every value of the right type. Building the schema refuses two
 * alternatives with identical properties, since no answer could tell them apart; if several
 * records still fit one answer (optional properties make that possible) reading fails as
 * ambiguous. Use a discriminator whenever alternatives look alike.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Discriminator {

  /** The name of the tag property, such as {@code "type"} or {@code "kind"}. */
  String value();
}
