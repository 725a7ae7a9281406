package io.github.xaijava.internal.http;

import io.github.xaijava.internal.config.ApiKeys;
import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.internal.json.XaiConverterFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Not API. Assembles one client's HTTP stack from its options: the OkHttp client, the Retrofit
 * interfaces of the generated layer and the {@link Transport} that sends their requests.
 *
 * <p>Application interceptors, in order, and why:
 * <ol>
 *   <li>{@link ClientHeadersInterceptor}: our {@code User-Agent}, the client-wide headers and
 *       the API key (unless the request carries its own {@code Authorization}), first, so that
 *       what follows (and the log) sees them; one interceptor, so one copy of the request;</li>
 *   <li>{@link RedactingLogger} (when logging is on): last, so it logs every attempt exactly as
 *       sent, credentials redacted.</li>
 * </ol>
 * Retries are not an interceptor: {@link Transport} runs them around the call, because an
 * asynchronous retry must be scheduled, never slept inside OkHttp's dispatcher thread. OkHttp's
 * own silent retry is off, so counts, waits and budgets are exactly the policy's.
 *
 * <p>Stacks derived with {@link #derive} (the views of {@code XaiClient.withOptions}) share the
 * connection pool and dispatcher of the stack they came from; only the original closes them.
 */
public final class HttpStack implements AutoCloseable {

  private final ClientOptions options;
  private final Timers timers;
  /** The OkHttp client everything derives from: the caller's, or one we own. */
  private final OkHttpClient root;
  private final boolean ownsRoot;
  private final OkHttpClient client;
  private final Redactor redactor;
  private final Retrofit retrofit;
  private final Transport transport;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  private HttpStack(ClientOptions options, Timers timers, OkHttpClient root, boolean ownsRoot) {
    this.options = options;
    this.timers = timers;
    this.root = root;
    this.ownsRoot = ownsRoot;
    this.redactor = new Redactor(ApiKeys.of(options));
    Timeout t = options.timeout();
    OkHttpClient.Builder b = root.newBuilder()
        .connectTimeout(t.connect())
        .readTimeout(t.read())
        .writeTimeout(t.write())
        .callTimeout(Duration.ZERO) // Transport sets each attempt's share of the deadline
        .retryOnConnectionFailure(false)
        .addInterceptor(new ClientHeadersInterceptor(options.headers(), ApiKeys.of(options)));
    if (options.logLevel() != LogLevel.NONE) {
      b.addInterceptor(new RedactingLogger(options.logLevel(), sink(options), redactor));
    }
    this.client = b.build();
    HttpUrl baseUrl = HttpUrl.get(options.baseUrl() + "/");
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(client)
        .addConverterFactory(XaiConverterFactory.create())
        .build();
    this.transport = new Transport(client, t.request(),
        new Retrier(options.retryPolicy(), timers.clock()), timers, redactor,
        options.maxResponseBytes());
  }

  /** The stack of a new client. */
  public static HttpStack create(ClientOptions options, Timers timers) {
    if (options.okHttpClient() != null) {
      // newBuilder() derives: the caller's instance is left as it was, its pool and dispatcher
      // are shared with it and never shut down by us.
      return new HttpStack(options, timers, options.okHttpClient(), false);
    }
    // Async calls and streams are read on the dispatcher's threads, one per open stream.
    Dispatcher dispatcher = options.virtualThreads()
        ? new Dispatcher(VirtualThreads.perTask("xai-call-")) : new Dispatcher();
    dispatcher.setMaxRequests(options.maxConcurrentRequests());
    dispatcher.setMaxRequestsPerHost(options.maxConcurrentRequests());
    return new HttpStack(options, timers, new OkHttpClient.Builder().dispatcher(dispatcher).build(),
        true);
  }

  /**
   * A stack with other options sharing this one's connections; a caller-supplied OkHttpClient in
   * {@code changed} is used instead.
   */
  public HttpStack derive(ClientOptions changed) {
    if (changed.okHttpClient() != null && changed.okHttpClient() != options.okHttpClient()) {
      return new HttpStack(changed, timers, changed.okHttpClient(), false);
    }
    return new HttpStack(changed, timers, root, false);
  }

  public ClientOptions options() {
    return options;
  }

  public Timers timers() {
    return timers;
  }

  public Transport transport() {
    return transport;
  }

  public Redactor redactor() {
    return redactor;
  }

  /** The configured OkHttp client (interceptors, timeouts). */
  public OkHttpClient okHttpClient() {
    return client;
  }

  /** A Retrofit interface of the generated layer, created once per stack. */
  public <A> A api(Class<A> type) {
    return type.cast(apis.computeIfAbsent(type, retrofit::create));
  }

  /** Shuts down the dispatcher and connections, if this stack created them. */
  @Override
  public void close() {
    if (ownsRoot) {
      root.dispatcher().executorService().shutdown();
      root.connectionPool().evictAll();
    }
  }

  /**
   * Where WebSocket frames are logged: the log sink when the level is {@code BODY} or more (frames
   * are bodies), else null. Lines pass through {@link #redactor()} first.
   */
  public Consumer<String> frameLog() {
    return options.logLevel().compareTo(LogLevel.BODY) >= 0 ? sink(options) : null;
  }

  private static Consumer<String> sink(ClientOptions options) {
    if (options.logSink() != null) {
      return options.logSink();
    }
    System.Logger logger = System.getLogger("io.github.xaijava.http");
    return line -> logger.log(System.Logger.Level.INFO, line);
  }
}
