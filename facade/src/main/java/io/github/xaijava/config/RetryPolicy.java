package io.github.xaijava.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client retries a failed request.
 *
 * <p><b>What is retried.</b> At most {@link #maxRetries()} times (default 2), and only while no
 * answer has been handed to the caller (a stream is never resumed once an event was delivered):
 * <ul>
 *   <li>429 Too Many Requests, for every request: xAI did not run it.</li>
 *   <li>408, 409 and 5xx answers and connection failures, for requests that are safe to repeat
 *       ({@code GET}, {@code DELETE}, ...).</li>
 *   <li>For {@code POST}s (every generating call: chat, responses, images, videos, uploads)
 *       only failures that happened before the request could leave (connection refused,
 *       unknown host): a POST that reached xAI and then failed may have run, and repeating it
 *       would run (and bill) it twice. This is what xAI's own REST SDK does by default.
 *       {@link Builder#retryPostOnServerError(boolean)} opts in to retrying them on 408, 409,
 *       5xx, dropped connections and read timeouts too (a POST that timed out waiting for its
 *       answer may still be running at xAI).</li>
 * </ul>
 * Every request carries an {@code x-client-request-id} that stays the same across its
 * attempts, so xAI (and a log) can tell a retry from a new request.
 *
 * <p><b>How long to wait.</b> Before retry <i>n</i> (from 0) the wait is
 * {@code min(initialBackoff * 2^n, maxBackoff)} (defaults 0.5 s and 8 s) minus up to
 * {@code jitter} (default 25 %) at random, so that many clients do not retry in step. A
 * {@code retry-after-ms} or {@code Retry-After} (seconds or HTTP date) header replaces the
 * computed wait; when it asks for longer than {@link #maxRetryAfter()} (default 60 s) the call
 * fails at once, with the wait in {@code RateLimitException.retryAfter()}, instead of parking the
 * caller. Synchronous calls wait on the calling thread; asynchronous calls schedule the retry and
 * hold no thread while they wait. The whole-call timeout covers every attempt and wait.
 *
 * <p>Never retried: other 4xx (the same request would fail again), cancelled calls, expired
 * whole-call timeouts and bodies that can be sent only once (an {@code InputStream} upload).
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final double jitter;
  private final boolean retryPostOnServerError;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.jitter = b.jitter;
    this.retryPostOnServerError = b.retryPostOnServerError;
  }

  /** The default policy: 2 retries, 0.5 s doubling to 8 s, 25 % jitter, Retry-After up to 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter)
        .jitter(jitter)
        .retryPostOnServerError(retryPostOnServerError);
  }

  /** Most retries after the first attempt; default 2. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Wait before the first retry when the server gives none; default 0.5 s. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Longest computed wait; default 8 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Longest wait honoured from a server's Retry-After headers; default 60 s. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Fraction of the computed wait removed at random, 0 to 1; default 0.25. */
  public double jitter() {
    return jitter;
  }

  /** Whether POSTs are also retried after 408, 409, 5xx and dropped connections; default false. */
  public boolean retryPostOnServerError() {
    return retryPostOnServerError;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && maxRetries == p.maxRetries
        && initialBackoff.equals(p.initialBackoff)
        && maxBackoff.equals(p.maxBackoff)
        && maxRetryAfter.equals(p.maxRetryAfter)
        && jitter == p.jitter
        && retryPostOnServerError == p.retryPostOnServerError;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, jitter,
        retryPostOnServerError);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
        + ", jitter=" + jitter + ", retryPostOnServerError=" + retryPostOnServerError + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private double jitter = 0.25;
    private boolean retryPostOnServerError;

    private Builder() {
    }

    /** Most retries; default 2; 0 disables retrying. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** First computed wait; default 0.5 s. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Timeout.positive("initialBackoff", initialBackoff);
      return this;
    }

    /** Longest computed wait; default 8 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Timeout.positive("maxBackoff", maxBackoff);
      return this;
    }

    /** Cap on a server-requested wait; default 60 s. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Timeout.positive("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /** Random fraction removed from computed waits, 0 to 1; default 0.25. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Whether POSTs are also retried after 408, 409, 5xx answers, dropped connections and read
     * timeouts; default false, since such a POST may already have run, or still be running (see
     * the class documentation).
     */
    public Builder retryPostOnServerError(boolean retry) {
      this.retryPostOnServerError = retry;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must not be below initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
