package io.github.xaijava.generated.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every generated enumeration: a string value that may be one of the constants this
 * version knows, or any other value the API sends (or the caller wants to send).
 *
 * <p>An unknown value is kept, compares by its text, is written back as it was and can be sent:
 * {@code ServiceTier.of("turbo")}. {@link #isKnown()} tells the two apart. Instances are
 * immutable; known values are singletons, so {@code ==} works for them, {@code equals} for all.
 */
public abstract class OpenEnum {

  private final String value;
  private final boolean known;

  /** For generated subclasses. */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.known = known;
  }

  /** The value as sent on the wire. */
  public final String asString() {
    return value;
  }

  /** Whether the value is one of the constants of this version. */
  public final boolean isKnown() {
    return known;
  }

  /** An index of known values for a generated {@code of(String)}. */
  @SafeVarargs
  protected static <E extends OpenEnum> Map<String, E> index(E... constants) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : constants) {
      map.put(e.asString(), e);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public final boolean equals(Object other) {
    return this == other
        || other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The wire value, so that an enum in a URL or a log reads as it is sent. */
  @Override
  public final String toString() {
    return value;
  }
}
