package io.github.xaijava.errors;

import java.util.Optional;

/**
 * An error reported inside a stream that had started successfully (HTTP 200), e.g. a
 * {@code {"type":"error"}} event, a {@code response.failed} event or a chat chunk carrying
 * {@code code}/{@code error}.
 *
 * <p>The stream cannot continue. Data delivered before the error is not retried
 * automatically.
 */
public class XaiStreamException extends XaiException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String errorMessage;

  /**
   * Creates the exception; normally only the client does this.
   *
   * @param code the error code sent in the stream, or {@code null} if none
   * @param errorMessage the error message sent in the stream, or {@code null} if none
   */
  public XaiStreamException(String code, String errorMessage) {
    this(code, errorMessage, null);
  }

  /**
   * Creates the exception with a cause; normally only the client does this.
   *
   * @param code the error code sent in the stream, or {@code null} if none
   * @param errorMessage the error message sent in the stream, or {@code null} if none
   * @param cause the underlying failure, or {@code null}
   */
  public XaiStreamException(String code, String errorMessage, Throwable cause) {
    super(describe(code, errorMessage), cause);
    this.code = code;
    this.errorMessage = errorMessage;
  }

  /** The error code sent in the stream, if any. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The error message sent in the stream, if any. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  private static String describe(String code, String message) {
    StringBuilder sb = new StringBuilder("Error in stream");
    if (code != null && !code.isBlank()) {
      sb.append(" (").append(code).append(')');
    }
    sb.append(": ").append(message == null || message.isBlank() ? "(no message)" : message);
    return sb.toString();
  }
}
