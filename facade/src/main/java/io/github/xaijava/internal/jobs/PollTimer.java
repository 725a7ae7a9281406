package io.github.xaijava.internal.jobs;

import io.github.xaijava.internal.http.Timers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Time as the poll loop sees it; tests swap in a recording fake so nothing really sleeps. */
public interface PollTimer {

  /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future completed once {@code duration} has passed, holding no thread meanwhile; used by
   * {@code awaitAsync}. The default waits inline with {@link #sleep} (for test fakes, whose
   * sleeps return at once); real timers override it.
   */
  default CompletableFuture<Void> after(Duration duration) {
    try {
      sleep(duration);
      return CompletableFuture.completedFuture(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The client's own time: its sleeper waits, its scheduler fires the async waits and its clock
   * measures, so tests that inject them into the client also control polling.
   */
  static PollTimer of(Timers timers) {
    return new PollTimer() {
      @Override
      public CompletableFuture<Void> after(Duration duration) {
        CompletableFuture<Void> fired = new CompletableFuture<>();
        Runnable cancel = timers.scheduler().schedule(duration, () -> fired.complete(null));
        fired.whenComplete((v, e) -> {
          if (fired.isCancelled()) {
            cancel.run();
          }
        });
        return fired;
      }

      @Override
      public long nanoTime() {
        return timers.clock().millis() * 1_000_000L;
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        timers.sleeper().sleep(duration);
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

  @Override
  public CompletableFuture<Void> after(Duration duration) {
    // The JDK's shared delay scheduler fires the no-op; dependants then run on whatever
    // executor they choose (the poller hands its next step to the client's async threads).
    Executor fire = CompletableFuture.delayedExecutor(
        duration.toNanos(), TimeUnit.NANOSECONDS, Runnable::run);
    return CompletableFuture.runAsync(() -> { }, fire);
  }
}
