package io.github.xaijava.generated.support;

import com.google.gson.JsonElement;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of every generated union type (a schema written with {@code oneOf}).
 *
 * <p>A union holds exactly one of its forms. Generated subclasses add {@code ofX(...)} factories,
 * {@code isX()} tests and {@code asX()} accessors for each form. JSON of a form this version of the
 * client does not know is kept as it was received: {@link #isKnown()} is false, {@link #rawJson()}
 * returns it, and writing the union sends it back unchanged. Instances are immutable.
 */
public abstract class OneOf {

  /** Variant number of a form this version does not know. */
  protected static final int UNKNOWN = 0;

  private final int variant;
  private final Object value;

  /**
   * Creates a union holding {@code value} as form number {@code variant} (1-based), or as unknown
   * JSON when {@code variant} is {@link #UNKNOWN}.
   */
  protected OneOf(int variant, Object value) {
    if (variant == UNKNOWN && !(value instanceof JsonElement)) {
      throw new IllegalArgumentException("an unknown form must be held as JsonElement");
    }
    this.variant = variant;
    this.value = Objects.requireNonNull(value, "value == null");
  }

  /** The 1-based number of the form held, {@link #UNKNOWN} for unknown JSON. */
  protected final int variant() {
    return variant;
  }

  /** The value held: one of the declared forms, or a {@link JsonElement} when unknown. */
  public final Object value() {
    Object held = value;
    return held instanceof JsonElement json ? json.deepCopy() : held;
  }

  /** Whether the value is one of the forms this version knows. */
  public final boolean isKnown() {
    return variant != UNKNOWN;
  }

  /** The JSON as received when the form is unknown; empty for a known form. */
  public final Optional<JsonElement> rawJson() {
    return variant == UNKNOWN ? Optional.of(((JsonElement) value).deepCopy()) : Optional.empty();
  }

  /**
   * The value when it is form {@code expected}.
   *
   * @throws IllegalStateException when another form is held
   */
  @SuppressWarnings("unchecked")
  protected final <V> V variantValue(int expected, String typeName) {
    if (variant != expected) {
      throw new IllegalStateException(
          getClass().getSimpleName() + " does not hold " + typeName + ": it holds " + describe());
    }
    return (V) value;
  }

  private String describe() {
    return variant == UNKNOWN ? "unknown JSON" : value.getClass().getSimpleName();
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    OneOf that = (OneOf) other;
    return variant == that.variant && value.equals(that.value);
  }

  @Override
  public final int hashCode() {
    return 31 * variant + value.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + (variant == UNKNOWN ? "[unknown " : "[") + value + "]";
  }
}
