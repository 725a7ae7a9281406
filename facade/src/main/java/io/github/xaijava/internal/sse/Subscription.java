package io.github.xaijava.internal.sse;

import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamResponse;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import okhttp3.Response;

/**
 * A stream read in the background. Nothing waits while the call is opening (it runs on OkHttp's
 * dispatcher, retries scheduled); once the answer is there, one thread reads it and hands each
 * event to the handler in order: the callback executor's, or OkHttp's that received it.
 * {@link #cancel()} stops it at any point and frees the connection.
 */
final class Subscription<T> implements StreamSubscription {

  private final CompletableFuture<Response> opening;
  private final Function<Response, ? extends StreamResponse<T>> open;
  private final StreamHandler<T> handler;
  private final CompletableFuture<Void> completion = new CompletableFuture<>();
  private volatile boolean cancelled;
  private volatile StreamResponse<T> stream;

  private Subscription(CompletableFuture<Response> opening,
      Function<Response, ? extends StreamResponse<T>> open, StreamHandler<T> handler) {
    this.opening = opening;
    this.open = open;
    this.handler = handler;
  }

  /**
   * Starts reading once {@code opening} has the answer: on the callback executor when there is
   * one, else on the thread that completed it (OkHttp's). An answer that is in before this method
   * registers would be read on the caller's thread, blocking it for the whole stream; it is
   * handed to {@code readers} instead.
   */
  static <T> StreamSubscription start(CompletableFuture<Response> opening,
      Function<Response, ? extends StreamResponse<T>> open, StreamHandler<T> handler,
      Executor callbacks, Executor readers) {
    Subscription<T> subscription = new Subscription<>(opening, open, handler);
    Thread caller = Thread.currentThread();
    opening.whenComplete((response, error) -> {
      if (error != null) {
        subscription.fail(unwrap(error));
        return;
      }
      Executor executor = callbacks != null ? callbacks
          : Thread.currentThread() == caller ? readers : null;
      if (executor == null) {
        subscription.read(response);
        return;
      }
      try {
        executor.execute(() -> subscription.read(response));
      } catch (RejectedExecutionException e) {
        response.close();
        subscription.fail(e);
      }
    });
    return subscription;
  }

  private void read(Response response) {
    if (cancelled) {
      response.close();
      return;
    }
    StreamResponse<T> opened = null;
    try {
      opened = open.apply(response);
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
    } catch (RuntimeException e) {
      fail(e);
    } finally {
      if (opened != null) {
        opened.close();
      } else {
        response.close();
      }
    }
  }

  private void fail(Throwable error) {
    if (cancelled) {
      return;
    }
    try {
      handler.onError(error);
    } finally {
      completion.completeExceptionally(error);
    }
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    opening.cancel(true);
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
