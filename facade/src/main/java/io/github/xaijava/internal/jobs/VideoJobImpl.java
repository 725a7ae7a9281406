package io.github.xaijava.internal.jobs;

import io.github.xaijava.errors.JobFailedException;
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
 * A {@link VideoJob} over fetch functions. {@code done}, {@code failed} and {@code expired} are
 * final and kept; any other status (including one xAI adds later) counts as still pending.
 */
public final class VideoJobImpl extends PolledJob<VideoResponse> implements VideoJob {

  private volatile VideoResponse done;
  private volatile JobFailedException failure;
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
  public Optional<VideoResponse> poll() {
    synchronized (lock) {
      Optional<VideoResponse> kept = kept();
      return kept != null ? kept : record(fetch.get());
    }
  }

  @Override
  public CompletableFuture<Optional<VideoResponse>> pollAsync() {
    synchronized (lock) {
      Optional<VideoResponse> kept = kept();
      if (kept != null) {
        return CompletableFuture.completedFuture(kept);
      }
    }
    return fetchAsync.get().thenApply(answer -> {
      synchronized (lock) {
        Optional<VideoResponse> kept = kept();
        return kept != null ? kept : record(answer);
      }
    });
  }

  /** The kept outcome, or null when there is none yet. */
  private Optional<VideoResponse> kept() {
    if (done != null) {
      return Optional.of(done);
    }
    if (failure != null) {
      throw failure;
    }
    return null;
  }

  private Optional<VideoResponse> record(Optional<VideoResponse> answer) {
    if (answer.isEmpty()) {
      return answer;
    }
    VideoResponse response = answer.get();
    String status = response.status().toLowerCase(Locale.ROOT);
    switch (status) {
      case "done" -> done = response;
      case "failed", "expired" -> {
        failure = failed(status, response.error().orElse(null));
        throw failure;
      }
      default -> {
        // pending, or a status this version does not know: keep waiting
      }
    }
    return answer;
  }

  private JobFailedException failed(String status, VideoError error) {
    String code = error == null ? status : error.code().asString();
    String message = error == null ? null : error.message();
    if (message == null && "expired".equals(status)) {
      message = "The video job expired before it finished";
    }
    return new JobFailedException(requestId, code, message);
  }

  @Override
  public VideoResponse await(Duration timeout) {
    return await(timeout, status -> { });
  }

  @Override
  public VideoResponse await(Duration timeout, VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.await(requestId, timeout, () -> finished(poll(), listener), () -> false);
  }

  @Override
  public CompletableFuture<VideoResponse> awaitAsync(Duration timeout) {
    return awaitAsync(timeout, status -> { });
  }

  @Override
  public CompletableFuture<VideoResponse> awaitAsync(Duration timeout,
      VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.awaitAsync(requestId, timeout,
        () -> pollAsync().thenApply(answer -> finished(answer, listener)));
  }

  /** Tells the listener; the answer counts as finished only once it is {@code done}. */
  private Optional<VideoResponse> finished(Optional<VideoResponse> answer,
      VideoProgressListener listener) {
    answer.ifPresent(listener::onProgress);
    return answer.filter(r -> r == done);
  }

  @Override
  public String toString() {
    return "VideoJob{requestId=" + requestId + ", done=" + (done != null)
        + ", failed=" + (failure != null) + "}";
  }
}
