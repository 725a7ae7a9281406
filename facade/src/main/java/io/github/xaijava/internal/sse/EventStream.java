package io.github.xaijava.internal.sse;

import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.streaming.StreamResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Response;

/**
 * The engine behind every {@link StreamResponse}: reads one open HTTP response with an
 * {@link SseReader}, decodes each event and hands it out, one per {@code next()}.
 *
 * <p>Ownership: this closes the response on every path — terminal event, end of input,
 * failure and {@link #close()}. {@code close()} may come from another thread while a reader is
 * blocked: it cancels the call first (which makes the blocked read fail) and the reader then
 * reports a plain end of stream instead of the induced failure.
 *
 * @param <T> the typed event
 */
class EventStream<T> implements StreamResponse<T> {

  private final Response response;
  private final Runnable cancel;
  private final EventDecoder<T> decoder;
  private final Consumer<T> listener;
  private final SseReader reader;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean iterated = new AtomicBoolean();
  private final AtomicBoolean released = new AtomicBoolean();
  /** Set by the reading thread while it may be inside the socket read. */
  private volatile boolean reading;
  private volatile boolean finished;
  private volatile boolean complete;
  private T next;

  /**
   * @param response an open, successful response whose body is the event stream
   * @param cancel cancels the underlying call (may be called from any thread)
   * @param listener sees each event just before it is handed out (accumulation)
   */
  EventStream(Response response, Runnable cancel, EventDecoder<T> decoder, Consumer<T> listener,
      long maxEventBytes) {
    this.response = response;
    this.cancel = cancel;
    this.decoder = decoder;
    this.listener = listener;
    this.reader = new SseReader(response.body().source(), maxEventBytes);
  }

  @Override
  public Iterator<T> iterator() {
    if (!iterated.compareAndSet(false, true)) {
      throw new IllegalStateException("a stream can be iterated only once");
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public T next() {
        if (!advance()) {
          throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
      }
    };
  }

  private boolean advance() {
    if (next != null) {
      return true;
    }
    while (!finished) {
      SseEvent event;
      reading = true;
      try {
        if (closed.get()) {
          finish();
          return false;
        }
        event = reader.next();
      } catch (IOException | IllegalStateException e) {
        // IllegalStateException: OkHttp's body source reports "closed" once it was cancelled.
        finish();
        if (closed.get()) {
          return false;
        }
        if (e instanceof IOException io) {
          throw withRequestId(StreamErrors.io(io));
        }
        throw (IllegalStateException) e;
      } finally {
        reading = false;
      }
      if (closed.get()) {
        finish(); // closed while reading: the caller wants nothing more
        return false;
      }
      if (event == null) {
        finish();
        try {
          decoder.onEndOfInput();
        } catch (XaiStreamException e) {
          throw withRequestId(e);
        }
        complete = true;
        return false;
      }
      T decoded;
      try {
        decoded = decoder.decode(event);
      } catch (XaiStreamException e) {
        finish();
        throw withRequestId(e);
      }
      if (decoder.isDone()) {
        complete = true;
        finish();
      }
      if (decoded != null) {
        listener.accept(decoded);
        next = decoded;
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isComplete() {
    return complete;
  }

  /** The failure with xAI's id of this request, so that a stream error can be traced too. */
  private RuntimeException withRequestId(RuntimeException e) {
    String requestId = response.header("x-request-id");
    if (!(e instanceof XaiStreamException failure) || requestId == null
        || failure.requestId().isPresent()) {
      return e;
    }
    XaiStreamException traced = new XaiStreamException(failure.code().orElse(null),
        failure.errorMessage().orElse(null), requestId, failure.getCause());
    traced.setStackTrace(failure.getStackTrace());
    return traced;
  }

  private void finish() {
    finished = true;
    // Closing lets OkHttp drain a finished body and pool the connection, or drop it otherwise.
    closeQuietly();
  }

  private void closeQuietly() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    try {
      response.close();
    } catch (RuntimeException ignored) {
      // a concurrent cancel may leave the body in a state where close complains
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (!finished) {
        cancel.run();
      }
      // Never close the body under a reader blocked in it: the cancel above wakes that reader,
      // which then closes the body itself (see advance()).
      if (!reading) {
        closeQuietly();
      }
    }
  }

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    return closed.get();
  }
}
