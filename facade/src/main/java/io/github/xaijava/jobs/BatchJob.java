package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.Batch;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A batch, waited for. Get one with {@code client.batches().job(batchId)}: from the id alone, so a
 * batch started by another process (or before a restart) is waited for the same way.
 *
 * <pre>{@code
 * Batch finished = client.batches().job(batchId).await(Duration.ofHours(24),
 *     (batch, state) -> System.err.println(state + " " + batch.state().map(c -> c.numPending())));
 * }</pre>
 *
 * <p>A batch is finished when its {@link BatchState} is final: done, cancelled (by you or by
 * xAI) or expired. {@code await} returns the batch in each of these states, because the results
 * of the requests that did run stay readable; check {@link BatchState#of} when it matters which.
 * Running out of time throws {@link io.github.xaijava.errors.JobTimeoutException} and does not
 * cancel the batch.
 */
public interface BatchJob extends Job<Batch> {

  /** {@link #await(Duration)}, telling {@code listener} about every answer seen on the way. */
  Batch await(Duration timeout, BatchProgressListener listener);

  /** {@link #awaitAsync(Duration)}, telling {@code listener} about every answer seen. */
  CompletableFuture<Batch> awaitAsync(Duration timeout, BatchProgressListener listener);
}
