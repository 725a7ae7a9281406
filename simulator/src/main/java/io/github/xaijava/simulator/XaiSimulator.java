package io.github.xaijava.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Ids;
import io.github.xaijava.simulator.internal.OpenApi;
import io.github.xaijava.simulator.internal.Settings;
import io.github.xaijava.simulator.internal.State;
import io.github.xaijava.simulator.internal.ws.Sockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local, in-process simulator of xAI's REST API: every operation of the API document, answered
 * deterministically on a loopback port, in xAI's JSON and SSE shapes. Point any client at {@link
 * #baseUrl()} (OpenAI SDKs at {@code baseUrl() + "/v1"}) with the key {@link #apiKey()}.
 *
 * <pre>{@code
 * try (XaiSimulator sim = XaiSimulator.builder().build().start()) {
 *   sim.faults().next(1).rateLimited(Duration.ofSeconds(1));   // the first call gets 429
 *   // ... run the code under test against sim.baseUrl() ...
 *   RecordedRequest sent = sim.takeRequest();
 * }
 * }</pre>
 *
 * <p>Answers: chat completions derive their text from the last user message ({@code "Simulated
 * answer to: <text>"}), call the first (or the named) tool when tools are offered, acknowledge tool
 * results, and give JSON that fits a requested schema; reasoning models add reasoning; usage counts
 * and costs add up. Files, skills, stored responses, deferred completions and video jobs live in
 * memory until {@link #reset()} or {@link #close()}. {@link #faults()} injects failures, {@link
 * #script()} queues exact answers, {@link #requests()} shows what was received.
 *
 * <p>WebSockets are served on the same port: {@code /v1/responses} (Responses in WebSocket mode),
 * {@code /v1/tts} (streaming text to speech), {@code /v1/stt} (streaming speech to text) and {@code
 * /v1/realtime} (the Voice Agent), with the same key check, faults and request log as HTTP calls.
 *
 * <p>Thread-safe. Each simulator owns a server thread pool (cached, so hundreds of concurrent streams
 * work); close it. It raises the JDK server's own header limits ({@code sun.net.httpserver.*}
 * properties, when unset) so that oversized headers get a clear 431 from the simulator instead of a
 * closed connection.
 */
public final class XaiSimulator implements AutoCloseable {
  /** The key a simulator accepts unless its builder says otherwise. */
  public static final String DEFAULT_API_KEY = "xai-simulator-key";
  /** The management key a simulator accepts unless told another: for collections, keys, billing. */
  public static final String DEFAULT_MANAGEMENT_API_KEY = "xai-simulator-management-key";

  private final Settings settings;
  private final State state = new State();
  private final Ids ids;
  private final Rules<Fault> faultRules = new Rules<>();
  private final Rules<ScriptedAnswer> scriptRules = new Rules<>();
  private final Faults faults = new Faults(faultRules);
  private final Script script;
  private final int requestedPort;
  private final Duration responsesSocketMaxAge;
  /** Marks the simulator's own calls to its HTTP routes (see {@link Sockets#INTERNAL_HEADER}). */
  private final String internalToken = UUID.randomUUID().toString();
  /** The builder's document, or null for the jar's (which loads in the background). */
  private final OpenApi document;
  private final List<RecordedRequest> received = new ArrayList<>();
  private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<HttpExchange, String> answering = new ConcurrentHashMap<>();
  private HttpServer server;
  private Front front;
  private Sockets sockets;
  private ExecutorService executor;
  private volatile String baseUrl;
  private boolean closed;

  private XaiSimulator(Builder b) {
    this.settings = new Settings(b.apiKey, b.managementApiKey, b.acceptAnyKey, b.deferredPendingPolls, b.videoPendingPolls,
        b.videoOutcome.name().toLowerCase(Locale.ROOT), b.maxUploadBytes, b.clock, b.seed);
    this.ids = new Ids(b.seed);
    this.requestedPort = b.port;
    this.responsesSocketMaxAge = b.responsesSocketMaxAge;
    this.document = b.document;
    this.script = new Script(scriptRules, o -> state.queueVideoOutcome(o.name().toLowerCase(Locale.ROOT)));
  }

  /** A builder with the defaults: key {@link #DEFAULT_API_KEY}, any free port. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds 127.0.0.1 (port 0 unless the builder chose one) and starts answering. Returns this.
   *
   * <p>The port is the simulator's own listener; the JDK's HTTP server sits behind it on another
   * loopback port, because it cannot hand a connection over to a WebSocket after the 101.
   *
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalStateException if already started or closed
   */
  public synchronized XaiSimulator start() {
    if (closed || server != null) {
      throw new IllegalStateException(closed ? "simulator is closed" : "simulator is already started");
    }
    raiseServerLimits();
    if (document == null) {
      OpenApi.preload();
    }
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ServerSocket listener = null;
    try {
      listener = new ServerSocket();
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(loopback, requestedPort), 1024);
      server = HttpServer.create(new InetSocketAddress(loopback, 0), 1024);
    } catch (IOException e) {
      closeQuietly(listener);
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
    }
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "xai-simulator-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    executor = Executors.newCachedThreadPool(factory);
    server.setExecutor(executor);
    baseUrl = "http://127.0.0.1:" + listener.getLocalPort();
    Context context = new Context(settings, state, ids);
    server.createContext("/", new Dispatcher(this, context, document == null ? OpenApi::get : () -> document));
    server.start();
    InetSocketAddress internal = new InetSocketAddress(loopback, server.getAddress().getPort());
    sockets = new Sockets(context, responsesSocketMaxAge, "http://127.0.0.1:" + internal.getPort(), internalToken);
    front = new Front(this, context, sockets, listener, internal, executor);
    front.start();
    return this;
  }

  private static void closeQuietly(ServerSocket s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // failing anyway
      }
    }
  }

  /**
   * Settings of the JDK server, each only unless the JVM's owner set it, read once when the server
   * class loads. It closes the connection on headers over its limits: raise them so the simulator
   * can answer 431 itself. And it leaves Nagle's algorithm on: the body of an answer then waits for
   * the client to acknowledge the headers, which a client delays by up to 40 ms, so every call
   * took about 40 ms longer than it does at xAI; switch Nagle off.
   */
  private static void raiseServerLimits() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    if (System.getProperty("sun.net.httpserver.maxReqHeaders") == null) {
      System.setProperty("sun.net.httpserver.maxReqHeaders", "10000");
    }
    if (System.getProperty("sun.net.httpserver.maxReqHeaderSize") == null) {
      System.setProperty("sun.net.httpserver.maxReqHeaderSize", Integer.toString(16 * 1024 * 1024));
    }
  }

  /** Stops answering and frees the port and threads. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (server != null) {
      front.close();
      sockets.close();
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash; OpenAI SDKs want {@code baseUrl() + "/v1"}. */
  public String baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("simulator is not started");
    }
    return baseUrl;
  }

  /** The port the simulator listens on. */
  public int port() {
    return Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
  }

  /** The key the simulator accepts (with {@link Builder#acceptAnyKey()}, any non-empty key works too). */
  public String apiKey() {
    return settings.apiKey();
  }

  /**
   * The management key the simulator accepts on the management API's paths (collections,
   * {@code /auth/...}, billing), where the inference key is refused, as xAI's hosts do.
   */
  public String managementApiKey() {
    return settings.managementApiKey();
  }

  /** Where failures are injected. */
  public Faults faults() {
    return faults;
  }

  /** Where exact answers are queued. */
  public Script script() {
    return script;
  }

  /** Every request received since the start or the last {@link #reset()}, oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** How many requests were received since the start or the last reset. */
  public int requestCount() {
    synchronized (received) {
      return received.size();
    }
  }

  /**
   * The oldest request not taken yet, waiting up to 10 seconds for one to arrive.
   *
   * @throws IllegalStateException if none arrives in time
   */
  public RecordedRequest takeRequest() {
    return takeRequest(Duration.ofSeconds(10));
  }

  /**
   * The oldest request not taken yet, waiting up to {@code timeout}.
   *
   * @throws IllegalStateException if none arrives in time
   */
  public RecordedRequest takeRequest(Duration timeout) {
    try {
      RecordedRequest r = untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (r == null) {
        throw new IllegalStateException("no request arrived within " + timeout);
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a request", e);
    }
  }

  /**
   * The most recent request.
   *
   * @throws IllegalStateException if none was received
   */
  public RecordedRequest lastRequest() {
    synchronized (received) {
      if (received.isEmpty()) {
        throw new IllegalStateException("no request received yet");
      }
      return received.get(received.size() - 1);
    }
  }

  /**
   * The calls the simulator is answering at this moment, as {@code "METHOD /path"}: a stream still
   * being sent (a drip, a long answer) or a body still being read. Empty when every answer was sent
   * or its connection dropped. A call whose stream the client leaves open stays here until the
   * simulator has written its last event; {@link XaiSimulatorExtension} fails a test that ends with
   * calls still here.
   */
  public List<String> callsInProgress() {
    return List.copyOf(answering.values());
  }

  void answering(HttpExchange exchange) {
    answering.put(exchange, exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
  }

  void answered(HttpExchange exchange) {
    answering.remove(exchange);
  }

  /** Forgets everything: stores, faults, scripts, recorded requests; ids start again from the seed. */
  public void reset() {
    state.reset();
    faultRules.clear();
    scriptRules.clear();
    ids.reset();
    synchronized (received) {
      received.clear();
      untaken.clear();
      sequence.set(0);
    }
  }

  void record(HttpExchange exchange, byte[] body) {
    record(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(), body);
  }

  /** Records a request: an HTTP call, or a WebSocket upgrade (then {@code GET} with an empty body). */
  void record(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    synchronized (received) {
      RecordedRequest r = new RecordedRequest(sequence.incrementAndGet(), method, path, rawQuery, headers, body);
      received.add(r);
      untaken.add(r);
    }
  }

  /** Whether a call carries the token of the simulator's own calls (a responses socket's turns). */
  boolean isInternal(String token) {
    return internalToken.equals(token);
  }

  Rules<Fault> faultRules() {
    return faultRules;
  }

  Rules<ScriptedAnswer> scriptRules() {
    return scriptRules;
  }

  @Override
  public String toString() {
    return "XaiSimulator{" + (baseUrl == null ? "not started" : baseUrl) + "}";
  }

  /**
   * Runs a simulator in the foreground until the process is stopped. The first line on standard
   * output is exactly {@code listening on http://127.0.0.1:PORT}.
   *
   * <p>Options: {@code --port N} (default 0: any free port), {@code --api-key KEY} (default {@value
   * #DEFAULT_API_KEY}), {@code --accept-any-key}.
   */
  public static void main(String[] args) throws InterruptedException {
    Builder b = builder();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port":
          b.port(Integer.parseInt(value(args, ++i, "--port")));
          break;
        case "--api-key":
          b.apiKey(value(args, ++i, "--api-key"));
          break;
        case "--accept-any-key":
          b.acceptAnyKey();
          break;
        default:
          System.err.println("unknown option: " + args[i]
              + " (options: --port N, --api-key KEY, --accept-any-key)");
          System.exit(2);
      }
    }
    XaiSimulator sim = b.build().start();
    System.out.println("listening on " + sim.baseUrl());
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      stopped.countDown();
    }));
    stopped.await();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  /** Configures a simulator; every option has a default, so {@code builder().build()} works. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private String managementApiKey = DEFAULT_MANAGEMENT_API_KEY;
    private boolean acceptAnyKey;
    private int port;
    private int deferredPendingPolls = 1;
    private int videoPendingPolls = 2;
    private VideoOutcome videoOutcome = VideoOutcome.DONE;
    private long maxUploadBytes = 50L * 1024 * 1024;
    private Clock clock = Clock.systemUTC();
    private long seed = 42;
    private Duration responsesSocketMaxAge = Duration.ofMinutes(25);
    private OpenApi document;

    private Builder() {}

    /** The key to accept; default {@link #DEFAULT_API_KEY}. */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** The management key to accept; default {@link #DEFAULT_MANAGEMENT_API_KEY}. */
    public Builder managementApiKey(String managementApiKey) {
      Objects.requireNonNull(managementApiKey, "managementApiKey == null");
      if (managementApiKey.isBlank()) {
        throw new IllegalArgumentException("managementApiKey must not be blank");
      }
      this.managementApiKey = managementApiKey;
      return this;
    }

    /** Accept any non-empty key (a missing key still gets 401). Default: only {@link #apiKey(String)}. */
    public Builder acceptAnyKey() {
      this.acceptAnyKey = true;
      return this;
    }

    /** The port to bind on 127.0.0.1; default 0, any free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** How many polls of a deferred chat completion answer 202 before the result; default 1. */
    public Builder deferredPendingPolls(int polls) {
      this.deferredPendingPolls = nonNegative(polls, "polls");
      return this;
    }

    /** How many polls of a video job answer {@code pending} (after the first, 202); default 2. */
    public Builder videoPendingPolls(int polls) {
      this.videoPendingPolls = nonNegative(polls, "polls");
      return this;
    }

    /** How video jobs end unless {@link Script#nextVideoOutcome} says otherwise; default {@link VideoOutcome#DONE}. */
    public Builder videoOutcome(VideoOutcome outcome) {
      this.videoOutcome = Objects.requireNonNull(outcome, "outcome == null");
      return this;
    }

    /** The largest file or skill upload accepted (larger gets 413); default 50 MiB, as xAI. */
    public Builder maxUploadBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("bytes must be positive: " + bytes);
      }
      this.maxUploadBytes = bytes;
      return this;
    }

    /** The clock of {@code created} timestamps; default the system clock (UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How long a {@code /v1/responses} WebSocket may stay open; default 25 minutes. A socket that
     * reaches it gets an {@code error} event with code {@code websocket_connection_limit_reached}
     * (after the turn it is serving, if any), then a normal close (1000).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder responsesSocketMaxAge(Duration maxAge) {
      Objects.requireNonNull(maxAge, "maxAge == null");
      if (maxAge.isZero() || maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
      }
      this.responsesSocketMaxAge = maxAge;
      return this;
    }

    /** The seed of every generated id; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The OpenAPI document (JSON) to serve instead of the one in the jar, e.g. a newer one of xAI's
     * that a client was generated from: its schemas check request bodies, and its operations that
     * the simulator has no behaviour of its own for answer from their success schema. The file is
     * read now.
     *
     * @throws java.io.UncheckedIOException if it cannot be read
     * @throws IllegalArgumentException if it is not a JSON OpenAPI document
     */
    public Builder openApi(Path document) {
      this.document = OpenApi.read(Objects.requireNonNull(document, "document == null"));
      return this;
    }

    /** A simulator with these settings, not started yet. */
    public XaiSimulator build() {
      return new XaiSimulator(this);
    }

    private static int nonNegative(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + n);
      }
      return n;
    }
  }
}
