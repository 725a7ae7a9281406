package io.github.xaijava.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client retries a failed request.
 *
 * <p>A request is retried after a connection failure or an answer of 408, 409, 429 or any
 * 5xx, at most {@link #maxRetries()} times (default 2: enough to ride out a blip or a short
 * rate-limit window without multiplying load on an overloaded server). The wait before retry
 * <i>n</i> (from 0) is {@code min(initialBackoff * 2^n, maxBackoff)} (defaults 0.5 s and 8 s)
 * minus up to {@code jitter} (default 25 %) at random, so that many clients do not retry in
 * step. A {@code retry-after-ms} or {@code Retry-After} (seconds or HTTP date) header from the
 * server replaces the computed wait, capped at {@link #maxRetryAfter()} (default 60 s) so that
 * a misbehaving proxy cannot park a thread for hours.
 *
 * <p>Never retried: any 2xx (once an answer has started, nothing is replayed), other 4xx
 * (the same request would fail again), cancelled calls and expired whole-call timeouts.
 *
 * <p><b>POST requests are retried like any other.</b> xAI offers no idempotency keys, so a
 * retried POST after a 5xx or a connection reset may run twice (and be billed twice, or upload a
 * file twice). We accept that by default because the retried statuses mostly mean the request
 * was not processed (429, 408, 409, most 503s) and a failed call is usually worse than a rare
 * duplicate. Set {@code maxRetries(0)} per request for calls that must not repeat.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final double jitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.jitter = b.jitter;
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
        .jitter(jitter);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && maxRetries == p.maxRetries
        && initialBackoff.equals(p.initialBackoff)
        && maxBackoff.equals(p.maxBackoff)
        && maxRetryAfter.equals(p.maxRetryAfter)
        && jitter == p.jitter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, jitter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
        + ", jitter=" + jitter + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private double jitter = 0.25;

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
