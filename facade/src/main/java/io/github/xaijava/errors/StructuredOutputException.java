package io.github.xaijava.errors;

import java.util.Optional;

/**
 * A model's JSON answer (or a tool call's arguments) could not be read into the Java type asked
 * for: the text is empty, is not JSON, or does not fit the type (a wrong type, a missing required
 * property, an unknown enum constant, a value the type's constructor rejects...).
 *
 * <p>It keeps the whole {@link #rawText()} so a caller can log it, show it, or ask the model
 * again; the message holds the reason, the JSON path and the start of the text.
 */
public final class StructuredOutputException extends XaiException {

  private static final long serialVersionUID = 1L;
  private static final int EXCERPT = 300;

  private final String rawText;
  private final String targetType;
  private final String reason;
  private final String jsonPath;

  /**
   * @param subject what was read, for the message ("the answer as Capital")
   * @param targetType the Java type asked for
   * @param rawText the whole text as the model sent it
   * @param jsonPath where in the text the problem is; empty when the text as a whole is at fault
   * @param reason why the text does not fit
   * @param cause the parser's failure, or {@code null}
   */
  public StructuredOutputException(String subject, String targetType, String rawText,
      Optional<String> jsonPath, String reason, Throwable cause) {
    super("Cannot read " + subject + " from the model's output"
        + jsonPath.map(p -> " at " + p).orElse("") + ": " + reason + excerpt(rawText), cause);
    this.rawText = rawText;
    this.targetType = targetType;
    this.reason = reason;
    this.jsonPath = jsonPath.orElse(null);
  }

  /** The text as the model sent it. */
  public String rawText() {
    return rawText;
  }

  /** The Java type that was asked for, such as {@code Page<Item>}. */
  public String targetType() {
    return targetType;
  }

  /** Why the text does not fit, without the path or the text. */
  public String reason() {
    return reason;
  }

  /**
   * Where in the document the problem is, as a JSON path such as {@code $.items[2].price}; empty
   * when the text as a whole is at fault (empty, or not JSON).
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  private static String excerpt(String rawText) {
    String shown = rawText.length() <= EXCERPT ? rawText : rawText.substring(0, EXCERPT) + "...";
    return " (raw text, " + rawText.length() + " chars: " + shown + ")";
  }
}
