package io.github.xaijava.internal.http;

import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.internal.errors.ErrorMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Decides whether a failed attempt is tried again and how long to wait first (see
 * {@link RetryPolicy} for the rules and their reasons). Decides on the status line, headers or
 * exception alone, before any body is read, so nothing delivered to a caller is ever replayed.
 */
final class Retrier {

  /** Methods a server treats as safe to repeat. */
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "DELETE", "PUT", "OPTIONS");

  private final RetryPolicy policy;
  private final Clock clock;
  private final DoubleSupplier random;

  Retrier(RetryPolicy policy, Clock clock) {
    this(policy, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  Retrier(RetryPolicy policy, Clock clock, DoubleSupplier random) {
    this.policy = policy;
    this.clock = clock;
    this.random = random;
  }

  RetryPolicy policy() {
    return policy;
  }

  /**
   * The wait before retrying after {@code response}, or null to give up and report it.
   *
   * @param retries retries already made
   * @param maxRetries the limit for this call
   */
  Duration afterResponse(Request request, Response response, int retries, int maxRetries) {
    if (retries >= maxRetries || !isRetryable(request, response.code())) {
      return null;
    }
    Duration asked = ErrorMapper.retryAfter(response.headers(), clock);
    if (asked != null) {
      // The server knows its recovery time better than our guess; but if it asks for longer
      // than we are willing to park a caller, fail now and let the caller decide (retryAfter()).
      return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : asked;
    }
    return computed(retries);
  }

  /** The wait before retrying after a failed attempt, or null to give up. */
  Duration afterFailure(Request request, IOException e, int retries, int maxRetries,
      boolean canceled) {
    if (retries >= maxRetries || canceled || !isRetryable(e)) {
      return null;
    }
    if (!isIdempotent(request) && !policy.retryPostOnServerError() && !isUnsent(e)) {
      return null; // the request may have reached xAI: a repeat could run (and bill) it twice
    }
    return computed(retries);
  }

  private boolean isRetryable(Request request, int code) {
    if (code == 429) {
      return true; // rate limited: the request was not run
    }
    boolean serverSide = code == 408 || code == 409 || code >= 500;
    return serverSide && (isIdempotent(request) || policy.retryPostOnServerError());
  }

  static boolean isIdempotent(Request request) {
    return IDEMPOTENT.contains(request.method());
  }

  /** Failures that happen before a byte of the request left: repeating cannot duplicate it. */
  private static boolean isUnsent(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  private static boolean isRetryable(IOException e) {
    // Interrupted, cancelled or timed-out calls were stopped on purpose; a failed certificate
    // check or a refused cleartext policy will fail the same way again.
    return !(e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))
        && !(e instanceof SSLPeerUnverifiedException)
        && !(e instanceof UnknownServiceException);
  }

  /** {@code min(initial * 2^n, max)} less up to {@code jitter} of it at random. */
  Duration computed(int retries) {
    long initial = policy.initialBackoff().toNanos();
    long max = policy.maxBackoff().toNanos();
    // Shift at most 30 places so the multiplication cannot overflow before the cap applies.
    double base = Math.min((double) initial * (1L << Math.min(retries, 30)), max);
    double factor = 1.0 - policy.jitter() * random.getAsDouble();
    return Duration.ofNanos((long) (base * factor));
  }
}
