package io.github.xaijava.internal.jobs;

import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.jobs.DeferredCompletion;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link DeferredCompletion} over a fetch function. The first response is kept because xAI
 * answers 404 to any later fetch; the lock makes sure two threads never both fetch it.
 */
public final class DeferredCompletionImpl implements DeferredCompletion {

  private final String requestId;
  private final Supplier<Optional<ChatResponse>> fetch;
  private final Poller poller;
  private final Object lock = new Object();
  private volatile ChatResponse result;

  /**
   * A handle.
   *
   * @param fetch one {@code GET /v1/chat/deferred-completion/{id}}: empty while 202
   */
  public DeferredCompletionImpl(
      String requestId, Supplier<Optional<ChatResponse>> fetch, Poller poller) {
    this.requestId = Objects.requireNonNull(requestId, "requestId == null");
    this.fetch = Objects.requireNonNull(fetch, "fetch == null");
    this.poller = Objects.requireNonNull(poller, "poller == null");
  }

  @Override
  public String requestId() {
    return requestId;
  }

  @Override
  public Optional<ChatResponse> poll() {
    ChatResponse kept = result;
    if (kept != null) {
      return Optional.of(kept);
    }
    synchronized (lock) {
      if (result == null) {
        fetch.get().ifPresent(r -> result = r);
      }
      return Optional.ofNullable(result);
    }
  }

  @Override
  public ChatResponse await(Duration timeout) {
    return poller.await(requestId, timeout, this::poll, () -> false);
  }

  @Override
  public CompletableFuture<ChatResponse> awaitAsync(Duration timeout) {
    ChatResponse kept = result;
    if (kept != null) {
      return CompletableFuture.completedFuture(kept);
    }
    return poller.awaitAsync(requestId, timeout, this::poll);
  }

  @Override
  public String toString() {
    return "DeferredCompletion{requestId=" + requestId + ", done=" + (result != null) + "}";
  }
}
