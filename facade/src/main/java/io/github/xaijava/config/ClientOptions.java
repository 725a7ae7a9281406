package io.github.xaijava.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * Settings of an {@code XaiClient}: the one place a client is configured.
 *
 * <pre>{@code
 * XaiClient client = XaiClient.create(ClientOptions.builder()
 *     .apiKey("xai-...")
 *     .timeout(Duration.ofMinutes(15))
 *     .build());
 * XaiClient noRetries = client.withOptions(options -> options.maxRetries(0)); // shares connections
 * }</pre>
 *
 * <p>Immutable; {@link #toBuilder()} starts a changed copy. The API key never appears in
 * {@link #toString()}.
 */
public final class ClientOptions {

  /** xAI's API, the default base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.x.ai";

  /**
   * Default of {@link Builder#maxConcurrentRequests(int)}: enough for hundreds of concurrent
   * streams to api.x.ai (OkHttp's own default queues the sixth call to one host).
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 1024;

  /**
   * Default of {@link Builder#maxResponseBytes(long)}: 32 MiB, the cap xAI's TypeScript SDK puts on
   * an answer it holds in memory.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** Default of {@link Builder#maxStreamEventBytes(long)}: 32 MiB, as the answer cap. */
  public static final long DEFAULT_MAX_STREAM_EVENT_BYTES = 32L * 1024 * 1024;

  private final String apiKey;
  private final String baseUrl;
  private final Timeout timeout;
  private final RetryPolicy retryPolicy;
  private final OkHttpClient okHttpClient;
  private final LogLevel logLevel;
  private final Consumer<String> logSink;
  private final boolean allowInsecureHttp;
  private final Map<String, String> headers;
  private final PollOptions pollOptions;
  private final Executor callbackExecutor;
  private final int maxConcurrentRequests;
  private final long maxResponseBytes;
  private final long maxStreamEventBytes;
  private final boolean checkUploadLimits;
  private final boolean virtualThreads;

  private ClientOptions(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUrl = b.baseUrl;
    this.timeout = b.timeout;
    this.retryPolicy = b.retryPolicy;
    this.okHttpClient = b.okHttpClient;
    this.logLevel = b.logLevel;
    this.logSink = b.logSink;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.pollOptions = b.pollOptions;
    this.callbackExecutor = b.callbackExecutor;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxStreamEventBytes = b.maxStreamEventBytes;
    this.checkUploadLimits = b.checkUploadLimits;
    this.virtualThreads = b.virtualThreads;
  }

  /** A builder with the defaults and no API key. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.baseUrl = baseUrl;
    b.timeout = timeout;
    b.retryPolicy = retryPolicy;
    b.okHttpClient = okHttpClient;
    b.logLevel = logLevel;
    b.logSink = logSink;
    b.allowInsecureHttp = allowInsecureHttp;
    b.headers.putAll(headers);
    b.pollOptions = pollOptions;
    b.callbackExecutor = callbackExecutor;
    b.maxConcurrentRequests = maxConcurrentRequests;
    b.maxResponseBytes = maxResponseBytes;
    b.maxStreamEventBytes = maxStreamEventBytes;
    b.checkUploadLimits = checkUploadLimits;
    b.virtualThreads = virtualThreads;
    return b;
  }

  static {
    io.github.xaijava.internal.config.ApiKeys.install(options -> options.apiKey);
  }

  /**
   * The API key, for this package's tests only: it has no public accessor, so that it cannot be
   * shown by accident. The client reads it through its internals.
   */
  String apiKey() {
    return apiKey;
  }

  /** Whether an API key is set (the key itself is never handed out). */
  public boolean hasApiKey() {
    return apiKey != null && !apiKey.isEmpty();
  }

  /** The base URL, without a trailing slash or {@code /v1}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The timeouts. */
  public Timeout timeout() {
    return timeout;
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The caller's OkHttpClient to derive from, or {@code null} to create one. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** How much HTTP traffic is logged. */
  public LogLevel logLevel() {
    return logLevel;
  }

  /** Where log lines go, or {@code null} for {@code System.Logger} "io.github.xaijava.http". */
  public Consumer<String> logSink() {
    return logSink;
  }

  /** Whether a non-loopback {@code http://} base URL is allowed. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** Headers sent with every request. */
  public Map<String, String> headers() {
    return headers;
  }

  /** How job handles (deferred completions, video jobs) pace their polls. */
  public PollOptions pollOptions() {
    return pollOptions;
  }

  /**
   * Where asynchronous results and stream events are delivered, if set; otherwise on the
   * OkHttp thread that received them.
   */
  public Optional<Executor> callbackExecutor() {
    return Optional.ofNullable(callbackExecutor);
  }

  /** How many calls the client's own dispatcher runs at once, in all and per host. */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /** The most bytes of a JSON answer read into memory (streams and downloads are not capped). */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The most bytes of one stream event (its lines, as received) held in memory. */
  public long maxStreamEventBytes() {
    return maxStreamEventBytes;
  }

  /** See {@link Builder#checkUploadLimits(boolean)}. */
  public boolean checkUploadLimits() {
    return checkUploadLimits;
  }

  /** See {@link Builder#virtualThreads(boolean)}. */
  public boolean virtualThreads() {
    return virtualThreads;
  }

  @Override
  public String toString() {
    return "ClientOptions{apiKey=" + (apiKey == null ? "null" : "[redacted]")
        + ", baseUrl=" + baseUrl + ", timeout=" + timeout + ", retryPolicy=" + retryPolicy
        + ", okHttpClient=" + (okHttpClient == null ? "default" : "caller's")
        + ", logLevel=" + logLevel + ", allowInsecureHttp=" + allowInsecureHttp
        + ", headers=" + headers.keySet() + ", pollOptions=" + pollOptions
        + ", callbackExecutor=" + (callbackExecutor == null ? "OkHttp threads" : "caller's")
        + ", maxConcurrentRequests=" + maxConcurrentRequests
        + ", maxResponseBytes=" + maxResponseBytes
        + ", maxStreamEventBytes=" + maxStreamEventBytes
        + ", checkUploadLimits=" + checkUploadLimits + ", virtualThreads=" + virtualThreads + "}";
  }

  /** Builds {@link ClientOptions}; {@link #build()} checks the API key and base URL. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private Timeout timeout = Timeout.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private LogLevel logLevel = LogLevel.NONE;
    private Consumer<String> logSink;
    private boolean allowInsecureHttp;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private PollOptions pollOptions = PollOptions.defaults();
    private Executor callbackExecutor;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private long maxStreamEventBytes = DEFAULT_MAX_STREAM_EVENT_BYTES;
    private boolean checkUploadLimits = true;
    private boolean virtualThreads;

    private Builder() {
    }

    /**
     * Reads the environment: the API key from system property {@code xai.apiKey}, else
     * environment variable {@code XAI_API_KEY}; the base URL from {@code xai.baseUrl}, else
     * {@code XAI_BASE_URL}; the log level from {@code xai.log}, else {@code XAI_LOG}
     * ({@code basic}, {@code headers}, {@code body}, {@code debug}). System properties win because they are
     * the more specific, per-JVM setting. Unset values keep what the builder had.
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv, System::getProperty);
    }

    // Seam for tests: the real environment cannot be changed from Java.
    Builder fromEnv(UnaryOperator<String> env, UnaryOperator<String> props) {
      String key = first(props.apply("xai.apiKey"), env.apply("XAI_API_KEY"));
      if (key != null) {
        apiKey(key);
      }
      String url = first(props.apply("xai.baseUrl"), env.apply("XAI_BASE_URL"));
      if (url != null) {
        baseUrl(url);
      }
      String log = first(props.apply("xai.log"), env.apply("XAI_LOG"));
      if (log != null) {
        try {
          logLevel(LogLevel.valueOf(log.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "XAI_LOG / xai.log must be one of none, basic, headers, body, debug: " + log, e);
        }
      }
      return this;
    }

    private static String first(String a, String b) {
      if (a != null && !a.isBlank()) {
        return a.trim();
      }
      return b != null && !b.isBlank() ? b.trim() : null;
    }

    /** The API key; required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The base URL; default {@value ClientOptions#DEFAULT_BASE_URL}. A trailing {@code /} or
     * {@code /v1} is removed, because every operation path already starts with {@code v1/}
     * (OpenAI-compatible settings usually include it).
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** All timeouts; default {@link Timeout#defaults()}. */
    public Builder timeout(Timeout timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The whole-call timeout, which also becomes the read and write timeouts (the longest silence
     * of a stream, the longest stalled upload); the connect timeout keeps its value. Default
     * 30 min. For separate values use {@link #timeout(Timeout)}.
     */
    public Builder timeout(Duration request) {
      this.timeout = timeout.toBuilder().request(request).read(request).write(request).build();
      return this;
    }

    /** The retry policy; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The retry limit (the rest of the policy unchanged); default 2. */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
      return this;
    }

    /**
     * An OkHttpClient to derive from (its proxy, interceptors, event listener factory, pool and
     * dispatcher are kept); default: a new one. Its application interceptors run before the
     * client's own, so they see each request before {@code User-Agent}, the client-wide headers
     * and {@code Authorization} are added (instrumentation there never sees the key); every
     * attempt of one call, the first and each retry, is sent as the same {@code Request} object.
     * The caller's instance is never modified nor shut down; the client's timeouts are applied to
     * the derived copy.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** How much to log; default {@link LogLevel#NONE}. */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /** Where log lines go; default {@code System.Logger} "io.github.xaijava.http" at INFO. */
    public Builder logSink(Consumer<String> logSink) {
      this.logSink = Objects.requireNonNull(logSink, "logSink");
      return this;
    }

    /**
     * Allows a plain {@code http://} base URL to a host other than loopback; default
     * {@code false}, because the API key would travel in clear text.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /** Adds a header sent with every request; default: none. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "header name"),
          Objects.requireNonNull(value, "header value"));
      return this;
    }

    /**
     * How job handles pace their polls; default {@link PollOptions#defaults()} (1 s, growing by
     * 1.5 up to 10 s).
     */
    public Builder pollOptions(PollOptions pollOptions) {
      this.pollOptions = Objects.requireNonNull(pollOptions, "pollOptions");
      return this;
    }

    /**
     * Where asynchronous results ({@code CompletableFuture} completions) and stream events are
     * delivered, e.g. {@code Executors.newVirtualThreadPerTaskExecutor()} on Java 21; default:
     * the OkHttp thread that received them. The executor is not shut down by the client.
     */
    public Builder callbackExecutor(Executor executor) {
      this.callbackExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How many calls run at once on the client's own OkHttp dispatcher, in all and to one host;
     * default {@value ClientOptions#DEFAULT_MAX_CONCURRENT_REQUESTS}. Not applied to a
     * caller-supplied {@link #okHttpClient(OkHttpClient)}, whose dispatcher is the caller's.
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be positive: " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * The most bytes of a JSON answer the client reads into memory; default
     * {@value ClientOptions#DEFAULT_MAX_RESPONSE_BYTES}. A larger answer fails with an
     * {@link io.github.xaijava.errors.XaiIoException} of kind {@code TOO_LARGE} naming the limit,
     * before it is read whole when its size is announced. Streams and downloads are read as they
     * arrive and are not capped.
     */
    public Builder maxResponseBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive: " + max);
      }
      this.maxResponseBytes = max;
      return this;
    }

    /**
     * The most bytes of one event of a stream the client holds in memory; default
     * {@value ClientOptions#DEFAULT_MAX_STREAM_EVENT_BYTES} (a stream's whole final response,
     * images included, is one event). A larger event ends the stream with an
     * {@link io.github.xaijava.errors.XaiIoException} of kind {@code TOO_LARGE} naming the limit,
     * as soon as it passes it: a server that never ends a line cannot fill the heap.
     */
    public Builder maxStreamEventBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxStreamEventBytes must be positive: " + max);
      }
      this.maxStreamEventBytes = max;
      return this;
    }

    /**
     * Whether an upload over the most bytes xAI states for its operation is refused by the client;
     * default true. Refused, it fails with an {@link io.github.xaijava.errors.XaiIoException} of
     * kind {@code TOO_LARGE} naming the limit: before any byte is sent when its length is known,
     * or as it passes the limit when it is read from a stream. The limits are the largest xAI
     * reports: 200 MiB for a file (a batch's input file; other files 50 MB), 500 MiB for audio to
     * transcribe. Turn this off if xAI raises them before this client does.
     */
    public Builder checkUploadLimits(boolean check) {
      this.checkUploadLimits = check;
      return this;
    }

    /**
     * Whether the client's asynchronous calls, streams and WebSockets run on virtual threads
     * (Java 21 or newer); default false. OkHttp reads each open stream on a thread of its own, so
     * a thousand concurrent async streams are a thousand platform threads; with this, a thousand
     * virtual threads on a few carrier threads. Prefer Java 24 or newer: before it, a virtual
     * thread waiting inside {@code synchronized} (as OkHttp's HTTP/2 streams do) holds its carrier.
     * Not applied to a caller-supplied {@link #okHttpClient(OkHttpClient)}, whose dispatcher is
     * the caller's. Calls made on the caller's thread ({@code client.chat().create}, blocking
     * streams) run on that thread, virtual or not.
     *
     * @throws IllegalStateException from {@link #build()} when true on Java 17 to 20
     */
    public Builder virtualThreads(boolean virtual) {
      this.virtualThreads = virtual;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException if no API key is set, or the base URL is not usable
     */
    public ClientOptions build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalStateException(
            "apiKey is required: set the XAI_API_KEY environment variable (or the xai.apiKey "
                + "system property) or call apiKey(...)");
      }
      if (virtualThreads && Runtime.version().feature() < 21) {
        throw new IllegalStateException("virtualThreads(true) needs Java 21 or newer; this is Java "
            + Runtime.version().feature() + " (leave it off: async calls use platform threads)");
      }
      baseUrl = normalize(baseUrl);
      return new ClientOptions(this);
    }

    private String normalize(String url) {
      URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("baseUrl is not a valid URL: " + url, e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        throw new IllegalStateException("baseUrl must be an http(s) URL with a host: " + url);
      }
      if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
        throw new IllegalStateException(
            "baseUrl uses plain http to a non-loopback host, which would send the API key "
                + "unencrypted: " + url + " (use https, or allowInsecureHttp(true))");
      }
      String s = url.trim();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.endsWith("/v1")) {
        s = s.substring(0, s.length() - 3);
      }
      return s;
    }

    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.startsWith("[") && h.endsWith("]")) {
        h = h.substring(1, h.length() - 1);
      }
      return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1")
          || h.equals("0:0:0:0:0:0:0:1") || h.matches("127(\\.\\d{1,3}){3}");
    }
  }
}
