package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.ChatResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A chat completion that xAI is computing in the background ({@code "deferred": true}).
 *
 * <pre>{@code
 * DeferredCompletion pending = client.chat().defer(request);
 * ChatResponse response = pending.await(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>xAI hands a finished result out once. The handle keeps it, so {@link #poll()} and {@link
 * #await} return the same response every time after the first success, without asking again.
 * A handle is thread-safe; concurrent callers never fetch the result twice. To resume in another
 * process, keep {@link #requestId()}.
 */
public interface DeferredCompletion {

  /** The timeout of {@link #awaitAsync()}: 30 minutes, as reasoning models can be slow. */
  Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  /** xAI's id of the deferred request. */
  String requestId();

  /**
   * Asks xAI once (or answers from the kept result).
   *
   * @return the response, or empty while xAI still works on it (HTTP 202)
   * @throws io.github.xaijava.errors.XaiApiException if xAI answers with an error (404 once the
   *     24 h window has passed or the result was fetched elsewhere)
   * @throws io.github.xaijava.errors.XaiIoException if the request fails
   */
  Optional<ChatResponse> poll();

  /**
   * Polls until the response is ready, waiting between polls as the client's {@link
   * io.github.xaijava.config.PollOptions} say.
   *
   * @param timeout how long to keep asking
   * @throws JobTimeoutException if {@code timeout} passes first; the handle stays usable
   * @throws io.github.xaijava.errors.XaiException if a poll fails, or the thread is interrupted
   *     ({@link io.github.xaijava.errors.XaiIoException.Kind#CANCELED}, interrupt flag kept)
   */
  ChatResponse await(Duration timeout);

  /**
   * {@link #await(Duration)} without blocking the caller. Cancelling the future stops polling.
   */
  CompletableFuture<ChatResponse> awaitAsync(Duration timeout);

  /** {@link #awaitAsync(Duration)} with {@link #DEFAULT_TIMEOUT}. */
  default CompletableFuture<ChatResponse> awaitAsync() {
    return awaitAsync(DEFAULT_TIMEOUT);
  }
}
