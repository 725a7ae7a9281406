package io.github.xaijava.soak;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a soak did and found: the run's counts and figures, and its problems (empty when every
 * outcome was the expected one and nothing grew).
 *
 * @param config what was run
 * @param wallNanos how long the run took (the warm-up before it not included)
 * @param shapes how many calls of each shape
 * @param faults how many calls got each fault
 * @param outcomes how many calls ended with each outcome ({@link Outcome#label()})
 * @param attempts how many requests the simulator received in the run
 * @param latency how long the calls without a fault took
 * @param warmUpLatency the same in the warm-up (a cold JVM), to compare with the read timeout
 * @param threads thread counts before and after
 * @param connections the client's connection pool during and after the run
 * @param heap the heap after GC before and after the run
 * @param problems every wrong outcome (with its call) and every growth found, empty if none
 */
public record SoakReport(SoakConfig config, long wallNanos, Map<CallShape, Integer> shapes,
    Map<FaultKind, Integer> faults, Map<String, Integer> outcomes, int attempts,
    Latency latency, Latency warmUpLatency, Threads threads, Connections connections, Heap heap,
    List<String> problems) {

  public SoakReport {
    shapes = Map.copyOf(shapes);
    faults = Map.copyOf(faults);
    outcomes = Map.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  /** Percentiles of call durations, in milliseconds. */
  public record Latency(double p50, double p99, double max) {
  }

  /**
   * Threads: all live ones, and those outside the simulator (neither its threads nor the soak
   * callers': the client's, the JVM's, the test runner's).
   *
   * @param before live before the run (after the warm-up)
   * @param outsideBefore of those, outside the simulator
   * @param atEnd live when the last call ended
   * @param outsideAfter outside the simulator after settling
   * @param grown the threads that grew, after settling (named, with what they do)
   * @param afterClose the threads grown since before the client was made, left after closing it
   */
  public record Threads(int before, int outsideBefore, int atEnd, int outsideAfter, String grown,
      String afterClose) {
  }

  /**
   * The client's connection pool.
   *
   * @param peak most connections seen during the run
   * @param atEnd connections when the last call ended
   * @param idleAtEnd of those, idle
   * @param afterSettle connections after settling
   * @param idleAfterSettle of those, idle
   */
  public record Connections(int peak, int atEnd, int idleAtEnd, int afterSettle,
      int idleAfterSettle) {
  }

  /** Used heap after a full GC, in bytes, before and after the run. */
  public record Heap(long before, long after) {
  }

  public boolean passed() {
    return problems.isEmpty();
  }

  /** The figures and problems, a few lines for people. */
  public String summary() {
    double seconds = wallNanos / 1e9;
    int total = config.calls() + config.streams();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("soak: %d threads, %d calls + %d streams, fault rate %.1f %%,"
        + " seed %d%n", config.threads(), config.calls(), config.streams(),
        config.faultRate() * 100, config.seed()));
    sb.append(String.format("  run: %.1f s, %.0f calls/s; %s; %d attempts reached the simulator%n",
        seconds, total / seconds, counts(shapes), attempts));
    sb.append(String.format("  calls without a fault: %.1f ms median, %.1f ms p99, %.1f ms max"
        + " (warm-up: %.1f, %.1f, %.1f ms; read timeout %d ms)%n", latency.p50(), latency.p99(),
        latency.max(), warmUpLatency.p50(), warmUpLatency.p99(), warmUpLatency.max(),
        config.readTimeout().toMillis()));
    sb.append(String.format("  faults (%d): %s%n",
        faults.values().stream().mapToInt(Integer::intValue).sum(), counts(faults)));
    sb.append("  outcomes: ").append(outcomes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
        .append('\n');
    sb.append(String.format("  threads: %d live before the run, %d at its end; outside the"
        + " simulator %d before, %d after settling; grown: %s; after close: %s%n",
        threads.before(), threads.atEnd(), threads.outsideBefore(), threads.outsideAfter(),
        threads.grown(), threads.afterClose()));
    sb.append(String.format("  connections: peak %d; at the end %d (%d idle); after settling %d"
        + " (%d idle)%n", connections.peak(), connections.atEnd(), connections.idleAtEnd(),
        connections.afterSettle(), connections.idleAfterSettle()));
    sb.append(String.format("  heap after GC: %.1f MiB before, %.1f MiB after (%+.1f MiB)%n",
        mib(heap.before()), mib(heap.after()), mib(heap.after() - heap.before())));
    if (problems.isEmpty()) {
      sb.append("  problems: none\n");
    } else {
      sb.append("  problems (").append(problems.size()).append("):\n");
      problems.stream().limit(50).forEach(p -> sb.append("    ").append(p).append('\n'));
      if (problems.size() > 50) {
        sb.append("    ... and ").append(problems.size() - 50).append(" more\n");
      }
    }
    return sb.toString();
  }

  private static <K extends Comparable<K>> String counts(Map<K, Integer> counts) {
    return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
