package io.github.xaijava.internal.jobs;

import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.http.Sleeper;
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
   * The client's own seams: its {@code Sleeper} waits and its {@code Clock} measures, so tests
   * that inject them into the client also control polling. With the real sleeper, async waits
   * are scheduled ({@link #after}) rather than slept on a thread; an injected (test) sleeper is
   * called inline.
   */
  static PollTimer of(HttpCore core) {
    boolean real = core.sleeper() == Sleeper.SYSTEM;
    return new PollTimer() {
      @Override
      public CompletableFuture<Void> after(Duration duration) {
        return real ? SystemPollTimer.INSTANCE.after(duration) : PollTimer.super.after(duration);
      }

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

  @Override
  public CompletableFuture<Void> after(Duration duration) {
    // The JDK's shared delay scheduler fires the no-op; dependants then run on whatever
    // executor they choose (the poller hands its next step to the client's async threads).
    Executor fire = CompletableFuture.delayedExecutor(
        duration.toNanos(), TimeUnit.NANOSECONDS, Runnable::run);
    return CompletableFuture.runAsync(() -> { }, fire);
  }
}
