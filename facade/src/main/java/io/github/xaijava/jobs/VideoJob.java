package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.VideoResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A video generation, edit or extension that xAI is running.
 *
 * <pre>{@code
 * VideoJob job = client.videos().generate(request);
 * VideoResponse done = job.await(Duration.ofMinutes(15),
 *     status -> System.out.println(status.getProgress() + "%"));
 * System.out.println(done.getVideo().getUrl());
 * }</pre>
 *
 * <p>xAI reports a failed or expired job with HTTP 200 and {@code status} {@code failed} or
 * {@code expired}; the handle turns that into {@link io.github.xaijava.errors.JobFailedException}
 * carrying xAI's error code and message. A finished (or failed) outcome is kept: later calls
 * answer from it without asking again. Thread-safe.
 */
public interface VideoJob {

  /** The timeout of {@link #awaitAsync()}: 30 minutes. */
  Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  /** xAI's id of the job. */
  String requestId();

  /**
   * Asks xAI once (or answers from the kept outcome).
   *
   * @return the latest status: empty while xAI answers 202, else {@code pending} (with {@code
   *     progress}) or {@code done} (with {@code video})
   * @throws io.github.xaijava.errors.JobFailedException if the job failed or expired
   * @throws io.github.xaijava.errors.XaiApiException if xAI answers with an error
   * @throws io.github.xaijava.errors.XaiIoException if the request fails
   */
  Optional<VideoResponse> poll();

  /**
   * Polls until the job is done.
   *
   * @param timeout how long to keep asking
   * @return the answer with {@code status} {@code done}
   * @throws JobTimeoutException if {@code timeout} passes first; the handle stays usable
   * @throws io.github.xaijava.errors.JobFailedException if the job failed or expired
   */
  default VideoResponse await(Duration timeout) {
    return await(timeout, status -> { });
  }

  /** {@link #await(Duration)}, telling {@code listener} about every pending answer. */
  VideoResponse await(Duration timeout, VideoProgressListener listener);

  /** {@link #await(Duration, VideoProgressListener)} without blocking; cancel stops polling. */
  CompletableFuture<VideoResponse> awaitAsync(Duration timeout, VideoProgressListener listener);

  /** {@link #awaitAsync(Duration, VideoProgressListener)} with {@link #DEFAULT_TIMEOUT}. */
  default CompletableFuture<VideoResponse> awaitAsync() {
    return awaitAsync(DEFAULT_TIMEOUT, status -> { });
  }
}
