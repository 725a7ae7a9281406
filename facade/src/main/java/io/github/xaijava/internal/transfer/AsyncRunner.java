package io.github.xaijava.internal.transfer;

import io.github.xaijava.internal.http.HttpCore;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Not API. Where blocking work of an async operation runs: page fetches and poll steps. In the
 * client this is {@link HttpCore#async}, so the work runs on the client's async threads and
 * cancelling the returned future cancels the HTTP call in flight.
 */
@FunctionalInterface
public interface AsyncRunner {

  /**
   * Runs {@code work} without blocking the caller.
   *
   * @param work a blocking call
   * @param <T> the result type
   * @return the future result; it fails with the exception the work throws (not wrapped)
   */
  <T> CompletableFuture<T> supply(Supplier<T> work);

  /** The client's async threads. */
  static AsyncRunner of(HttpCore core) {
    Objects.requireNonNull(core, "core == null");
    return core::async;
  }

  /** Work run on {@code executor}; for tests ({@code Runnable::run} runs it inline). */
  static AsyncRunner on(Executor executor) {
    Objects.requireNonNull(executor, "executor == null");
    return new AsyncRunner() {
      @Override
      public <T> CompletableFuture<T> supply(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
          try {
            future.complete(work.get());
          } catch (Throwable t) {
            future.completeExceptionally(t);
          }
        });
        return future;
      }
    };
  }
}
