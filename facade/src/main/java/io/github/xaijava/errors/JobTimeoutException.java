package io.github.xaijava.errors;

import io.github.xaijava.errors.XaiException;
import java.time.Duration;

/**
 * The caller's timeout passed while a job was still pending. The job itself may still finish:
 * awaiting the same handle again (or polling it) picks the result up later.
 */
public final class JobTimeoutException extends XaiException {

  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final Duration timeout;
  private final int polls;

  /**
   * Creates the exception; normally only the client does this.
   *
   * @param requestId the job's request id
   * @param timeout the timeout that passed
   * @param polls how many times xAI was asked
   */
  public JobTimeoutException(String requestId, Duration timeout, int polls) {
    super("Job " + requestId + " still pending after " + timeout + " (" + polls
        + (polls == 1 ? " poll)" : " polls)"));
    this.requestId = requestId;
    this.timeout = timeout;
    this.polls = polls;
  }

  /** The job's request id. */
  public String requestId() {
    return requestId;
  }

  /** The timeout that passed. */
  public Duration timeout() {
    return timeout;
  }

  /** How many times xAI was asked before giving up. */
  public int polls() {
    return polls;
  }
}
