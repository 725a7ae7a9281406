package io.github.xaijava.internal.http;

import java.time.Clock;
import java.util.Objects;

/**
 * Not API. The client's time: blocking waits ({@link Sleeper}, for synchronous retries and
 * polls), scheduled tasks ({@link Scheduler}, for asynchronous ones, which never sleep on a
 * thread) and the clock (deadlines, {@code Retry-After} dates). Tests replace all three.
 */
public record Timers(Sleeper sleeper, Scheduler scheduler, Clock clock) {

  /** Real time. */
  public static final Timers SYSTEM = new Timers(Sleeper.SYSTEM, Scheduler.SYSTEM, Clock.systemUTC());

  public Timers {
    Objects.requireNonNull(sleeper, "sleeper == null");
    Objects.requireNonNull(scheduler, "scheduler == null");
    Objects.requireNonNull(clock, "clock == null");
  }

  /** Milliseconds on the clock, for deadlines. */
  long millis() {
    return clock.millis();
  }
}
