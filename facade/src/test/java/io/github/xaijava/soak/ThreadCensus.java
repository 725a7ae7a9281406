package io.github.xaijava.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The live threads of the JVM at one moment, with what each is doing, so that a soak can name the
 * threads that grew and tell a leak (a thread busy in a read, a sleep, a lock) from a pool worker
 * waiting for its next task (which its pool ends after its keep-alive).
 */
final class ThreadCensus {

  /**
   * Threads of the simulator (its pool, and the JDK HTTP server's dispatcher and idle timer) and
   * of the soak's own callers: not the client's.
   */
  private static final List<String> BYSTANDERS =
      List.of("xai-simulator", "HTTP-Dispatcher", "idle-timeout-task", Soak.DRIVER_THREADS);

  /**
   * Threads shared by every client in the JVM, which no client can end: the client's one timer
   * (async retries and polls), OkHttp's task runner and Okio's timeout watchdog (both end after
   * 60 s idle), and the common fork-join pool.
   */
  private static final List<String> JVM_WIDE = List.of("xai-timer", "OkHttp TaskRunner",
      "Okio Watchdog", "ForkJoinPool.commonPool-worker");

  /** Frames of a thread waiting for work: an idle pool worker, a task runner with nothing due. */
  private static final Set<String> WAITING_FOR_WORK = Set.of(
      "java.util.concurrent.ThreadPoolExecutor.getTask",
      "java.util.concurrent.ForkJoinPool.awaitWork",
      "okhttp3.internal.concurrent.TaskRunner.awaitTaskToRun",
      "okio.AsyncTimeout$Companion.awaitTimeout$okio");

  private final Map<Thread, StackTraceElement[]> threads;

  private ThreadCensus(Map<Thread, StackTraceElement[]> threads) {
    this.threads = threads;
  }

  static ThreadCensus take() {
    return new ThreadCensus(Thread.getAllStackTraces());
  }

  /** Every live thread. */
  int size() {
    return threads.size();
  }

  /** The live threads other than the simulator's and the callers' (the client's among them). */
  int outsideSimulator() {
    return (int) threads.keySet().stream().filter(t -> !bystander(t.getName())).count();
  }

  /** The threads alive now and not in {@code earlier}, other than the simulator's and callers'. */
  List<Grown> grownSince(ThreadCensus earlier) {
    List<Grown> grown = new ArrayList<>();
    threads.forEach((thread, stack) -> {
      if (!earlier.threads.containsKey(thread) && !bystander(thread.getName())) {
        grown.add(new Grown(thread.getName(), waitingForWork(stack), jvmWide(thread.getName()),
            stack.length == 0 ? "(no frames)" : stack[0].toString()));
      }
    });
    return grown;
  }

  /**
   * A thread that grew.
   *
   * @param name its name
   * @param idle whether it is waiting for work
   * @param jvmWide whether it is one of the JVM's shared threads, not one client's
   * @param top its innermost frame
   */
  record Grown(String name, boolean idle, boolean jvmWide, String top) {
  }

  /** The threads grouped by name (digits dropped), with how many of each and what they do. */
  static String describe(List<Grown> grown) {
    if (grown.isEmpty()) {
      return "none";
    }
    Map<String, int[]> byName = new TreeMap<>();
    Map<String, String> busyAt = new TreeMap<>();
    for (Grown g : grown) {
      String key = g.name().replaceAll("\\d+", "N");
      int[] counts = byName.computeIfAbsent(key, k -> new int[2]);
      counts[g.idle() ? 0 : 1]++;
      if (!g.idle()) {
        busyAt.putIfAbsent(key, g.top());
      }
    }
    StringBuilder sb = new StringBuilder();
    byName.forEach((name, counts) -> {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(name).append("\" x")
          .append(counts[0] + counts[1]);
      if (counts[1] > 0) {
        sb.append(" (").append(counts[1]).append(" busy, at ").append(busyAt.get(name)).append(')');
      } else {
        sb.append(" (idle)");
      }
    });
    return sb.toString();
  }

  private static boolean bystander(String name) {
    return BYSTANDERS.stream().anyMatch(name::startsWith);
  }

  private static boolean jvmWide(String name) {
    return JVM_WIDE.stream().anyMatch(name::startsWith);
  }

  private static boolean waitingForWork(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (WAITING_FOR_WORK.contains(frame.getClassName() + "." + frame.getMethodName())) {
        return true;
      }
    }
    return false;
  }
}
