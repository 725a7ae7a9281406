package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.VideoResponse;

/**
 * Told about every answer a {@link VideoJob} gets while it waits. Called on the waiting
 * thread; keep it quick. An exception it throws ends the wait.
 */
@FunctionalInterface
public interface VideoProgressListener {

  /**
   * One answer from xAI.
   *
   * @param status the answer: {@code status} {@code pending} with {@code progress} 0–99, or
   *     {@code done}
   */
  void onProgress(VideoResponse status);
}
