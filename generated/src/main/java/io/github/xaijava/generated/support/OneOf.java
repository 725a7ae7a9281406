package io.github.xaijava.generated.support;

import com.google.gson.JsonElement;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of every generated holder union: a schema written with {@code oneOf} whose forms include a
 * string, number, boolean or array, such as message content (text, or a list of parts).
 *
 * <p>A holder holds exactly one form. Generated subclasses add, per form, a factory
 * ({@code Content.ofText(...)}), a test ({@code isText()}), an {@code Optional} accessor
 * ({@code text()}) and a visitor. JSON of a form this version does not know is kept as it was
 * received: {@link #isKnown()} is false, {@link #rawJson()} returns it, and writing sends it back
 * unchanged. Instances are immutable.
 */
public abstract class OneOf {

  /** Form number of a form this version does not know. */
  protected static final int UNKNOWN = 0;

  private final int variant;
  private final Object value;

  /**
   * A holder of {@code value} as form {@code variant} (1-based), or of unknown JSON when
   * {@code variant} is {@link #UNKNOWN}.
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

  /** The value held (for generated accessors; unknown JSON is held as a private copy). */
  protected final Object held() {
    return value;
  }

  /** Whether the value is one of the forms this version knows. */
  public final boolean isKnown() {
    return variant != UNKNOWN;
  }

  /** The JSON as received when the form is unknown (a copy); empty for a known form. */
  public final Optional<JsonElement> rawJson() {
    return variant == UNKNOWN ? Optional.of(((JsonElement) value).deepCopy()) : Optional.empty();
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
