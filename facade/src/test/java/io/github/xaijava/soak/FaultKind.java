package io.github.xaijava.soak;

/**
 * The faults a soak injects, each with the outcome the client's retry policy promises for it. The
 * soak's client retries twice and opts in to retrying POSTs after 5xx answers and dropped
 * connections ({@code RetryPolicy.retryPostOnServerError}); it never retries once an answer's
 * body has started.
 */
public enum FaultKind {
  /** One 429 with a short Retry-After: retried after the wait, the answer. */
  RATE_LIMITED_ONCE(true, Calls.ALL),
  /** A 429 on every attempt: {@code RateLimitException} after the last retry. */
  RATE_LIMITED_ALWAYS(false, Calls.ALL),
  /** One 500, 502 or 503: retried, the answer. */
  SERVER_ERROR_ONCE(true, Calls.ALL),
  /** A 5xx on every attempt: {@code InternalServerException} of its status, after the retries. */
  SERVER_ERROR_ALWAYS(false, Calls.ALL),
  /** The connection closed before any byte of the answer, once: retried, the answer. */
  DROPPED_ONCE(true, Calls.ALL),
  /** Dropped on every attempt: {@code XaiIoException} of kind CONNECTION after the retries. */
  DROPPED_ALWAYS(false, Calls.ALL),
  /**
   * The body (or every event) slower than the read timeout: {@code XaiIoException} of kind
   * TIMEOUT, not retried (the answer had started), no event.
   */
  STALL(false, Calls.ALL),
  /**
   * A chat completion's 200 answer cut right after its headers: {@code XaiIoException} of kind
   * CONNECTION, not retried (the answer had begun). The soak once found the kind depending on
   * framing (a chunked body cut between chunks was UNREADABLE_BODY, a Content-Length body
   * CONNECTION); both are CONNECTION now.
   */
  BODY_CUT(false, Calls.CREATES),
  /** A stream cut after 0 to 3 events: those, then {@code XaiStreamException} "ended early". */
  STREAM_CUT(false, Calls.STREAMS),
  /** An error frame after 0 to 3 events: those, then {@code XaiStreamException} with its code. */
  ERROR_FRAME(false, Calls.STREAMS);

  /** The calls a fault exists for. */
  private enum Calls { ALL, CREATES, STREAMS }

  private final boolean answered;
  private final Calls calls;

  FaultKind(boolean answered, Calls calls) {
    this.answered = answered;
    this.calls = calls;
  }

  /** Whether the client's retries end the call with the answer. */
  public boolean answered() {
    return answered;
  }

  /** Whether the fault is given to one kind of call only (streams, or chat completions). */
  public boolean forOneKindOfCall() {
    return calls != Calls.ALL;
  }

  public boolean appliesTo(CallShape shape) {
    return calls == Calls.ALL || (calls == Calls.STREAMS) == shape.isStream();
  }

  /** On every attempt of the call (as many as the retry policy allows), or on the first only. */
  public boolean onEveryAttempt() {
    return this == RATE_LIMITED_ALWAYS || this == SERVER_ERROR_ALWAYS || this == DROPPED_ALWAYS;
  }

  /** How many attempts of the call the simulator must see. */
  public int attempts(int maxRetries) {
    return onEveryAttempt() ? 1 + maxRetries : answered ? 2 : 1;
  }
}
