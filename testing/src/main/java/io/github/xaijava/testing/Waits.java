package io.github.xaijava.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting in tests: for a condition that another thread makes true, or for a while. */
public final class Waits {

  private static final Duration DEFAULT = Duration.ofSeconds(5);

  private Waits() {
  }

  /** Returns once {@code condition} holds; fails if it does not within 5 s. */
  public static void waitFor(BooleanSupplier condition) {
    until(condition, DEFAULT, () -> "condition not met within 5 s");
  }

  /**
   * Returns once {@code condition} holds (checked every 10 ms); fails with {@code failure}'s
   * message if it does not within {@code timeout}.
   */
  public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure.get());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Sleeps {@code millis} ms; an interrupt ends the sleep early and stays set. */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
