package io.github.xaijava.errors;

/**
 * The unchecked base of every exception thrown by the xAI client.
 *
 * <p>Catch this to handle any failure of a call; catch a subclass to handle one kind.
 * Unchecked because most callers cannot recover from a failed call at the call site, and
 * checked exceptions would not cross {@code CompletableFuture} or stream boundaries anyway.
 */
public class XaiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for people
   */
  public XaiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, for people
   * @param cause the underlying failure, or {@code null}
   */
  public XaiException(String message, Throwable cause) {
    super(message, cause);
  }
}
