package io.github.xaijava.testsupport;

import io.github.xaijava.internal.http.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that moves only when the client waits: a sleep or a scheduled delay advances the clock
 * by its length (and is recorded), so deadlines pass without real waiting.
 */
public final class FakeTime {

  private long millis = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
  private final List<Duration> waits = new ArrayList<>();

  /** The client's time seams, all backed by this fake. */
  public Timers timers() {
    return new Timers(this::sleep, this::schedule, clock());
  }

  private synchronized void sleep(Duration duration) {
    waits.add(duration);
    millis += duration.toMillis();
  }

  private Runnable schedule(Duration delay, Runnable task) {
    sleep(delay);
    task.run();
    return () -> { };
  }

  /** Every wait so far, slept or scheduled. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  private Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        synchronized (FakeTime.this) {
          return Instant.ofEpochMilli(millis);
        }
      }
    };
  }
}
