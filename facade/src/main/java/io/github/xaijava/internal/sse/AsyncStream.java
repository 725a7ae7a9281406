package io.github.xaijava.internal.sse;

import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamResponse;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Push-style reading: opens a stream on an executor thread and hands each event to a
 * {@link StreamHandler}. {@link #cancel()} cancels the call whether it is still waiting for
 * headers or already streaming.
 */
final class AsyncStream<T> implements StreamSubscription {

  private final Callable<? extends StreamResponse<T>> opener;
  private final Runnable cancelOpening;
  private final StreamHandler<T> handler;
  private final CompletableFuture<Void> completion = new CompletableFuture<>();
  private volatile boolean cancelled;
  private volatile StreamResponse<T> stream;

  private AsyncStream(Callable<? extends StreamResponse<T>> opener, Runnable cancelOpening,
      StreamHandler<T> handler) {
    this.opener = opener;
    this.cancelOpening = cancelOpening;
    this.handler = handler;
  }

  /**
   * Starts reading on {@code executor}.
   *
   * @param opener opens the stream (blocks until headers arrive)
   * @param cancelOpening cancels the HTTP call while {@code opener} still waits
   */
  static <T> StreamSubscription start(Executor executor,
      Callable<? extends StreamResponse<T>> opener, Runnable cancelOpening,
      StreamHandler<T> handler) {
    AsyncStream<T> async = new AsyncStream<>(opener, cancelOpening, handler);
    executor.execute(async::run);
    return async;
  }

  private void run() {
    StreamResponse<T> opened = null;
    try {
      if (cancelled) {
        return;
      }
      opened = opener.call();
      stream = opened;
      if (cancelled) {
        return; // cancel() may have missed the stream: the finally closes it
      }
      for (T event : opened) {
        if (cancelled) {
          return;
        }
        handler.onEvent(event);
      }
      if (!cancelled) {
        handler.onComplete();
        completion.complete(null);
      }
    } catch (Exception e) {
      if (!cancelled) {
        try {
          handler.onError(e);
        } finally {
          completion.completeExceptionally(e);
        }
      }
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    cancelOpening.run();
    StreamResponse<T> current = stream;
    if (current != null) {
      current.close();
    }
    completion.cancel(false);
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public CompletableFuture<Void> completion() {
    return completion;
  }
}
