package io.github.xaijava.internal.sockets;

import io.github.xaijava.errors.XaiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.streaming.StreamHandler;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not API. The events of one socket session on their way to the user: read from a blocking
 * iterator, or pushed to a handler on the user's executor, one at a time and in order. Bounded: a
 * reader that falls 10,000 events behind holds the socket's reader thread, so the server's frames
 * wait in TCP instead of in memory. The end (clean, or the failure) comes after every event.
 *
 * @param <E> the event type
 */
public final class EventQueue<E> implements Iterable<E> {

  /** Events a session's reader may fall behind before the socket is held back. */
  public static final int SESSION_CAPACITY = 10_000;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final AtomicBoolean iterated = new AtomicBoolean();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Runnable onHandlerFailure;
  private volatile XaiException failure;
  private volatile boolean finished;
  private volatile boolean ended;
  private volatile StreamHandler<? super E> handler;
  private volatile Executor executor;
  private volatile boolean abandoned;

  /**
   * @param capacity events held before {@link #push} blocks
   * @param onHandlerFailure run when a handler throws (the session closes itself)
   */
  public EventQueue(int capacity, Runnable onHandlerFailure) {
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.onHandlerFailure = onHandlerFailure;
  }

  /** Adds an event; blocks while the queue is full. */
  public void push(E event) {
    if (abandoned) {
      return;
    }
    try {
      queue.put(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    scheduleDrain();
  }

  /** Ends the events: after those queued, the iterator ends, or throws {@code failure}. */
  public void end(XaiException failure) {
    if (ended) {
      return;
    }
    this.failure = failure;
    ended = true;
    queue.offer(END); // if full, the iterator sees `ended` once the queue is empty
    scheduleDrain();
  }

  /** The session was closed by its user: drop what is queued, free a blocked reader thread. */
  public void abandon() {
    abandoned = true;
    queue.clear();
    end(null);
  }

  /** The failure the events ended with, once ended. */
  public Optional<XaiException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether {@link #end} was called. */
  public boolean isEnded() {
    return ended;
  }

  /**
   * The next event within {@code timeout}; empty when none came in time or the events ended
   * cleanly.
   */
  public Optional<E> poll(Duration timeout) {
    requireNoHandler();
    if (finished) {
      return finish();
    }
    Object next;
    try {
      next = queue.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED, "interrupted while waiting", e, 0);
    }
    if (next == null) {
      return ended && queue.isEmpty() ? finish() : Optional.empty();
    }
    if (next == END) {
      finished = true;
      return finish();
    }
    @SuppressWarnings("unchecked")
    E event = (E) next;
    return Optional.of(event);
  }

  private Optional<E> finish() {
    if (failure != null) {
      throw failure;
    }
    return Optional.empty();
  }

  /**
   * The events not yet taken, blocking for each; not with a handler. Iterating again (after a
   * {@code break}) continues where the last iteration stopped.
   */
  @Override
  public Iterator<E> iterator() {
    requireNoHandler();
    iterated.set(true);
    return new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = take();
        }
        if (next == END) {
          if (failure != null) {
            throw failure;
          }
          return false;
        }
        return true;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        @SuppressWarnings("unchecked")
        E event = (E) next;
        next = null;
        return event;
      }
    };
  }

  private Object take() {
    if (finished) {
      return END;
    }
    try {
      while (true) {
        Object next = queue.poll(100, TimeUnit.MILLISECONDS);
        if (next == END || next == null && ended && queue.isEmpty()) {
          finished = true;
          return END;
        }
        if (next != null) {
          return next;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED, "interrupted while waiting", e, 0);
    }
  }

  /** Pushes every event, queued or coming, to {@code handler} on {@code executor}. Once only. */
  public void listen(StreamHandler<? super E> handler, Executor executor) {
    Objects.requireNonNull(handler, "handler == null");
    Objects.requireNonNull(executor, "executor == null");
    if (iterated.getAndSet(true)) {
      throw new IllegalStateException("the events already have a reader");
    }
    this.executor = executor;
    this.handler = handler;
    scheduleDrain();
  }

  private void requireNoHandler() {
    if (handler != null) {
      throw new IllegalStateException("the events go to a handler");
    }
  }

  private void scheduleDrain() {
    if (handler != null && draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      Object next;
      while (!finished && (next = queue.poll()) != null) {
        if (next == END) {
          finished = true;
          deliverEnd();
          return;
        }
        @SuppressWarnings("unchecked")
        E event = (E) next;
        try {
          handler.onEvent(event);
        } catch (RuntimeException e) {
          finished = true;
          onHandlerFailure.run();
          handler.onError(e);
          return;
        }
      }
      if (!finished && ended && queue.isEmpty()) {
        finished = true;
        deliverEnd();
      }
    } finally {
      draining.set(false);
    }
    if (!finished && !queue.isEmpty()) {
      scheduleDrain();
    }
  }

  private void deliverEnd() {
    if (failure != null) {
      handler.onError(failure);
    } else {
      handler.onComplete();
    }
  }
}
