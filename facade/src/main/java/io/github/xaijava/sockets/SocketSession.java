package io.github.xaijava.sockets;

import io.github.xaijava.streaming.StreamHandler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A WebSocket session's events, read one of two ways: iterate (each {@code next()} blocks until
 * an event arrives; the iteration ends when the socket closes, or throws its failure after every
 * event received before it; a new iteration after a {@code break} continues with the next event),
 * or {@link #listen} to have them pushed to a handler on your executor.
 * Events wait in a bounded queue; a reader 10,000 events behind holds back the socket instead of
 * the heap.
 *
 * <p>Close it when done: that closes the socket (code 1000) and frees its connection and thread.
 * {@link #close()} may be called from any thread, also while another thread iterates.
 *
 * @param <E> the event type
 */
public interface SocketSession<E> extends Iterable<E>, AutoCloseable {

  /**
   * The next event, waiting at most {@code timeout}; empty when none came in time or the session
   * ended cleanly.
   *
   * @throws io.github.xaijava.errors.XaiException the session's failure, once every event before
   *     it was handed out
   */
  Optional<E> poll(Duration timeout);

  /**
   * Pushes every event, queued or coming, to {@code handler} on {@code executor}, one at a time and
   * in order, then {@code onComplete} or {@code onError}. Instead of iterating; once only. A
   * handler that throws closes the session.
   */
  void listen(StreamHandler<? super E> handler, Executor executor);

  /** Whether the socket is still open. */
  boolean isOpen();

  /** Closes the socket; queued events are dropped. Idempotent. */
  @Override
  void close();
}
