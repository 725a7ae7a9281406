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
public final class XaiStreamException extends XaiException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String errorMessage;
  private final String requestId;

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
    this(code, errorMessage, null, cause);
  }

  /**
   * Creates the exception with xAI's request id; normally only the client does this.
   *
   * @param code the error code sent in the stream, or {@code null} if none
   * @param errorMessage the error message sent in the stream, or {@code null} if none
   * @param requestId the stream's {@code x-request-id}, or {@code null} if none
   * @param cause the underlying failure, or {@code null}
   */
  public XaiStreamException(String code, String errorMessage, String requestId, Throwable cause) {
    super(describe(code, errorMessage, requestId), cause);
    this.code = code;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
  }

  /** The error code sent in the stream, if any. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The error message sent in the stream, if any. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** xAI's id of the request (the stream's {@code x-request-id} header), if sent. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  private static String describe(String code, String message, String requestId) {
    StringBuilder sb = new StringBuilder("Error in stream");
    if (code != null && !code.isBlank()) {
      sb.append(" (").append(code).append(')');
    }
    sb.append(": ").append(message == null || message.isBlank() ? "(no message)" : message);
    if (requestId != null) {
      sb.append(" [request-id ").append(requestId).append(']');
    }
    return sb.toString();
  }
}
