package io.github.xaijava.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: a rate limit was hit, or sometimes credits ran out.
 *
 * <p>Retried automatically by default. {@link #retryAfter()} gives the delay the server asked
 * for, when it sent {@code retry-after-ms} or {@code Retry-After}; the
 * {@code x-ratelimit-*} headers are in {@link #headers()}.
 */
public final class RateLimitException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(Answer answer, Duration retryAfter) {
    super(answer);
    this.retryAfter = retryAfter;
  }

  /** The delay the server asked for before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
