package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.VideoResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A video generation, edit or extension that xAI is running.
 *
 * <pre>{@code
 * VideoJob job = client.videos().startGeneration(request);
 * VideoResponse done = job.await(Duration.ofMinutes(15),
 *     status -> System.out.println(status.progress().orElse(0) + "%"));
 * System.out.println(done.video().orElseThrow().url());
 * }</pre>
 *
 * <p>{@link #poll()} gives the latest status: empty while xAI answers 202, else {@code pending}
 * (with {@code progress}) or {@code done} (with {@code video}). xAI reports a failed or expired
 * job with HTTP 200 and {@code status} {@code failed} or {@code expired}; the handle turns that
 * into {@link io.github.xaijava.errors.JobFailedException} carrying xAI's error code and message.
 * A status this version does not know counts as still pending.
 */
public interface VideoJob extends Job<VideoResponse> {

  /** {@link #await(Duration)}, telling {@code listener} about every status seen on the way. */
  VideoResponse await(Duration timeout, VideoProgressListener listener);

  /** {@link #awaitAsync(Duration)}, telling {@code listener} about every status seen. */
  CompletableFuture<VideoResponse> awaitAsync(Duration timeout, VideoProgressListener listener);
}
