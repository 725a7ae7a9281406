package io.github.xaijava.streaming;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streamed answer that is read as it arrives: an open HTTP response seen as a sequence of
 * events.
 *
 * <pre>{@code
 * try (ChatStream stream = client.chat().stream(request)) {
 *   for (ChatResponseChunk chunk : stream) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>It can be iterated once, by {@link #iterator()} or {@link #stream()}. Reading blocks the
 * calling thread until the next event arrives. A failure inside the stream is thrown as
 * {@link io.github.xaijava.errors.XaiStreamException} from {@code hasNext()} after every event
 * received before it was returned. Always close it: closing before the end cancels the HTTP call
 * and frees its connection; closing after the end is harmless. {@link #close()} may be called from
 * another thread to stop a reader; the reader then sees the end of the stream, and
 * {@link #isComplete()} stays false.
 *
 * @param <T> the event type
 */
public interface StreamResponse<T> extends Iterable<T>, AutoCloseable {

  /**
   * The events, read lazily from the network.
   *
   * @throws IllegalStateException when called a second time
   */
  @Override
  Iterator<T> iterator();

  /** The events as a sequential {@link Stream}; closing the {@code Stream} closes this. */
  default Stream<T> stream() {
    Spliterator<T> spliterator =
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /**
   * Whether the stream reached its proper end ({@code [DONE]}, {@code response.completed},
   * {@code message_stop}, or an end of input the API allows). False while it is being read, and
   * for ever after it failed or was closed early: what was accumulated is then partial.
   */
  boolean isComplete();

  /** Cancels the HTTP call if it is still running and frees the connection. Idempotent. */
  @Override
  void close();
}
