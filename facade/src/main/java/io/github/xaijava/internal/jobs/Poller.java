package io.github.xaijava.internal.jobs;

import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.JobTimeoutException;
import io.github.xaijava.config.PollOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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

  /** A poller; between the polls of {@code awaitAsync} no thread is held ({@link PollTimer#after}). */
  public Poller(PollOptions options, PollTimer timer) {
    this.options = Objects.requireNonNull(options, "options == null");
    this.timer = Objects.requireNonNull(timer, "timer == null");
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

  /**
   * {@link #await} without blocking: each question is an asynchronous call and each wait a
   * scheduled {@link PollTimer#after}, so no thread is held while the job is pending. Cancelling
   * the returned future stops the loop and cancels a question in flight.
   */
  public <R> CompletableFuture<R> awaitAsync(
      String requestId, Duration timeout, Supplier<CompletableFuture<Optional<R>>> step) {
    requirePositive(timeout);
    AsyncLoop<R> loop = new AsyncLoop<>(requestId, timeout, step);
    loop.ask(1);
    return loop.result;
  }

  /** One {@link #awaitAsync} in progress. */
  private final class AsyncLoop<R> {
    final CompletableFuture<R> result = new CompletableFuture<>();
    final String requestId;
    final Duration timeout;
    final Supplier<CompletableFuture<Optional<R>>> step;
    final long start = timer.nanoTime();
    final long timeoutNanos;
    volatile CompletableFuture<?> inFlight;

    AsyncLoop(String requestId, Duration timeout, Supplier<CompletableFuture<Optional<R>>> step) {
      this.requestId = requestId;
      this.timeout = timeout;
      this.step = step;
      this.timeoutNanos = saturatedNanos(timeout);
      result.whenComplete((r, e) -> {
        CompletableFuture<?> f = inFlight;
        if (result.isCancelled() && f != null) {
          f.cancel(true);
        }
      });
    }

    void ask(int polls) {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<Optional<R>> question;
      try {
        question = step.get();
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight = question;
      question.whenComplete((answer, error) -> {
        if (error != null) {
          result.completeExceptionally(unwrap(error));
        } else if (answer.isPresent()) {
          result.complete(answer.get());
        } else {
          waitThenAsk(polls);
        }
      });
    }

    void waitThenAsk(int polls) {
      long remaining = timeoutNanos - (timer.nanoTime() - start);
      if (remaining <= 0) {
        result.completeExceptionally(new JobTimeoutException(requestId, timeout, polls));
        return;
      }
      Duration wait = options.intervalAfter(polls);
      if (wait.toNanos() > remaining) {
        wait = Duration.ofNanos(remaining);
      }
      CompletableFuture<Void> pause = timer.after(wait);
      inFlight = pause;
      pause.whenComplete((v, error) -> {
        if (error != null) {
          result.completeExceptionally(new XaiIoException(XaiIoException.Kind.CANCELED,
              "Interrupted while waiting for job " + requestId, unwrap(error), 0));
        } else {
          ask(polls + 1);
        }
      });
    }
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
