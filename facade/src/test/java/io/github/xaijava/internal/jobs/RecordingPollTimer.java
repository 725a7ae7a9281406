package io.github.xaijava.internal.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A fake clock: sleeping only moves its time forward and records the wait. */
final class RecordingPollTimer implements PollTimer {

  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private volatile long now = 1_000_000_000L;
  private final Duration perCall;

  /** A timer whose reading also moves {@code perCall} each time it is read (request latency). */
  RecordingPollTimer(Duration perCall) {
    this.perCall = perCall;
  }

  RecordingPollTimer() {
    this(Duration.ZERO);
  }

  @Override
  public synchronized long nanoTime() {
    long t = now;
    now += perCall.toNanos();
    return t;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
