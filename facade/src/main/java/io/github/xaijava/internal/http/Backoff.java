package io.github.xaijava.internal.http;

import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.internal.errors.ErrorMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;

/** Computes the wait before a retry from the policy and the server's headers. */
final class Backoff {

  private final RetryPolicy policy;
  private final Clock clock;
  private final DoubleSupplier random;

  Backoff(RetryPolicy policy, Clock clock) {
    this(policy, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  Backoff(RetryPolicy policy, Clock clock, DoubleSupplier random) {
    this.policy = policy;
    this.clock = clock;
    this.random = random;
  }

  /**
   * The wait before retry number {@code retry} (0 = first retry).
   *
   * @param retry how many retries were already made
   * @param headers the failed answer's headers, or null after a connection failure
   */
  Duration delay(int retry, Headers headers) {
    if (headers != null) {
      Duration asked = ErrorMapper.retryAfter(headers, clock);
      if (asked != null) {
        // The server knows its own recovery time better than our guess; but cap it.
        return asked.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : asked;
      }
    }
    long initial = policy.initialBackoff().toNanos();
    long max = policy.maxBackoff().toNanos();
    // Shift at most 30 places so the multiplication cannot overflow before the cap applies.
    double base = Math.min((double) initial * (1L << Math.min(retry, 30)), max);
    double factor = 1.0 - policy.jitter() * random.getAsDouble();
    return Duration.ofNanos((long) (base * factor));
  }
}
