package io.github.xaijava.errors;

import java.util.Optional;

/**
 * A long-running job (a video generation, a deferred completion) ended as failed or expired.
 *
 * <p>The HTTP call that reported it succeeded (xAI reports a failed video job with HTTP 200);
 * the job itself did not. Starting a new job is the only remedy.
 */
public final class JobFailedException extends XaiException {

  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final String code;
  private final String errorMessage;

  /**
   * Creates the exception; normally only the client does this.
   *
   * @param requestId the job's request id (as returned when it was started), or {@code null}
   * @param code the job's error code (or its terminal status, e.g. {@code expired}), or
   *     {@code null}
   * @param errorMessage the job's error message, or {@code null}
   */
  public JobFailedException(String requestId, String code, String errorMessage) {
    super(describe(requestId, code, errorMessage));
    this.requestId = requestId;
    this.code = code;
    this.errorMessage = errorMessage;
  }

  /** The job's request id, or {@code null} if unknown. */
  public String requestId() {
    return requestId;
  }

  /** The job's error code or terminal status, if any. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The job's error message, if any. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  private static String describe(String requestId, String code, String message) {
    StringBuilder sb = new StringBuilder("Job failed");
    if (code != null && !code.isBlank()) {
      sb.append(" (").append(code).append(')');
    }
    sb.append(": ").append(message == null || message.isBlank() ? "(no message)" : message);
    if (requestId != null && !requestId.isBlank()) {
      sb.append(" [request-id ").append(requestId).append(']');
    }
    return sb.toString();
  }
}
