package io.github.xaijava.bench.harness;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The main class of a contender's JVM: {@code ContenderRunner <contender class> <base URL>
 * <mode> <args…>}. Results go to standard output as lines starting with {@code @@}, anything
 * else a client prints is ignored by the orchestrator.
 *
 * <p>Modes:
 * <ul>
 *   <li>{@code serve}: a long-lived JVM taking commands on standard input, one per line —
 *       {@code warmup <streams> <calls> <bursts>}, {@code stream <model> <reps>},
 *       {@code calls <model> <count>}, {@code concurrent <model> <count> <chunksEach>},
 *       {@code quit} — and answering each with one {@code @@} line;</li>
 *   <li>{@code cold <model>}: a fresh JVM that makes its client, streams once and prints
 *       {@code @@ COLD} when the last chunk is in;</li>
 *   <li>{@code bigstream <model> <chunks>} and {@code download <file id> <dir>}: one run, with
 *       the heap watched after every collection;</li>
 *   <li>{@code gateway <model> <count> <chunksEach>}: {@code count} concurrent streams through
 *       one client, with the heap watched and the peak of live platform threads.</li>
 * </ul>
 *
 * <p>CPU is the process's (every thread, the JIT and GC included); allocation is the sum over
 * all live threads of {@code ThreadMXBean.getThreadAllocatedBytes}.
 */
public final class ContenderRunner {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ContenderRunner() {
  }

  public static void main(String[] args) throws Exception {
    String type = args[0];
    String baseUrl = args[1];
    String mode = args[2];
    Contender contender = (Contender) Class.forName(type).getConstructor(String.class)
        .newInstance(baseUrl);
    switch (mode) {
      case "serve" -> serve(contender);
      case "cold" -> {
        long chunks = contender.stream(args[3]);
        emit("COLD chunks=" + chunks);
        System.exit(0); // the measured time ends here; no shutdown work on the clock
      }
      case "gateway" -> {
        int count = Integer.parseInt(args[4]);
        long chunksEach = Long.parseLong(args[5]);
        THREADS.resetPeakThreadCount();
        int before = THREADS.getThreadCount();
        watched("GATEWAY", () -> {
          int completed = contender.concurrentStreams(args[3], count, chunksEach);
          if (completed != count) {
            throw new IllegalStateException(completed + " of " + count + " streams completed");
          }
          return completed;
        }, () -> " peakThreads=" + THREADS.getPeakThreadCount() + " threadsBefore=" + before);
      }
      case "bigstream" -> watched(contender, () -> {
        long chunks = contender.stream(args[3]);
        long expected = Long.parseLong(args[4]);
        if (chunks != expected) {
          throw new IllegalStateException(chunks + " chunks, expected " + expected);
        }
        return chunks;
      });
      case "download" -> watched(contender, () -> {
        Path target = Path.of(args[4], "download.bin");
        long bytes = contender.download(args[3], target);
        long size = Files.size(target);
        Files.delete(target);
        if (bytes != size) {
          throw new IllegalStateException(bytes + " bytes reported, " + size + " on disk");
        }
        return bytes;
      });
      case "profile" -> profile(contender, args[3], Integer.parseInt(args[4]), Path.of(args[5]),
          Path.of(args[6]));
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    contender.close();
    System.exit(0);
  }

  private static void serve(Contender contender) throws Exception {
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String[] c = line.trim().split(" ");
      try {
        switch (c[0]) {
          case "warmup" -> warmup(contender, Integer.parseInt(c[1]), Integer.parseInt(c[2]),
              Integer.parseInt(c[3]));
          case "stream" -> stream(contender, c[1], Integer.parseInt(c[2]));
          case "calls" -> calls(contender, c[1], Integer.parseInt(c[2]));
          case "concurrent" -> concurrent(contender, c[1], Integer.parseInt(c[2]),
              Long.parseLong(c[3]));
          case "quit" -> {
            emit("BYE");
            return;
          }
          default -> emit("ERROR unknown command " + c[0]);
        }
      } catch (Throwable e) {
        e.printStackTrace();
        emit("ERROR " + e.toString().replace('\n', ' '));
      }
    }
  }

  /** Enough work for C2 to compile every hot path of every scenario. */
  private static void warmup(Contender c, int streams, int calls, int bursts) throws Exception {
    for (int i = 0; i < streams; i++) {
      check(c.stream("bench-s20000"), 20_000);
    }
    for (int i = 0; i < calls; i++) {
      c.call("bench-call");
    }
    for (int i = 0; i < bursts; i++) {
      c.concurrentStreams("bench-s200", 200, 200);
    }
    emit("WARM");
  }

  /**
   * Warms up, then records one scenario alone with JFR for {@code seconds}: {@code stream}
   * (20,000-chunk streams) or {@code calls} (small calls).
   */
  private static void profile(Contender c, String scenario, int seconds, Path settings, Path out)
      throws Exception {
    warmup(c, 10, 5_000, 0);
    try (jdk.jfr.Recording recording =
        new jdk.jfr.Recording(jdk.jfr.Configuration.create(settings))) {
      recording.start();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long n = 0;
      while (System.nanoTime() < end) {
        if (scenario.equals("stream")) {
          check(c.stream("bench-s20000"), 20_000);
        } else {
          c.call("bench-call");
        }
        n++;
      }
      recording.stop();
      recording.dump(out);
      emit("PROFILED " + scenario + " n=" + n);
    }
  }

  private static void stream(Contender c, String model, int reps) throws Exception {
    long expected = Long.parseLong(model.substring("bench-s".length()));
    Snapshot before = Snapshot.take();
    long chunks = 0;
    for (int i = 0; i < reps; i++) {
      chunks += check(c.stream(model), expected);
    }
    Snapshot after = Snapshot.take();
    emit("STREAM chunks=" + chunks + " wallNs=" + (after.nanos - before.nanos)
        + " cpuNs=" + (after.cpu - before.cpu) + " allocB=" + after.allocatedSince(before));
  }

  private static void calls(Contender c, String model, int count) throws Exception {
    long[] latency = new long[count];
    Snapshot before = Snapshot.take();
    for (int i = 0; i < count; i++) {
      long t = System.nanoTime();
      String content = c.call(model);
      latency[i] = System.nanoTime() - t;
      if (content.isEmpty()) {
        throw new IllegalStateException("empty answer");
      }
    }
    Snapshot after = Snapshot.take();
    Arrays.sort(latency);
    emit("CALLS calls=" + count + " p50Ns=" + latency[count / 2]
        + " p99Ns=" + latency[(int) (count * 0.99)] + " wallNs=" + (after.nanos - before.nanos)
        + " cpuNs=" + (after.cpu - before.cpu) + " allocB=" + after.allocatedSince(before));
  }

  private static void concurrent(Contender c, String model, int count, long chunksEach)
      throws Exception {
    THREADS.resetPeakThreadCount();
    int base = THREADS.getThreadCount();
    long t = System.nanoTime();
    int completed = c.concurrentStreams(model, count, chunksEach);
    long wall = System.nanoTime() - t;
    emit("CONCURRENT completed=" + completed + " of=" + count + " peakThreads="
        + THREADS.getPeakThreadCount() + " threadsBefore=" + base + " wallNs=" + wall);
  }

  private static long check(long chunks, long expected) {
    if (chunks != expected) {
      throw new IllegalStateException(chunks + " chunks, expected " + expected);
    }
    return chunks;
  }

  interface Work {
    long run() throws Exception;
  }

  /** Runs {@code work} noting the heap in use after each collection (the live data's high mark). */
  private static void watched(Contender contender, Work work) throws Exception {
    watched("BIG", work, () -> "");
  }

  /** {@link #watched(Contender, Work)}, answered with {@code tag} and {@code extra}'s fields. */
  private static void watched(String tag, Work work, java.util.function.Supplier<String> extra)
      throws Exception {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(e.getKey())) {
            used += e.getValue().getUsed();
          }
        }
        collections.incrementAndGet();
        peakAfterGc.accumulateAndGet(used, Math::max);
      }, null, null);
    }
    long t = System.nanoTime();
    long amount;
    try {
      amount = work.run();
    } catch (Throwable e) {
      e.printStackTrace();
      emit(tag + " ok=false error=" + e.toString().replace('\n', ' ').replace(' ', '_'));
      System.exit(0);
      return;
    }
    long wall = System.nanoTime() - t;
    long peakUsed = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    emit(tag + " ok=true amount=" + amount + " wallNs=" + wall + " peakLiveB=" + peakAfterGc.get()
        + " peakUsedB=" + peakUsed + " maxHeapB=" + Runtime.getRuntime().maxMemory()
        + " gcs=" + collections.get() + extra.get());
  }

  static void emit(String line) {
    System.out.println("@@ " + line);
    System.out.flush();
  }

  /** Time, process CPU and per-thread allocation at one instant. */
  private record Snapshot(long nanos, long cpu, Map<Long, Long> allocated) {
    static Snapshot take() {
      long[] ids = THREADS.getAllThreadIds();
      long[] bytes = THREADS.getThreadAllocatedBytes(ids);
      Map<Long, Long> allocated = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        if (bytes[i] >= 0) {
          allocated.put(ids[i], bytes[i]);
        }
      }
      return new Snapshot(System.nanoTime(), OS.getProcessCpuTime(), allocated);
    }

    /** Bytes allocated since {@code before} by the threads alive now (new threads from zero). */
    long allocatedSince(Snapshot before) {
      long sum = 0;
      for (Map.Entry<Long, Long> e : allocated.entrySet()) {
        sum += e.getValue() - before.allocated.getOrDefault(e.getKey(), 0L);
      }
      return sum;
    }
  }
}
