package io.github.xaijava.soak;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.simulator.Faults;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The soak driver: one {@link XaiClient} shared by many caller threads, thousands of chat
 * completions and streams against an {@link XaiSimulator}, a few of them given a fault, and every
 * outcome checked against the one that fault must give; then the client is checked for growth.
 *
 * <pre>{@code
 * SoakReport report = Soak.run(SoakConfig.quick());
 * System.out.print(report.summary());
 * assert report.passed();
 * }</pre>
 *
 * <p><b>Attribution.</b> Every call carries its id in {@link #CALL_HEADER}. A call planned to fail
 * (see {@link SoakPlan}) has its fault installed just before it is made, narrowed to that header
 * ({@code Faults.Plan.withHeader}), so that this call, and no other, meets the fault while the
 * other callers run. The fault is installed for as many attempts as it must take (the first, or
 * every one the retry policy allows) rather than for ever, so the simulator's request log must
 * then show exactly the attempts expected of each call, and no fault may be left untaken.
 *
 * <p><b>Outcomes.</b> Each is checked by {@link Expected}: the answer (the text naming the call's
 * own prompt, finished with {@code stop}, a stream complete), or exactly the typed error of the
 * fault, with its status, kind, code, retry count and the events delivered before it. Any other
 * exception, a wrong answer, a broken async handler contract, a call without an outcome within
 * {@link SoakConfig#callDeadline()}, an exception escaping on another thread or a warning logged by
 * OkHttp (a leaked connection) is a problem, reported with its call.
 *
 * <p><b>Growth.</b> A warm-up of every shape and fault comes first, then the baseline: threads,
 * and heap after GC. After the run, with nothing closed, the soak waits up to {@link
 * SoakConfig#settle()} until no call runs, no connection is in use, the pool is back to OkHttp's
 * 5 idle connections, and the threads that grew are idle pool workers, at most {@link
 * SoakConfig#extraThreadsAllowed()} of them; the heap after GC may exceed the baseline by {@link
 * SoakConfig#heapGrowthAllowed()}. Last, the client is closed, and no thread of its own may remain
 * (threads shared by the whole JVM, such as OkHttp's task runner, are named but allowed).
 *
 * <p>The client is made the way a user makes it, with its own OkHttp client, dispatcher and pool,
 * so that closing it must end its threads; the pool is observed through the test seam {@link
 * TestClients#okHttp}.
 */
public final class Soak {

  /** The request header carrying a call's id, which its fault is narrowed to. */
  public static final String CALL_HEADER = "x-soak-call";
  /** Name prefix of the caller threads. */
  static final String DRIVER_THREADS = "soak-caller-";

  private static final String MODEL = "grok-4";
  private static final String CHAT_PATH = "/v1/chat/completions";
  /** Small, so that rate-limited calls retry quickly (the client prefers retry-after-ms). */
  private static final Duration RETRY_AFTER = Duration.ofMillis(20);
  /** Two retries, quick backoff; POSTs retried after 5xx and dropped connections too. */
  private static final RetryPolicy RETRIES = RetryPolicy.builder()
      .maxRetries(2)
      .initialBackoff(Duration.ofMillis(10))
      .maxBackoff(Duration.ofMillis(20))
      .retryPostOnServerError(true)
      .build();
  /** The most idle connections OkHttp's default pool keeps. */
  private static final int POOL_MAX_IDLE = 5;

  private final SoakConfig config;
  private final XaiSimulator sim;
  private final XaiClient client;
  private final ConnectionPool pool;
  private final Dispatcher dispatcher;
  private final Expected expected = new Expected(RETRIES.maxRetries(), RETRY_AFTER);
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  private Soak(SoakConfig config, XaiSimulator sim, XaiClient client) {
    this.config = config;
    this.sim = sim;
    this.client = client;
    OkHttpClient http = TestClients.okHttp(client);
    this.pool = http.connectionPool();
    this.dispatcher = http.dispatcher();
  }

  /**
   * Runs a soak: starts a simulator and a client, warms up, runs, checks, closes both.
   *
   * @return what happened; {@link SoakReport#passed()} says whether anything was wrong
   */
  public static SoakReport run(SoakConfig config) {
    ThreadCensus beforeClient = ThreadCensus.take();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    List<String> elsewhere = Collections.synchronizedList(new ArrayList<>());
    Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
        elsewhere.add("exception escaped on thread " + thread.getName() + ": " + e));
    // OkHttp frees a connection whose call was garbage-collected without its body being closed,
    // and logs it: then no pool count shows the leak, only this warning.
    Logger okHttpLog = Logger.getLogger(OkHttpClient.class.getName());
    Handler leaks = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          elsewhere.add("OkHttp warned: " + record.getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    okHttpLog.addHandler(leaks);
    try (XaiSimulator sim = XaiSimulator.builder().build().start()) {
      XaiClient client = XaiClient.create(ClientOptions.builder()
          .apiKey(sim.apiKey())
          .baseUrl(sim.baseUrl())
          .timeout(Timeout.builder()
              .connect(Duration.ofSeconds(5))
              .read(config.readTimeout())
              .write(Duration.ofSeconds(5))
              .request(Duration.ofSeconds(60))
              .build())
          .retryPolicy(RETRIES)
          .build());
      try {
        return new Soak(config, sim, client).run(beforeClient, elsewhere);
      } finally {
        client.close();
      }
    } finally {
      okHttpLog.removeHandler(leaks);
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  private SoakReport run(ThreadCensus beforeClient, List<String> elsewhere) {
    // The simulator's first answer waits for its API document to load (seconds on a busy
    // machine): one call with a long read timeout, so that no soak call times out on it.
    client.withOptions(o -> o.timeout(Duration.ofSeconds(60))).chat()
        .create(ChatRequest.builder().model(MODEL).addUserMessage("ready?").build());
    sim.reset();
    // Every shape and fault before the baseline (classes, JIT, the pools' first threads), so
    // that the baseline holds what a client in use holds.
    Phase warmUp = runPhase("warm-", SoakPlan.make("warm-", config.threads() * 4,
        config.threads(), config.faultRate(), ~config.seed()));
    check(warmUp, "warm-up: ");
    sim.reset();
    waitUntil(Duration.ofSeconds(10), () -> pool.connectionCount() == pool.idleConnectionCount());
    long heapBefore = usedHeapAfterGc();
    ThreadCensus before = ThreadCensus.take();

    Phase run = runPhase("", SoakPlan.make("", config.calls(), config.streams(),
        config.faultRate(), config.seed()));
    int threadsAtEnd = ThreadCensus.take().size();
    int connectionsAtEnd = pool.connectionCount();
    int idleAtEnd = pool.idleConnectionCount();
    int attempts = check(run, "");

    // Nothing closed yet: the client must become idle by itself.
    waitUntil(config.settle(), () -> settled(before));
    ThreadCensus after = ThreadCensus.take();
    List<ThreadCensus.Grown> grown = after.grownSince(before);
    reportUnsettled(grown);
    int connectionsAfter = pool.connectionCount();
    int idleAfter = pool.idleConnectionCount();

    sim.reset(); // its request log is the simulator's memory, not the client's
    long heapAfter = usedHeapAfterGc();
    if (heapAfter - heapBefore > config.heapGrowthAllowed()) {
      problems.add(String.format("the heap grew by %.1f MiB (allowed %.1f MiB)",
          (heapAfter - heapBefore) / 1048576.0, config.heapGrowthAllowed() / 1048576.0));
    }
    // After the GC, one more call: releasing its connection makes OkHttp prune the pool, which
    // is when it finds (and logs) a connection whose call was collected without being closed.
    client.chat().create(ChatRequest.builder().model(MODEL).addUserMessage("leaks?").build(),
        RequestOptions.builder().header(CALL_HEADER, "after").build());
    sleep(500);

    client.close();
    waitUntil(config.settle(), () -> onlyJvmWideThreadsGrew(beforeClient));
    List<ThreadCensus.Grown> remaining = ThreadCensus.take().grownSince(beforeClient);
    if (!remaining.stream().allMatch(ThreadCensus.Grown::jvmWide)) {
      problems.add("after close, threads of the client remain: "
          + ThreadCensus.describe(remaining));
    }
    if (pool.connectionCount() != 0) {
      problems.add("after close, " + pool.connectionCount() + " connections remain");
    }
    problems.addAll(elsewhere);

    return new SoakReport(config, run.wallNanos(), count(run, PlannedCall::shape),
        count(run, PlannedCall::fault), outcomes(run), attempts, latency(run), latency(warmUp),
        new SoakReport.Threads(before.size(), before.outsideSimulator(), threadsAtEnd,
            after.outsideSimulator(), ThreadCensus.describe(grown),
            ThreadCensus.describe(remaining)),
        new SoakReport.Connections(run.peakConnections(), connectionsAtEnd, idleAtEnd,
            connectionsAfter, idleAfter),
        new SoakReport.Heap(heapBefore, heapAfter), problems);
  }

  /**
   * One phase's calls and what they ended with.
   *
   * @param outcomes by the plan's index; null for a call that never ended
   * @param overdue calls without an outcome at the deadline, with where their caller was
   */
  private record Phase(List<PlannedCall> plan, AtomicReferenceArray<Outcome> outcomes,
      Map<String, String> overdue, long wallNanos, int peakConnections) {
  }

  /** A call being made, and by which caller: for a call that has no outcome in time. */
  private record InFlight(Thread caller, long startNanos) {
  }

  private Phase runPhase(String name, List<PlannedCall> plan) {
    AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(plan.size());
    Map<Integer, InFlight> inFlight = new ConcurrentHashMap<>();
    Map<String, String> overdue = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(plan.size());
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, DRIVER_THREADS + name + threadNumber.incrementAndGet());
      t.setDaemon(true); // a hung call must not keep the JVM alive
      return t;
    });
    long start = System.nanoTime();
    for (int i = 0; i < plan.size(); i++) {
      int index = i;
      callers.execute(() -> {
        inFlight.put(index, new InFlight(Thread.currentThread(), System.nanoTime()));
        try {
          outcomes.set(index, call(plan.get(index)));
        } finally {
          inFlight.remove(index);
          done.countDown();
        }
      });
    }
    callers.shutdown();
    // A blocking call is bounded only by the client's timeouts: watch for one that outlives the
    // deadline, and say where its caller is.
    long deadline = config.callDeadline().toNanos();
    long phaseDeadline = start + 2 * deadline + plan.size() * TimeUnit.MILLISECONDS.toNanos(50);
    int peak = 0;
    try {
      while (!done.await(50, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, pool.connectionCount());
        long now = System.nanoTime();
        inFlight.forEach((index, f) -> {
          if (now - f.startNanos() > deadline) {
            overdue.computeIfAbsent(plan.get(index).id(), id -> where(f.caller()));
          }
        });
        if (now > phaseDeadline) {
          problems.add(name + "phase: " + done.getCount() + " calls still running after "
              + TimeUnit.NANOSECONDS.toSeconds(now - start) + " s; given up");
          callers.shutdownNow();
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return new Phase(plan, outcomes, overdue, System.nanoTime() - start, peak);
  }

  private static String where(Thread caller) {
    return Arrays.stream(caller.getStackTrace()).limit(12).map(String::valueOf)
        .collect(Collectors.joining(" < "));
  }

  /** Checks every outcome and the simulator's attempts per call; returns the attempts seen. */
  private int check(Phase phase, String prefix) {
    for (int i = 0; i < phase.plan().size(); i++) {
      PlannedCall call = phase.plan().get(i);
      Outcome outcome = phase.outcomes().get(i);
      String where = phase.overdue().get(call.id());
      if (where != null) {
        problems.add(prefix + call + ": no outcome within " + config.callDeadline().toSeconds()
            + " s" + (outcome == null ? "" : ", ended later with " + outcome.label())
            + "; its caller was at " + where);
        continue;
      }
      String mismatch = outcome == null ? "no outcome" : expected.mismatch(call, outcome);
      if (mismatch != null) {
        problems.add(prefix + call + ": " + mismatch);
      }
    }
    List<RecordedRequest> received = sim.requests();
    Map<String, Integer> attempts = new HashMap<>();
    for (RecordedRequest r : received) {
      String id = r.header(CALL_HEADER);
      if (id == null) {
        problems.add(prefix + "a request without " + CALL_HEADER + ": " + r);
      } else {
        attempts.merge(id, 1, Integer::sum);
      }
    }
    for (PlannedCall call : phase.plan()) {
      int want = call.fault() == null ? 1 : call.fault().attempts(RETRIES.maxRetries());
      int got = attempts.getOrDefault(call.id(), 0);
      if (got != want) {
        problems.add(prefix + call + ": the simulator saw " + got + " attempts, not " + want);
      }
    }
    if (sim.faults().pending() != 0) {
      problems.add(prefix + sim.faults().pending() + " injected faults were never taken");
    }
    return received.size();
  }

  /** Makes the call, after installing its fault; any exception it throws is its outcome. */
  private Outcome call(PlannedCall call) {
    long start = System.nanoTime();
    try {
      inject(call);
      ChatRequest request =
          ChatRequest.builder().model(MODEL).addUserMessage(call.prompt()).build();
      RequestOptions options = RequestOptions.builder().header(CALL_HEADER, call.id()).build();
      return switch (call.shape()) {
        case CREATE -> answer(client.chat().create(request, options), start);
        case CREATE_ASYNC -> await(client.async().chat().create(request, options), start);
        case STREAM -> read(request, options, start);
        case STREAM_ASYNC -> subscribe(request, options, start);
      };
    } catch (RuntimeException | Error e) {
      return Outcome.failed(e, 0, "", System.nanoTime() - start);
    }
  }

  /** Installs the call's fault, narrowed to its header, for as many attempts as it must take. */
  private void inject(PlannedCall call) {
    FaultKind fault = call.fault();
    if (fault == null) {
      return;
    }
    int attempts = fault.onEveryAttempt() ? 1 + RETRIES.maxRetries() : 1;
    Faults.Plan plan =
        sim.faults().withHeader(CALL_HEADER, call.id()).onPath(CHAT_PATH).next(attempts);
    switch (fault) {
      case RATE_LIMITED_ONCE, RATE_LIMITED_ALWAYS -> plan.rateLimited(RETRY_AFTER);
      case SERVER_ERROR_ONCE, SERVER_ERROR_ALWAYS -> plan.serverError(call.detail());
      case DROPPED_ONCE, DROPPED_ALWAYS -> plan.dropConnection();
      // Twice the read timeout before each event or piece of a body: the client gives up first.
      case STALL -> plan.drip(config.readTimeout().multipliedBy(2));
      case BODY_CUT, STREAM_CUT -> plan.cutStreamAfter(call.detail());
      case ERROR_FRAME -> plan.errorFrameAfter(call.detail());
      default -> throw new IllegalStateException("unknown fault " + fault);
    }
  }

  private static Outcome answer(ChatResponse response, long start) {
    return Outcome.answer(0, response.text(), finishReason(response), false,
        System.nanoTime() - start);
  }

  private Outcome await(CompletableFuture<ChatResponse> future, long start) {
    try {
      return answer(future.get(config.callDeadline().toNanos(), TimeUnit.NANOSECONDS), start);
    } catch (ExecutionException e) {
      return Outcome.failed(Failures.unwrap(e), 0, "", System.nanoTime() - start);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Outcome.hung(0, System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Outcome read(ChatRequest request, RequestOptions options, long start) {
    int events = 0;
    StringBuilder text = new StringBuilder();
    try (ChatStream stream = client.chat().stream(request, options)) {
      for (ChatResponseChunk chunk : stream) {
        events++;
        text.append(chunk.deltaText());
      }
      return Outcome.answer(events, text.toString(), finishReason(stream.accumulated()),
          stream.isComplete(), System.nanoTime() - start);
    } catch (RuntimeException e) {
      // After the events that came before the failure, which the check compares with the answer.
      return Outcome.failed(e, events, text.toString(), System.nanoTime() - start);
    }
  }

  private Outcome subscribe(ChatRequest request, RequestOptions options, long start) {
    Collector collector = new Collector();
    StreamSubscription subscription = client.async().chat().stream(request, options, collector);
    Throwable failure = null;
    try {
      subscription.completion().get(config.callDeadline().toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      failure = Failures.unwrap(e);
    } catch (TimeoutException e) {
      subscription.cancel();
      return Outcome.hung(collector.events(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return collector.outcome(failure, System.nanoTime() - start);
  }

  private static String finishReason(ChatResponse response) {
    return response.choices().isEmpty() ? null
        : response.choices().get(0).finishReason().orElse(null);
  }

  /**
   * An asynchronous stream's callbacks, checked against the handler contract: events in order,
   * then exactly one of onComplete or onError, agreeing with the completion.
   */
  private static final class Collector implements StreamHandler<ChatResponseChunk> {
    private final ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    private final StringBuilder text = new StringBuilder();
    private final List<Throwable> errors = new ArrayList<>();
    private int events;
    private int completions;

    @Override
    public synchronized void onEvent(ChatResponseChunk chunk) {
      events++;
      text.append(chunk.deltaText());
      accumulator.accept(chunk);
    }

    @Override
    public synchronized void onComplete() {
      completions++;
    }

    @Override
    public synchronized void onError(Throwable error) {
      errors.add(error);
    }

    synchronized int events() {
      return events;
    }

    synchronized Outcome outcome(Throwable failure, long nanos) {
      Outcome outcome = failure == null
          ? Outcome.answer(events, text.toString(), finishReason(accumulator.result()),
              completions == 1, nanos)
          : Outcome.failed(failure, events, text.toString(), nanos);
      if (completions + errors.size() != 1) {
        return outcome.withCallbackProblem(completions + " onComplete and " + errors.size()
            + " onError calls instead of one");
      }
      if (failure == null ? completions != 1 : errors.isEmpty() || errors.get(0) != failure) {
        return outcome.withCallbackProblem("the completion "
            + (failure == null ? "succeeded" : "failed with " + failure) + " but onError saw "
            + errors);
      }
      return outcome;
    }
  }

  private static <K> Map<K, Integer> count(Phase phase, Function<PlannedCall, K> key) {
    Map<K, Integer> counts = new HashMap<>();
    for (PlannedCall call : phase.plan()) {
      K k = key.apply(call);
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Map<String, Integer> outcomes(Phase phase) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < phase.plan().size(); i++) {
      Outcome outcome = phase.outcomes().get(i);
      counts.merge(outcome == null ? "none" : outcome.label(), 1, Integer::sum);
    }
    return counts;
  }

  /** How long the calls without a fault took, however they ended. */
  private static SoakReport.Latency latency(Phase phase) {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < phase.plan().size(); i++) {
      Outcome outcome = phase.outcomes().get(i);
      if (phase.plan().get(i).fault() == null && outcome != null) {
        nanos.add(outcome.nanos());
      }
    }
    if (nanos.isEmpty()) {
      return new SoakReport.Latency(0, 0, 0);
    }
    Collections.sort(nanos);
    int p99 = (int) Math.ceil(nanos.size() * 0.99) - 1;
    return new SoakReport.Latency(nanos.get(nanos.size() / 2) / 1e6, nanos.get(p99) / 1e6,
        nanos.get(nanos.size() - 1) / 1e6);
  }

  /** True once the client is idle and nothing grown since {@code before} is busy or too many. */
  private boolean settled(ThreadCensus before) {
    List<ThreadCensus.Grown> grown = ThreadCensus.take().grownSince(before);
    return dispatcher.runningCallsCount() + dispatcher.queuedCallsCount() == 0
        && pool.connectionCount() == pool.idleConnectionCount()
        && pool.connectionCount() <= POOL_MAX_IDLE
        && grown.stream().allMatch(ThreadCensus.Grown::idle)
        && grown.size() <= config.extraThreadsAllowed();
  }

  private void reportUnsettled(List<ThreadCensus.Grown> grown) {
    String after = " after " + config.settle().toSeconds() + " s";
    int calls = dispatcher.runningCallsCount() + dispatcher.queuedCallsCount();
    if (calls != 0) {
      problems.add(calls + " calls still running or queued on the dispatcher" + after);
    }
    int inUse = pool.connectionCount() - pool.idleConnectionCount();
    if (inUse != 0) {
      problems.add(inUse + " connections still in use" + after + " (leaked)");
    }
    if (pool.connectionCount() > POOL_MAX_IDLE) {
      problems.add(pool.connectionCount() + " connections in the pool" + after + ", more than the "
          + POOL_MAX_IDLE + " idle ones it keeps");
    }
    if (!grown.stream().allMatch(ThreadCensus.Grown::idle)) {
      problems.add("threads grown during the run are busy" + after + ": "
          + ThreadCensus.describe(grown));
    } else if (grown.size() > config.extraThreadsAllowed()) {
      problems.add(grown.size() + " more threads than before the run" + after + " (allowed "
          + config.extraThreadsAllowed() + "): " + ThreadCensus.describe(grown));
    }
  }

  private static boolean onlyJvmWideThreadsGrew(ThreadCensus beforeClient) {
    return ThreadCensus.take().grownSince(beforeClient).stream()
        .allMatch(ThreadCensus.Grown::jvmWide);
  }

  private static void waitUntil(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      sleep(100);
    }
  }

  /** The smallest used heap over a few full GCs (one GC may leave garbage behind). */
  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      sleep(100);
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
