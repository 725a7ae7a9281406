package io.github.xaijava.internal.jobs;

import java.time.Duration;

/** Time as the poll loop sees it; tests swap in a recording fake so nothing really sleeps. */
public interface PollTimer {

  /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

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
