package io.github.xaijava.generated.support;

/**
 * A property the API document calls required was absent from the JSON that was read (xAI omits
 * some of them), and the caller asked for it.
 *
 * <p>Reading never fails for a missing property; only the accessor does, so the rest of the
 * object stays usable. Unchecked, like a programming error: check the {@code Optional} accessors
 * of related properties, or catch this where a partial answer is acceptable.
 */
public final class MissingPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final String property;

  /**
   * @param type the model class's simple name
   * @param property the JSON name of the missing property
   */
  public MissingPropertyException(String type, String property) {
    super(type + "." + property + " is required by xAI's API document but the JSON had no \""
        + property + "\"");
    this.type = type;
    this.property = property;
  }

  /** The model class's simple name, e.g. {@code ChatResponse}. */
  public String type() {
    return type;
  }

  /** The JSON name of the property, e.g. {@code id}. */
  public String property() {
    return property;
  }
}
