package io.github.xaijava.internal.jobs;

import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.jobs.DeferredCompletion;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link DeferredCompletion} over fetch functions. The first response is kept because xAI
 * answers 404 to any later fetch; the lock makes sure two threads never both fetch it.
 */
public final class DeferredCompletionImpl extends PolledJob<ChatResponse>
    implements DeferredCompletion {

  private volatile ChatResponse result;

  /**
   * A handle.
   *
   * @param fetch one {@code GET /v1/chat/deferred-completion/{id}}: empty while 202
   * @param fetchAsync the same without blocking
   */
  public DeferredCompletionImpl(String requestId, Supplier<Optional<ChatResponse>> fetch,
      Supplier<CompletableFuture<Optional<ChatResponse>>> fetchAsync, Poller poller) {
    super(requestId, fetch, fetchAsync, poller);
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
  public CompletableFuture<Optional<ChatResponse>> pollAsync() {
    ChatResponse kept = result;
    if (kept != null) {
      return CompletableFuture.completedFuture(Optional.of(kept));
    }
    // One async poll at a time per handle (the loop is sequential), so no lock is needed; a
    // result another thread fetched meanwhile wins.
    return fetchAsync.get().thenApply(answer -> {
      synchronized (lock) {
        if (result == null) {
          answer.ifPresent(r -> result = r);
        }
        return Optional.ofNullable(result);
      }
    });
  }

  @Override
  public ChatResponse await(Duration timeout) {
    return poller.await(requestId, timeout, this::poll, () -> false);
  }

  @Override
  public CompletableFuture<ChatResponse> awaitAsync(Duration timeout) {
    return poller.awaitAsync(requestId, timeout, this::pollAsync);
  }

  @Override
  public String toString() {
    return "DeferredCompletion{requestId=" + requestId + ", done=" + (result != null) + "}";
  }
}
