package io.github.xaijava.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a job handle asks xAI whether its work is done.
 *
 * <pre>{@code
 * PollOptions fast = PollOptions.builder()
 *     .initialInterval(Duration.ofMillis(250))
 *     .maxInterval(Duration.ofSeconds(2))
 *     .build();
 * }</pre>
 *
 * <p>The first wait is {@link #initialInterval()}; each following wait is {@link
 * #multiplier()} times longer, up to {@link #maxInterval()}. A wait never runs past the
 * caller's deadline.
 */
public final class PollOptions {

  private static final PollOptions DEFAULTS = builder().build();

  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double multiplier;

  private PollOptions(Builder b) {
    this.initialInterval = b.initialInterval;
    this.maxInterval = b.maxInterval;
    this.multiplier = b.multiplier;
  }

  /** Defaults: 1 s, growing by 1.5 up to 10 s. */
  public static PollOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.initialInterval = initialInterval;
    b.maxInterval = maxInterval;
    b.multiplier = multiplier;
    return b;
  }

  /** The wait after the first unfinished answer. */
  public Duration initialInterval() {
    return initialInterval;
  }

  /** The longest wait between two questions. */
  public Duration maxInterval() {
    return maxInterval;
  }

  /** The growth of the wait from one question to the next; at least 1. */
  public double multiplier() {
    return multiplier;
  }

  /** The wait before question {@code attempt + 1}, after {@code attempt} unfinished answers. */
  public Duration intervalAfter(int attempt) {
    double nanos = initialInterval.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
    long capped = (long) Math.min(nanos, (double) maxInterval.toNanos());
    return Duration.ofNanos(capped);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PollOptions
        && initialInterval.equals(((PollOptions) o).initialInterval)
        && maxInterval.equals(((PollOptions) o).maxInterval)
        && multiplier == ((PollOptions) o).multiplier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialInterval, maxInterval, multiplier);
  }

  @Override
  public String toString() {
    return "PollOptions{initialInterval=" + initialInterval + ", maxInterval=" + maxInterval
        + ", multiplier=" + multiplier + "}";
  }

  /** Builds {@link PollOptions}. */
  public static final class Builder {
    private Duration initialInterval = Duration.ofSeconds(1);
    private Duration maxInterval = Duration.ofSeconds(10);
    private double multiplier = 1.5;

    private Builder() {
    }

    /** The first wait. Default: 1 s. */
    public Builder initialInterval(Duration interval) {
      this.initialInterval = positive(interval, "initialInterval");
      return this;
    }

    /** The longest wait. Default: 10 s. */
    public Builder maxInterval(Duration interval) {
      this.maxInterval = positive(interval, "maxInterval");
      return this;
    }

    /** Growth per question, at least 1 (1 means a fixed interval). Default: 1.5. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException if {@code maxInterval} is shorter than {@code
     *     initialInterval}
     */
    public PollOptions build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException(
            "maxInterval " + maxInterval + " is shorter than initialInterval " + initialInterval);
      }
      return new PollOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
