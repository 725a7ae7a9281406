package io.github.xaijava.bench.harness;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The side-by-side benchmark: starts the {@link WireServer}, runs every contender in JVMs of its
 * own (only its own classpath; heap pre-touched, {@code -Xms} = {@code -Xmx}), interleaves the
 * rounds (round {@code r} starts with contender {@code r mod n}), and reports each figure as a
 * ratio to the first contender (the raw OkHttp + Gson limit) in the same round: median and
 * min–max over the rounds. Run through {@code scripts/bench.sh}.
 *
 * <p>Arguments: {@code --contender name=class=dir} (repeatable; {@code dir/target/
 * runtime-classpath.txt} lists its runtime jars and {@code dir/target/classes} holds it; the
 * first is the reference), {@code --harness-classpath cp}, {@code --rounds n},
 * {@code --cold-rounds n}, {@code --big-rounds n}, {@code --out file},
 * {@code --jfr dir} (record every long-lived contender JVM with JFR's profile settings),
 * {@code --only a,b} (just these contenders; the first stays the reference),
 * {@code --gateway-streams n} and {@code --gateway-rounds n} (the slow-streams scenario; 0 rounds
 * skips it), {@code --newer-java path} (a java binary of Java 21+, on which xai-java runs that
 * scenario once more with virtual threads),
 * {@code --profile stream|calls} with {@code --profile-seconds n} (a JFR recording of one
 * scenario per contender instead of the benchmark), {@code --quick} (small counts, for trying
 * the harness).
 */
public final class Harness {

  record ContenderSpec(String name, String type, Path dir) {
    List<String> runtimeJars() throws IOException {
      String cp = Files.readString(dir.resolve("target/runtime-classpath.txt")).trim();
      List<String> jars = new ArrayList<>();
      for (String entry : cp.split(File.pathSeparator)) {
        if (!entry.isBlank() && !entry.contains("xai-java-bench-harness")
            && !entry.endsWith("/harness/target/classes")) {
          jars.add(entry);
        }
      }
      return jars;
    }

    String classpath(String harness) throws IOException {
      List<String> cp = new ArrayList<>();
      cp.add(harness);
      cp.add(dir.resolve("target/classes").toString());
      cp.addAll(runtimeJars());
      return String.join(File.pathSeparator, cp);
    }
  }

  private final List<ContenderSpec> contenders = new ArrayList<>();
  private String harnessClasspath;
  private int rounds = 10;
  private int coldRounds = 6;
  private int bigRounds = 2;
  private Path out = Path.of("bench/target/bench-results.md");
  private Path logs;
  private Path jfr;
  private boolean quick;
  /** A scenario to profile with JFR instead of the benchmark run (stream or calls). */
  private String profile;
  private int profileSeconds = 20;
  private List<String> only;
  private String baseUrl;

  // Scenario sizes.
  private int warmStreams = 30;
  private int warmCalls = 20_000;
  private int warmBursts = 3;
  private int streamReps = 5;
  private int callsPerRound = 5_000;
  private int concurrentStreams = 200;
  /** Slow streams at once in the gateway scenario, its rounds, and a newer JDK for its virtual-thread run. */
  private int gatewayStreams = 1000;
  private int gatewayRounds = 2;
  private String newerJava;

  /** Raw results: metric → contender → one value per round. */
  private final Map<String, Map<String, List<Double>>> results = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness h = new Harness();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--contender" -> {
          String[] p = args[++i].split("=", 3);
          h.contenders.add(new ContenderSpec(p[0], p[1], Path.of(p[2])));
        }
        case "--harness-classpath" -> h.harnessClasspath = args[++i];
        case "--rounds" -> h.rounds = Integer.parseInt(args[++i]);
        case "--cold-rounds" -> h.coldRounds = Integer.parseInt(args[++i]);
        case "--big-rounds" -> h.bigRounds = Integer.parseInt(args[++i]);
        case "--out" -> h.out = Path.of(args[++i]);
        case "--jfr" -> h.jfr = Path.of(args[++i]);
        case "--quick" -> h.quick = true;
        case "--profile" -> h.profile = args[++i];
        case "--profile-seconds" -> h.profileSeconds = Integer.parseInt(args[++i]);
        case "--only" -> h.only = List.of(args[++i].split(","));
        case "--gateway-streams" -> h.gatewayStreams = Integer.parseInt(args[++i]);
        case "--gateway-rounds" -> h.gatewayRounds = Integer.parseInt(args[++i]);
        case "--newer-java" -> h.newerJava = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (h.only != null) {
      h.contenders.removeIf(c -> !h.only.contains(c.name()));
    }
    if (h.quick) {
      h.warmStreams = 3;
      h.warmCalls = 500;
      h.warmBursts = 1;
      h.streamReps = 1;
      h.callsPerRound = 500;
      h.gatewayStreams = 200;
      h.gatewayRounds = 1;
    }
    h.run();
  }

  private void run() throws Exception {
    logs = out.toAbsolutePath().getParent().resolve("bench-logs");
    Files.createDirectories(logs);
    if (jfr != null) {
      Files.createDirectories(jfr);
    }
    long start = System.nanoTime();
    Process server = new ProcessBuilder(java(), "-Xms768m", "-Xmx768m", "-XX:+AlwaysPreTouch",
        "-cp", harnessClasspath, WireServer.class.getName())
        .redirectError(logs.resolve("server.err").toFile()).start();
    try {
      BufferedReader serverOut = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = serverOut.readLine();
      if (first == null || !first.startsWith("PORT ")) {
        throw new IllegalStateException("server did not start: " + first);
      }
      baseUrl = "http://127.0.0.1:" + first.substring(5).trim();
      log("server at " + baseUrl);
      if (profile != null) {
        profileRun();
        return;
      }
      footprint();
      cold();
      if (rounds > 0) {
        warm();
      }
      big();
      gateway();
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
    if (profile != null) {
      return;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    notes.add("Harness wall time: " + seconds + " s.");
    report();
  }

  // --- scenarios -------------------------------------------------------------------------------

  private void footprint() throws IOException {
    for (ContenderSpec c : contenders) {
      List<String> jars = c.runtimeJars();
      long bytes = 0;
      for (String jar : jars) {
        bytes += Files.size(Path.of(jar));
      }
      record("runtime jars", c.name(), jars.size());
      record("runtime MB", c.name(), bytes / 1e6);
      Files.write(logs.resolve(c.name() + ".classpath.txt"), jars);
    }
  }

  private void cold() throws Exception {
    for (int r = 0; r < coldRounds; r++) {
      for (ContenderSpec c : rotated(r)) {
        long t = System.nanoTime();
        Process p = start(c, "cold", List.of("-Xms64m", "-Xmx64m"), "bench-s100");
        String line = expect(p, "COLD", 120);
        double ms = (System.nanoTime() - t) / 1e6;
        if (!line.contains("chunks=100")) {
          throw new IllegalStateException(c.name() + " cold: " + line);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        record("cold JVM to last of 100 chunks (ms)", c.name(), ms);
      }
      log("cold round " + (r + 1) + " done");
    }
  }

  private void warm() throws Exception {
    Map<String, Process> jvms = new LinkedHashMap<>();
    try {
      for (ContenderSpec c : contenders) {
        List<String> flags = new ArrayList<>(List.of("-Xms256m", "-Xmx256m"));
        if (jfr != null) {
          // Deep stacks (OkHttp's interceptor chain) would otherwise lose the scenario's frame.
          flags.add("-XX:FlightRecorderOptions:stackdepth=512");
          flags.add("-XX:StartFlightRecording=settings=profile,filename="
              + jfr.resolve(c.name() + ".jfr").toAbsolutePath());
        }
        Process p = start(c, "serve", flags);
        jvms.put(c.name(), p);
        long t = System.nanoTime();
        command(p, "warmup " + warmStreams + " " + warmCalls + " " + warmBursts, "WARM", 600);
        log("warmed " + c.name() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
      }
      for (int r = 0; r < rounds; r++) {
        for (ContenderSpec c : rotated(r)) {
          Process p = jvms.get(c.name());
          Map<String, Double> s = fields(command(p, "stream bench-s20000 " + streamReps,
              "STREAM", 300));
          double chunks = s.get("chunks");
          record("stream throughput (chunks/s)", c.name(), chunks / (s.get("wallNs") / 1e9));
          record("stream CPU per chunk (µs)", c.name(), s.get("cpuNs") / chunks / 1e3);
          record("stream allocation per chunk (KB)", c.name(), s.get("allocB") / chunks / 1e3);

          Map<String, Double> k = fields(command(p, "calls bench-call " + callsPerRound,
              "CALLS", 300));
          double calls = k.get("calls");
          record("small call p50 (µs)", c.name(), k.get("p50Ns") / 1e3);
          record("small call p99 (µs)", c.name(), k.get("p99Ns") / 1e3);
          record("CPU per call (µs)", c.name(), k.get("cpuNs") / calls / 1e3);
          record("allocation per call (KB)", c.name(), k.get("allocB") / calls / 1e3);

          Map<String, Double> m = fields(command(p, "concurrent bench-s200 "
              + concurrentStreams + " 200", "CONCURRENT", 300));
          record("200 concurrent streams: completed", c.name(), m.get("completed"));
          record("200 concurrent streams: peak live threads", c.name(), m.get("peakThreads"));
          record("200 concurrent streams: wall (ms)", c.name(), m.get("wallNs") / 1e6);
        }
        log("round " + (r + 1) + " of " + rounds + " done");
      }
    } finally {
      for (Process p : jvms.values()) {
        try {
          command(p, "quit", "BYE", 30);
        } catch (Exception e) {
          // gone already
        }
        p.waitFor(30, TimeUnit.SECONDS);
        p.destroy();
      }
    }
  }

  /**
   * Each contender (or those of {@code --only}) alone, warmed up, then one scenario recorded with
   * JFR: method samples every millisecond, allocation samples up to 5,000 a second, deep stacks.
   */
  private void profileRun() throws Exception {
    Path dir = jfr != null ? jfr : out.toAbsolutePath().getParent().resolve("jfr");
    Files.createDirectories(dir);
    Path settings = dir.resolve("bench-profile.jfc");
    String jfc = Files.readString(Path.of(System.getProperty("java.home"), "lib", "jfr",
        "profile.jfc"));
    jfc = jfc.replace("<setting name=\"period\" control=\"method-sampling-java-interval\">10 ms",
        "<setting name=\"period\" control=\"method-sampling-java-interval\">1 ms")
        .replace("<setting name=\"throttle\" control=\"allocation-profiling\">300/s",
            "<setting name=\"throttle\" control=\"allocation-profiling\">5000/s");
    Files.writeString(settings, jfc);
    for (ContenderSpec c : contenders) {
      if (only != null && !only.contains(c.name())) {
        continue;
      }
      Path file = dir.resolve(c.name() + "-" + profile + ".jfr");
      Process p = start(c, "profile", List.of("-Xms256m", "-Xmx256m",
          "-XX:FlightRecorderOptions:stackdepth=512"), profile,
          Integer.toString(profileSeconds), settings.toString(), file.toString());
      String line = expect(p, "PROFILED", 600);
      p.waitFor(30, TimeUnit.SECONDS);
      log(c.name() + ": " + line + " -> " + file);
    }
  }

  private void big() throws Exception {
    String model = "bench-mb100";
    String chunks = Long.toString(WireServer.chunksOf(model));
    long size = 100L * 1024 * 1024;
    Path dir = Files.createTempDirectory("xai-bench-download");
    try {
      for (int r = 0; r < bigRounds; r++) {
        for (ContenderSpec c : rotated(r)) {
          bigOne(c, "100 MB stream", start(c, "bigstream", List.of("-Xms32m", "-Xmx32m"),
              model, chunks));
          bigOne(c, "100 MB download", start(c, "download", List.of("-Xms32m", "-Xmx32m"),
              "file-" + size, dir.toString()));
        }
        log("big round " + (r + 1) + " done");
      }
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  /**
   * A gateway's load: {@link #gatewayStreams} streams at once through one client, each 50 chunks
   * dripped 20 ms apart, in a fresh JVM per contender (512 MB heap). With {@code --newer-java},
   * xai-java runs once more on that JDK with {@code virtualThreads(true)}.
   */
  private void gateway() throws Exception {
    String model = WireServer.DRIP + 50;
    String what = gatewayStreams + " slow streams at once";
    List<String> heap = List.of("-Xms512m", "-Xmx512m");
    for (int r = 0; r < gatewayRounds; r++) {
      for (ContenderSpec c : rotated(r)) {
        gatewayOne(c.name(), what, start(java(), c, "gateway", heap, model,
            Integer.toString(gatewayStreams), "50"));
        if (newerJava != null && c.name().equals("xai-java")) {
          List<String> flags = new ArrayList<>(heap);
          flags.add("-Dxai.bench.virtualThreads=true");
          gatewayOne(c.name(), what + ", virtual threads (" + Path.of(newerJava).getParent()
              .getParent().getFileName() + ")", start(newerJava, c, "gateway", flags, model,
              Integer.toString(gatewayStreams), "50"));
        }
      }
      log("gateway round " + (r + 1) + " done");
    }
  }

  private void gatewayOne(String name, String what, Process p) throws Exception {
    String line = expect(p, "GATEWAY", 600);
    p.waitFor(30, TimeUnit.SECONDS);
    if (!line.contains("ok=true")) {
      notes.add(name + ", " + what + ": failed (" + line + ")");
      record(what + ": completed", name, 0);
      return;
    }
    Map<String, Double> g = fields(line);
    record(what + ": completed", name, g.get("amount"));
    record(what + ": peak live platform threads", name, g.get("peakThreads"));
    record(what + ": wall (ms)", name, g.get("wallNs") / 1e6);
    record(what + ": peak heap used (MB)", name, g.get("peakUsedB") / 1e6);
    if (g.get("gcs") > 0) {
      record(what + ": peak heap after GC (MB)", name, g.get("peakLiveB") / 1e6);
    }
  }

  private void bigOne(ContenderSpec c, String what, Process p) throws Exception {
    Map<String, Double> b;
    String line = expect(p, "BIG", 600);
    p.waitFor(30, TimeUnit.SECONDS);
    if (!line.contains("ok=true")) {
      notes.add(c.name() + ", " + what + " in a 32 MB heap: failed (" + line + ")");
      record(what + ": completed in 32 MB heap", c.name(), 0);
      return;
    }
    b = fields(line);
    record(what + ": completed in 32 MB heap", c.name(), 1);
    record(what + ": peak heap used (MB)", c.name(), b.get("peakUsedB") / 1e6);
    if (b.get("gcs") > 0) {
      record(what + ": peak heap after GC (MB)", c.name(), b.get("peakLiveB") / 1e6);
    } else {
      notes.add(c.name() + ", " + what + ": no collection ran, so no after-GC figure");
    }
    record(what + ": wall (ms)", c.name(), b.get("wallNs") / 1e6);
  }

  // --- processes -------------------------------------------------------------------------------

  private Process start(ContenderSpec c, String mode, List<String> jvmFlags, String... args)
      throws IOException {
    return start(java(), c, mode, jvmFlags, args);
  }

  private Process start(String java, ContenderSpec c, String mode, List<String> jvmFlags,
      String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmFlags);
    cmd.add("-XX:+AlwaysPreTouch");
    cmd.add("-cp");
    cmd.add(c.classpath(harnessClasspath));
    cmd.add(ContenderRunner.class.getName());
    cmd.add(c.type());
    cmd.add(baseUrl);
    cmd.add(mode);
    cmd.addAll(Arrays.asList(args));
    return new ProcessBuilder(cmd)
        .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(c.name() + ".err").toFile()))
        .start();
  }

  private final Map<Process, BufferedReader> readers = new LinkedHashMap<>();
  private final Map<Process, Writer> writers = new LinkedHashMap<>();

  private String command(Process p, String command, String answer, int timeoutSeconds)
      throws IOException {
    Writer w = writers.computeIfAbsent(p,
        k -> new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8));
    w.write(command + "\n");
    w.flush();
    return expect(p, answer, timeoutSeconds);
  }

  /** The next {@code @@ <answer>} line; fails on {@code @@ ERROR} or end of output. */
  private String expect(Process p, String answer, int timeoutSeconds) throws IOException {
    BufferedReader r = readers.computeIfAbsent(p, k -> new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.startsWith("@@ " + answer)) {
        return line.substring(3);
      }
      if (line.startsWith("@@ ERROR")) {
        throw new IllegalStateException("contender failed: " + line + " (see " + logs + ")");
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out waiting for " + answer);
      }
    }
    throw new IllegalStateException("contender exited before " + answer + " (see " + logs + ")");
  }

  private static Map<String, Double> fields(String line) {
    Map<String, Double> f = new LinkedHashMap<>();
    for (String part : line.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        try {
          f.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        } catch (NumberFormatException notANumber) {
          // a text field
        }
      }
    }
    return f;
  }

  private List<ContenderSpec> rotated(int round) {
    List<ContenderSpec> order = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      order.add(contenders.get((round + i) % contenders.size()));
    }
    return order;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
    System.out.flush();
  }

  // --- results ---------------------------------------------------------------------------------

  private void record(String metric, String contender, double value) {
    results.computeIfAbsent(metric, k -> new LinkedHashMap<>())
        .computeIfAbsent(contender, k -> new ArrayList<>()).add(value);
  }

  private void report() throws IOException {
    String reference = contenders.get(0).name();
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
        .append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(", ")
        .append(rounds).append(" rounds (cold ").append(coldRounds).append(", big ")
        .append(bigRounds).append(")").append(quick ? ", QUICK sizes" : "").append("\n\n");
    md.append("Ratios to ").append(reference).append(" in the same round: median [min–max]\n\n");
    md.append("| scenario | ").append(reference).append(" (absolute median)");
    for (ContenderSpec c : contenders.subList(1, contenders.size())) {
      md.append(" | ").append(c.name());
    }
    md.append(" |\n|---|---");
    md.append("|---".repeat(contenders.size() - 1)).append("|\n");
    for (Map.Entry<String, Map<String, List<Double>>> metric : results.entrySet()) {
      List<Double> ref = metric.getValue().get(reference);
      // A metric the reference has no value for (no collection ran, say) gets no ratios.
      md.append("| ").append(metric.getKey()).append(" | ")
          .append(ref == null ? "–" : number(median(ref)));
      for (ContenderSpec c : contenders.subList(1, contenders.size())) {
        List<Double> values = metric.getValue().get(c.name());
        md.append(" | ").append(ratios(ref, values));
      }
      md.append(" |\n");
    }
    md.append("\nAbsolute medians [min–max]\n\n| scenario");
    for (ContenderSpec c : contenders) {
      md.append(" | ").append(c.name());
    }
    md.append(" |\n|---").append("|---".repeat(contenders.size())).append("|\n");
    for (Map.Entry<String, Map<String, List<Double>>> metric : results.entrySet()) {
      md.append("| ").append(metric.getKey());
      for (ContenderSpec c : contenders) {
        List<Double> v = metric.getValue().get(c.name());
        md.append(" | ").append(v == null ? "–" : number(median(v)) + " [" + number(min(v)) + "–"
            + number(max(v)) + "]");
      }
      md.append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      for (String note : notes) {
        md.append("- ").append(note).append('\n');
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString());
    System.out.println();
    System.out.println(md);
    System.out.println("[bench] written to " + out);
  }

  private static String ratios(List<Double> ref, List<Double> values) {
    if (ref == null || values == null || ref.size() != values.size()) {
      return "–";
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < ref.size(); i++) {
      ratios.add(ref.get(i) == 0 ? (values.get(i) == 0 ? 1.0 : Double.NaN)
          : values.get(i) / ref.get(i));
    }
    double lo = min(ratios);
    double hi = max(ratios);
    String med = String.format(Locale.ROOT, "%.2f×", median(ratios));
    return lo == hi ? med : med + String.format(Locale.ROOT, " [%.2f–%.2f]", lo, hi);
  }

  private static String number(double v) {
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static double min(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
