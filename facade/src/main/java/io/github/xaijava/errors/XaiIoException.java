package io.github.xaijava.errors;

import java.util.Objects;

/**
 * The call failed without an HTTP error answer: the network failed, a timeout expired, the
 * call was cancelled or interrupted, or a successful (2xx) body could not be read.
 *
 * <p>{@link #kind()} says which. The underlying {@link java.io.IOException} (or parse error)
 * is the {@link #getCause() cause}.
 */
public final class XaiIoException extends XaiException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this was. */
  public enum Kind {
    /**
     * Connecting, sending or receiving failed (refused, reset, unknown host, TLS, an answer's body
     * cut off before its end).
     */
    CONNECTION,
    /** A timeout expired (connect, read, write or the whole call). */
    TIMEOUT,
    /** The call was cancelled, or the calling thread was interrupted. */
    CANCELED,
    /**
     * The server answered 2xx with a body that arrived whole but is not what was expected:
     * empty, not JSON, or JSON of another shape.
     */
    UNREADABLE_BODY,
    /**
     * Over a size limit, which the message names: an answer larger than the client reads into
     * memory ({@link io.github.xaijava.config.ClientOptions.Builder#maxResponseBytes}), a stream
     * event ({@link io.github.xaijava.config.ClientOptions.Builder#maxStreamEventBytes}), or an
     * upload larger than xAI accepts
     * ({@link io.github.xaijava.config.ClientOptions.Builder#checkUploadLimits}).
     */
    TOO_LARGE,
    /**
     * A WebSocket's frames waiting to be written would pass its bound: nothing was sent and the
     * socket stays open (send slower, or wait for the queue to drain).
     */
    SEND_QUEUE_FULL
  }

  private final Kind kind;
  private final int retryCount;

  /**
   * Creates the exception; normally only the client does this.
   *
   * @param kind what kind of failure
   * @param message what went wrong, for people
   * @param cause the underlying failure, or {@code null}
   * @param retryCount retries made before giving up
   */
  public XaiIoException(Kind kind, String message, Throwable cause, int retryCount) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryCount = retryCount;
  }

  /** What kind of failure this was. */
  public Kind kind() {
    return kind;
  }

  /** Whether a timeout expired ({@code kind() == TIMEOUT}). */
  public boolean isTimeout() {
    return kind == Kind.TIMEOUT;
  }

  /** How many times the request was retried before this failure was reported (0 if never). */
  public int retryCount() {
    return retryCount;
  }
}
