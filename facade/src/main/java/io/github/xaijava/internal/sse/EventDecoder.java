package io.github.xaijava.internal.sse;

/**
 * Turns SSE events of one API into typed events and knows when that API's stream is over.
 *
 * @param <T> the typed event
 */
interface EventDecoder<T> {

  /**
   * The typed event for {@code event}, or null to hand nothing out (a {@code [DONE]} marker, a
   * keep-alive).
   *
   * @throws io.github.xaijava.errors.XaiStreamException when the event reports a failure
   */
  T decode(SseEvent event);

  /** Whether the terminal event was seen; nothing after it is read. */
  boolean isDone();

  /**
   * Called when the body ended without a terminal event.
   *
   * @throws io.github.xaijava.errors.XaiStreamException when that is a truncation
   */
  void onEndOfInput();
}
