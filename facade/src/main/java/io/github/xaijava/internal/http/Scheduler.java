package io.github.xaijava.internal.http;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Not API. Runs a task later without holding a thread meanwhile: how async retries and async
 * polls wait. Injected so tests run delayed tasks at once and record the delays.
 */
@FunctionalInterface
public interface Scheduler {

  /** A shared daemon timer thread; tasks only hand work on, they never block it. */
  Scheduler SYSTEM = SystemTimer::schedule;

  /**
   * Runs {@code task} after {@code delay}.
   *
   * @return cancels the task if it has not run yet
   */
  Runnable schedule(Duration delay, Runnable task);
}

/** The one timer thread of every client in the JVM, started on first use. */
final class SystemTimer {

  private static final ScheduledThreadPoolExecutor TIMER = create();

  private SystemTimer() {
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "xai-timer");
      t.setDaemon(true); // a forgotten client must not keep the JVM alive
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  static Runnable schedule(Duration delay, Runnable task) {
    var future = TIMER.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }
}
