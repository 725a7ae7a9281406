package io.github.xaijava.internal.http;

import java.time.Duration;

/**
 * Not API. Waits between retries and polls. Injected so tests record waits instead of
 * sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread with {@link Thread#sleep}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  /**
   * Waits for a duration.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted; callers restore the flag
   */
  void sleep(Duration duration) throws InterruptedException;
}
