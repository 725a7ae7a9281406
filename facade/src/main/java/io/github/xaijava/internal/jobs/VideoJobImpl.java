package io.github.xaijava.internal.jobs;

import io.github.xaijava.generated.model.VideoError;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.jobs.VideoProgressListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link VideoJob} over fetch functions. {@code done} is final; {@code failed} and
 * {@code expired} fail it; any other status (including one xAI adds later) counts as pending.
 */
public final class VideoJobImpl extends StatusJob<VideoResponse> implements VideoJob {

  /**
   * A handle.
   *
   * @param fetch one {@code GET /v1/videos/{id}}: empty while 202
   * @param fetchAsync the same without blocking
   */
  public VideoJobImpl(String requestId, Supplier<Optional<VideoResponse>> fetch,
      Supplier<CompletableFuture<Optional<VideoResponse>>> fetchAsync, Poller poller) {
    super(requestId, fetch, fetchAsync, poller);
  }

  @Override
  boolean judge(VideoResponse response) {
    String status = response.status().toLowerCase(Locale.ROOT);
    return switch (status) {
      case "done" -> true;
      case "failed", "expired" -> {
        VideoError error = response.error().orElse(null);
        throw failed(status, error == null ? null : error.code().asString(),
            error == null ? null : error.message(), "video job");
      }
      default -> false;
    };
  }

  @Override
  public VideoResponse await(Duration timeout, VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return awaitWith(timeout, listener::onProgress);
  }

  @Override
  public CompletableFuture<VideoResponse> awaitAsync(Duration timeout,
      VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return awaitAsyncWith(timeout, listener::onProgress);
  }
}
