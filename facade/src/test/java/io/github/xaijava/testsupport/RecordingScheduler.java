package io.github.xaijava.testsupport;

import io.github.xaijava.internal.http.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the delays of scheduled tasks and runs each at once, on the scheduling thread. */
public final class RecordingScheduler implements Scheduler {

  private final List<Duration> delays = new ArrayList<>();

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    synchronized (this) {
      delays.add(delay);
    }
    task.run();
    return () -> { };
  }

  public synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }
}
