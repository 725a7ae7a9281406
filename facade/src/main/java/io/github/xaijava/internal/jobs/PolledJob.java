package io.github.xaijava.internal.jobs;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Not API. What the job handles share: the request id, one fetch of the job's state (blocking
 * and async; empty while xAI answers 202), the poller that repeats it, and the lock that keeps
 * two threads from recording one outcome twice.
 *
 * @param <T> the job's answer
 */
abstract class PolledJob<T> {

  final String requestId;
  final Supplier<Optional<T>> fetch;
  final Supplier<CompletableFuture<Optional<T>>> fetchAsync;
  final Poller poller;
  final Object lock = new Object();

  PolledJob(String requestId, Supplier<Optional<T>> fetch,
      Supplier<CompletableFuture<Optional<T>>> fetchAsync, Poller poller) {
    this.requestId = Objects.requireNonNull(requestId, "requestId == null");
    this.fetch = Objects.requireNonNull(fetch, "fetch == null");
    this.fetchAsync = Objects.requireNonNull(fetchAsync, "fetchAsync == null");
    this.poller = Objects.requireNonNull(poller, "poller == null");
  }

  public String requestId() {
    return requestId;
  }
}
