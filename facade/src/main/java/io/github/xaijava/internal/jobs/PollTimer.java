package io.github.xaijava.internal.jobs;

import io.github.xaijava.internal.http.HttpCore;
import java.time.Duration;

/** Time as the poll loop sees it; tests swap in a recording fake so nothing really sleeps. */
public interface PollTimer {

  /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The client's own seams: its {@code Sleeper} waits and its {@code Clock} measures, so tests
   * that inject them into the client also control polling.
   */
  static PollTimer of(HttpCore core) {
    return new PollTimer() {
      @Override
      public long nanoTime() {
        return core.clock().millis() * 1_000_000L;
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        core.sleeper().sleep(duration);
      }
    };
  }

  /** The real clock and {@link Thread#sleep}. */
  static PollTimer system() {
    return SystemPollTimer.INSTANCE;
  }
}

enum SystemPollTimer implements PollTimer {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
  }
}
