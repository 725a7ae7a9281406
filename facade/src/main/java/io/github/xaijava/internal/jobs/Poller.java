package io.github.xaijava.internal.jobs;

import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.jobs.JobTimeoutException;
import io.github.xaijava.jobs.PollOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Asks, waits, asks again: the loop behind every {@code await}. Waits grow as {@link
 * PollOptions} says and never run past the deadline; the last question is asked at the
 * deadline, so a result that lands in the final wait is still picked up.
 */
public final class Poller {

  private final PollOptions options;
  private final PollTimer timer;
  private final Executor executor;

  /**
   * A poller.
   *
   * @param executor runs {@code awaitAsync} loops; each one blocks a thread while it waits
   */
  public Poller(PollOptions options, PollTimer timer, Executor executor) {
    this.options = Objects.requireNonNull(options, "options == null");
    this.timer = Objects.requireNonNull(timer, "timer == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
  }

  /** A poller on the real clock that runs async waits on new daemon threads. */
  public static Poller system(PollOptions options) {
    return new Poller(options, PollTimer.system(), Poller::daemonThread);
  }

  private static void daemonThread(Runnable r) {
    Thread t = new Thread(r, "xai-job-poller");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Calls {@code step} until it returns a value.
   *
   * @param requestId names the job in a timeout
   * @param cancelled checked before each question
   * @throws JobTimeoutException when the timeout passes first
   * @throws XaiIoException (CANCELED) when cancelled or interrupted; the interrupt flag is kept
   */
  public <R> R await(
      String requestId, Duration timeout, Supplier<Optional<R>> step, BooleanSupplier cancelled) {
    requirePositive(timeout);
    long start = timer.nanoTime();
    long timeoutNanos = saturatedNanos(timeout);
    int polls = 0;
    while (true) {
      if (cancelled.getAsBoolean()) {
        throw new XaiIoException(
            XaiIoException.Kind.CANCELED, "Waiting for job " + requestId + " was cancelled", null,
            0);
      }
      polls++;
      Optional<R> result = step.get();
      if (result.isPresent()) {
        return result.get();
      }
      long remaining = timeoutNanos - (timer.nanoTime() - start);
      if (remaining <= 0) {
        throw new JobTimeoutException(requestId, timeout, polls);
      }
      Duration wait = options.intervalAfter(polls);
      if (wait.toNanos() > remaining) {
        wait = Duration.ofNanos(remaining);
      }
      try {
        timer.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new XaiIoException(
            XaiIoException.Kind.CANCELED, "Interrupted while waiting for job " + requestId, e, 0);
      }
    }
  }

  /** {@link #await} on the executor; cancelling the returned future stops the loop. */
  public <R> CompletableFuture<R> awaitAsync(
      String requestId, Duration timeout, Supplier<Optional<R>> step) {
    requirePositive(timeout);
    CompletableFuture<R> future = new CompletableFuture<>();
    executor.execute(() -> {
      try {
        future.complete(await(requestId, timeout, step, future::isDone));
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }

  private static void requirePositive(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
