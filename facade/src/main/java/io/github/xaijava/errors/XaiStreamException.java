package io.github.xaijava.errors;

/**
 * PLACEHOLDER until branch {@code facade-core} provides the real class; replaced at merge.
 *
 * <p>A streamed answer that failed after it started: an error payload inside a 200 stream, a
 * terminal failure event, or a stream that ended early.
 */
public class XaiStreamException extends RuntimeException {

  private final String code;
  private final String error;

  public XaiStreamException(String message, String code, String error, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.error = error;
  }

  /** xAI's {@code code}, or null. */
  public String code() {
    return code;
  }

  /** xAI's {@code error} message, or null. */
  public String error() {
    return error;
  }
}
