package io.github.xaijava.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Work xAI runs in the background: a deferred chat completion or a video generation. Every job
 * works the same way: it is started by a service's {@code start...} method (or resumed from a
 * kept id with {@code resume...}), asked once with {@link #poll()}, or waited for with
 * {@link #await(Duration)}.
 *
 * <p>Waits between polls follow the client's {@link io.github.xaijava.config.PollOptions}. An
 * outcome, once seen, is kept: later calls answer from it without asking again. A handle is
 * thread-safe.
 *
 * @param <T> what the finished job yields
 */
public interface Job<T> {

  /** The timeout of {@link #awaitAsync()}: 30 minutes. */
  Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  /** xAI's id of the job; keep it to resume the job elsewhere. */
  String requestId();

  /**
   * Asks xAI once (or answers from the kept outcome).
   *
   * @return see the job type; empty while xAI answers 202 ("still working")
   * @throws io.github.xaijava.errors.JobFailedException if the job failed or expired
   * @throws io.github.xaijava.errors.XaiApiException if xAI answers with an error
   * @throws io.github.xaijava.errors.XaiIoException if the request fails
   */
  Optional<T> poll();

  /** {@link #poll()} without blocking. */
  CompletableFuture<Optional<T>> pollAsync();

  /**
   * Polls until the job is done.
   *
   * @param timeout how long to keep asking
   * @return the finished result
   * @throws io.github.xaijava.errors.JobTimeoutException if {@code timeout} passes first; the
   *     job goes on and the handle stays usable
   * @throws io.github.xaijava.errors.JobFailedException if the job failed or expired
   * @throws io.github.xaijava.errors.XaiException if a poll fails, or the thread is interrupted
   *     ({@link io.github.xaijava.errors.XaiIoException.Kind#CANCELED}, interrupt flag kept)
   */
  T await(Duration timeout);

  /** {@link #await(Duration)} with {@link #DEFAULT_TIMEOUT}. */
  default T await() {
    return await(DEFAULT_TIMEOUT);
  }

  /**
   * {@link #await(Duration)} without blocking: polls run on the client's calls and the waits
   * between them are scheduled, holding no thread. Cancelling the future stops polling (the job
   * itself goes on at xAI).
   */
  CompletableFuture<T> awaitAsync(Duration timeout);

  /** {@link #awaitAsync(Duration)} with {@link #DEFAULT_TIMEOUT}. */
  default CompletableFuture<T> awaitAsync() {
    return awaitAsync(DEFAULT_TIMEOUT);
  }
}
