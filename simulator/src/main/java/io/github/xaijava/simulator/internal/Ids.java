package io.github.xaijava.simulator.internal;

import java.util.SplittableRandom;

/**
 * Every id the simulator makes (completion ids, tool call ids, file ids, request ids) comes from one
 * seeded sequence, so a test that makes the same calls in the same order sees the same ids.
 */
public final class Ids {
  private final long seed;
  private SplittableRandom random;

  public Ids(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Starts the sequence again from the seed. */
  public synchronized void reset() {
    random = new SplittableRandom(seed);
  }

  /** A random-looking UUID text, as xAI uses for completion and request ids. */
  public synchronized String uuid() {
    String h = String.format("%016x%016x", random.nextLong(), random.nextLong());
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
        + h.substring(16, 20) + "-" + h.substring(20);
  }

  /** {@code n} decimal digits, the first one not zero (tool call ids are {@code call_} and 8 digits). */
  public synchronized String digits(int n) {
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('1' + random.nextInt(9)));
    while (sb.length() < n) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  /** {@code n} lower-case hex digits. */
  public synchronized String hex(int n) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }
}
