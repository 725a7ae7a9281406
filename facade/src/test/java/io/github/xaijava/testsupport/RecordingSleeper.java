package io.github.xaijava.testsupport;

import io.github.xaijava.internal.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records requested waits instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
