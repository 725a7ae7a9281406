package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.Batch;

/**
 * Told about every answer a {@link BatchJob} gets while it waits. Called on the waiting thread;
 * keep it quick. An exception it throws ends the wait (the batch goes on).
 */
@FunctionalInterface
public interface BatchProgressListener {

  /**
   * One answer from xAI.
   *
   * @param batch the batch as xAI sent it (its counts say how far it is)
   * @param state where it stands, derived from the counts and times
   */
  void onProgress(Batch batch, BatchState state);
}
