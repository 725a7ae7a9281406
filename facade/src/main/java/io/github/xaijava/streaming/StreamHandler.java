package io.github.xaijava.streaming;


/**
 * Receives the events of a stream read in the background
 * ({@code client.async().chat().stream(request, handler)} and the same for responses and messages).
 *
 * <p>Methods are called on one background thread, one at a time, in order: {@link #onEvent} for
 * each event, then exactly one of {@link #onComplete} or {@link #onError} — or neither when the
 * subscription was cancelled. An exception thrown by {@code onEvent} stops the stream and is
 * passed to {@code onError}.
 *
 * @param <T> the event type
 */
public interface StreamHandler<T> {

  /** An event arrived. */
  void onEvent(T event);

  /** The stream ended normally. */
  default void onComplete() {
  }

  /**
   * The stream failed: an HTTP error before the first event, a failure inside the stream, or an
   * exception thrown by {@link #onEvent}.
   */
  default void onError(Throwable error) {
  }
}
