package io.github.xaijava.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one operation the blocking way or the asynchronous way, so that one test checks both:
 * the async form must yield the same result, or fail with the same exception (unwrapped here).
 */
public enum Both {
  SYNC, ASYNC;

  /** {@code sync.get()}, or {@code async.get()} awaited, its failure's cause rethrown. */
  public <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    if (this == SYNC) {
      return sync.get();
    }
    try {
      return async.get().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the async call did not complete", e);
    }
  }
}
