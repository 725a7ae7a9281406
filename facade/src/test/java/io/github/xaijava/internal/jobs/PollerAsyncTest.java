package io.github.xaijava.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.errors.JobTimeoutException;
import io.github.xaijava.config.PollOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** awaitAsync waits between polls without a thread: the pause is a future, not a sleep. */
class PollerAsyncTest {

  /** A timer whose pauses complete only when the test says so. */
  private static final class ManualTimer implements PollTimer {
    final List<CompletableFuture<Void>> pauses = new ArrayList<>();
    final List<Duration> asked = new ArrayList<>();
    long now;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      throw new AssertionError("awaitAsync must not sleep on a thread");
    }

    @Override
    public CompletableFuture<Void> after(Duration duration) {
      asked.add(duration);
      CompletableFuture<Void> pause = new CompletableFuture<>();
      pauses.add(pause);
      return pause;
    }

    void elapse(Duration d) {
      now += d.toNanos();
      pauses.get(pauses.size() - 1).complete(null);
    }
  }

  private final ManualTimer timer = new ManualTimer();
  private final Poller poller =
      new Poller(PollOptions.defaults(), timer);

  @Test
  void pausesAreScheduledNotSlept() {
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<String> result = poller.awaitAsync("job", Duration.ofMinutes(1),
        () -> CompletableFuture.completedFuture(
            polls.incrementAndGet() < 3 ? Optional.empty() : Optional.of("done")));

    assertEquals(1, polls.get());
    assertFalse(result.isDone());
    timer.elapse(Duration.ofSeconds(1));
    assertEquals(2, polls.get());
    timer.elapse(Duration.ofSeconds(2));

    assertEquals("done", result.join());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500)), timer.asked);
  }

  @Test
  void cancellingStopsTheLoop() {
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<String> result = poller.awaitAsync("job", Duration.ofMinutes(1), () -> {
      polls.incrementAndGet();
      return CompletableFuture.completedFuture(Optional.empty());
    });

    result.cancel(true);

    assertTrue(timer.pauses.get(0).isCancelled(), "the pending pause is cancelled too");
    assertEquals(1, polls.get());
  }

  @Test
  void timesOutAtTheDeadline() {
    CompletableFuture<String> result =
        poller.awaitAsync("job", Duration.ofSeconds(2),
            () -> CompletableFuture.completedFuture(Optional.<String>empty()));
    timer.elapse(Duration.ofSeconds(1));
    timer.elapse(Duration.ofSeconds(1));

    Throwable e = result.handle((v, t) -> t).join();
    assertInstanceOf(JobTimeoutException.class, e);
    assertEquals(Duration.ofSeconds(1), timer.asked.get(1), "last wait cut to the deadline");
  }
}
