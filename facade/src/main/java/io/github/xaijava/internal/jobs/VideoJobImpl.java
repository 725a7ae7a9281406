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
 * A {@link VideoJob} over a fetch function. {@code done}, {@code failed} and {@code expired} are
 * final and kept; any other status (including one xAI adds later) counts as still pending.
 */
public final class VideoJobImpl implements VideoJob {

  private final String requestId;
  private final Supplier<Optional<VideoResponse>> fetch;
  private final Poller poller;
  private final Object lock = new Object();
  private volatile VideoResponse done;
  private volatile JobFailedException failure;

  /**
   * A handle.
   *
   * @param fetch one {@code GET /v1/videos/{id}}: empty while 202
   */
  public VideoJobImpl(String requestId, Supplier<Optional<VideoResponse>> fetch, Poller poller) {
    this.requestId = Objects.requireNonNull(requestId, "requestId == null");
    this.fetch = Objects.requireNonNull(fetch, "fetch == null");
    this.poller = Objects.requireNonNull(poller, "poller == null");
  }

  @Override
  public String requestId() {
    return requestId;
  }

  @Override
  public Optional<VideoResponse> poll() {
    synchronized (lock) {
      if (done != null) {
        return Optional.of(done);
      }
      if (failure != null) {
        throw failure;
      }
      Optional<VideoResponse> answer = fetch.get();
      if (answer.isEmpty()) {
        return answer;
      }
      VideoResponse response = answer.get();
      String status = response.getStatus() == null
          ? "" : response.getStatus().toLowerCase(Locale.ROOT);
      switch (status) {
        case "done":
          done = response;
          break;
        case "failed":
        case "expired":
          failure = failed(status, response.getError());
          throw failure;
        default:
          break;
      }
      return answer;
    }
  }

  private JobFailedException failed(String status, VideoError error) {
    String code = error == null || error.getCode() == null ? status : error.getCode().getValue();
    String message = error == null ? null : error.getMessage();
    if (message == null && "expired".equals(status)) {
      message = "The video job expired before it finished";
    }
    return new JobFailedException(requestId, code, message);
  }

  @Override
  public VideoResponse await(Duration timeout, VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.await(requestId, timeout, () -> step(listener), () -> false);
  }

  @Override
  public CompletableFuture<VideoResponse> awaitAsync(
      Duration timeout, VideoProgressListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.awaitAsync(requestId, timeout, () -> step(listener));
  }

  private Optional<VideoResponse> step(VideoProgressListener listener) {
    Optional<VideoResponse> answer = poll();
    answer.ifPresent(listener::onProgress);
    return answer.filter(r -> r == done);
  }

  @Override
  public String toString() {
    return "VideoJob{requestId=" + requestId + ", done=" + (done != null)
        + ", failed=" + (failure != null) + "}";
  }
}
