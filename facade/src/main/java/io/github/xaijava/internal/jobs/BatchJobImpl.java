package io.github.xaijava.internal.jobs;

import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.jobs.BatchJob;
import io.github.xaijava.jobs.BatchProgressListener;
import io.github.xaijava.jobs.BatchState;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A {@link BatchJob} over fetch functions: final once its {@link BatchState} is. */
public final class BatchJobImpl extends StatusJob<Batch> implements BatchJob {

  private final Clock clock;

  /**
   * A handle judging expiry by the system clock.
   *
   * @param fetch one {@code GET /v1/batches/{id}}
   * @param fetchAsync the same without blocking
   */
  public BatchJobImpl(String batchId, Supplier<Optional<Batch>> fetch,
      Supplier<CompletableFuture<Optional<Batch>>> fetchAsync, Poller poller) {
    this(batchId, fetch, fetchAsync, poller, Clock.systemUTC());
  }

  BatchJobImpl(String batchId, Supplier<Optional<Batch>> fetch,
      Supplier<CompletableFuture<Optional<Batch>>> fetchAsync, Poller poller, Clock clock) {
    super(batchId, fetch, fetchAsync, poller);
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  boolean judge(Batch batch) {
    return BatchState.of(batch, clock.instant()).isFinal();
  }

  @Override
  public Batch await(Duration timeout, BatchProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return awaitWith(timeout, b -> listener.onProgress(b, BatchState.of(b, clock.instant())));
  }

  @Override
  public CompletableFuture<Batch> awaitAsync(Duration timeout, BatchProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return awaitAsyncWith(timeout, b -> listener.onProgress(b, BatchState.of(b, clock.instant())));
  }
}
