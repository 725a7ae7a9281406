package io.github.xaijava.internal.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiJson;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.errors.ErrorMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Not API. The HTTP core of one client: the configured {@link OkHttpClient}, base URL, wire
 * {@link Gson}, Retrofit interfaces, and the one way to execute a request with the client's and
 * the call's options. Every service implementation goes through here, so retries, timeouts,
 * per-request options and error mapping behave the same everywhere.
 *
 * <p>Executing: {@link #execute} / {@link #executeStreaming} take a prepared
 * {@link Request} (build one with {@link #url}, or take {@code api(X.class).op(..).request()}
 * from a Retrofit interface), apply {@link RequestOptions} (headers, query parameters, body
 * properties, timeout, retry limit), run it through the retry interceptor (which decides on the
 * status line alone, before any body is read), and either return the open 2xx
 * {@link Response} (the caller must close it) or throw the mapped {@link XaiApiException} /
 * {@link XaiIoException}. {@link #call} does all of that for a JSON operation.
 *
 * <p>Thread-safe; one instance per client. {@link #close()} stops what the client created and
 * never touches a caller-supplied {@code OkHttpClient}'s pool or dispatcher.
 */
public final class HttpCore implements AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientOptions options;
  private final OkHttpClient client;
  private final OkHttpClient streamingClient;
  private final boolean ownsClient;
  private final HttpUrl baseUrl;
  private final Gson gson = XaiJson.gson();
  private final Retrofit retrofit;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
  private final Sleeper sleeper;
  private final Clock clock;
  private final ExecutorService asyncExecutor;

  /** Called on the worker thread of an async call, so execute() can link its OkHttp call. */
  private static final ThreadLocal<AsyncCall<?>> CURRENT_ASYNC = new ThreadLocal<>();

  private HttpCore(ClientOptions options, Sleeper sleeper, Clock clock) {
    this.options = options;
    this.sleeper = sleeper;
    this.clock = clock;
    this.baseUrl = HttpUrl.get(options.baseUrl() + "/");
    this.ownsClient = options.okHttpClient() == null;
    OkHttpClient base = ownsClient ? new OkHttpClient() : options.okHttpClient();
    Timeout t = options.timeout();
    // newBuilder() derives: the caller's instance is left as it was; pool and dispatcher are
    // shared with it.
    OkHttpClient.Builder b =
        base.newBuilder()
            .connectTimeout(t.connect())
            .readTimeout(t.read())
            .writeTimeout(t.write())
            .callTimeout(t.request())
            // Our RetryInterceptor is the only retry policy, so counts, waits and budgets are
            // exact; OkHttp would otherwise resend some failures (and 408s) silently.
            .retryOnConnectionFailure(false)
            .addInterceptor(
                new RetryInterceptor(
                    options.retryPolicy(), new Backoff(options.retryPolicy(), clock), sleeper))
            .addInterceptor(new UserAgentInterceptor(options.headers()))
            .addInterceptor(new AuthInterceptor(options.apiKey()));
    if (options.logLevel() != LogLevel.NONE) {
      // Last application interceptor: sees every attempt with all our headers.
      b.addInterceptor(new RedactingLogger(options.logLevel(), sink(options), options.apiKey()));
    }
    this.client = b.build();
    // Streams may run longer than any whole-call limit; only a silent socket ends them.
    this.streamingClient = client.newBuilder().callTimeout(Duration.ZERO).build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .callFactory(client)
            .addConverterFactory(GsonConverterFactory.create(gson))
            .build();
    this.asyncExecutor = Executors.newCachedThreadPool(daemonThreads());
  }

  /**
   * Creates the core with the real clock and sleeper.
   *
   * @param options validated client options
   * @return the core
   */
  public static HttpCore create(ClientOptions options) {
    return create(options, Sleeper.SYSTEM, Clock.systemUTC());
  }

  /**
   * Creates the core with injected time (tests record sleeps instead of waiting).
   *
   * @param options validated client options
   * @param sleeper waits between retries
   * @param clock current time, for Retry-After dates
   * @return the core
   */
  public static HttpCore create(ClientOptions options, Sleeper sleeper, Clock clock) {
    return new HttpCore(options, sleeper, clock);
  }

  /** The client's options. */
  public ClientOptions options() {
    return options;
  }

  /** The configured OkHttpClient (auth, user agent, retries, logging, timeouts). */
  public OkHttpClient okHttpClient() {
    return client;
  }

  /** The base URL, ending with {@code /}; operation paths ({@code v1/...}) resolve against it. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * An operation URL.
   *
   * @param path a path relative to the base URL, e.g. {@code v1/files}
   * @return the absolute URL builder, for adding query parameters
   */
  public HttpUrl.Builder url(String path) {
    HttpUrl url = baseUrl.resolve(path);
    if (url == null) {
      throw new IllegalArgumentException("not a valid path: " + path);
    }
    return url.newBuilder();
  }

  /** The wire Gson ({@link XaiJson#gson()}). */
  public Gson gson() {
    return gson;
  }

  /** The sleeper for waits (retries, polling). */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The clock for deadlines and Retry-After dates. */
  public Clock clock() {
    return clock;
  }

  /**
   * A Retrofit interface of the generated layer, created once and cached.
   *
   * @param type e.g. {@code ChatApi.class}
   * @param <A> the interface type
   * @return the shared instance
   */
  public <A> A api(Class<A> type) {
    return type.cast(apis.computeIfAbsent(type, retrofit::create));
  }

  /**
   * Executes a JSON operation built by a generated Retrofit interface: uses only its
   * request, then parses the 2xx body into the operation's declared type.
   *
   * @param call e.g. {@code api(ChatApi.class).createChatCompletion(body)}
   * @param options per-request options
   * @param <T> the response type
   * @return the parsed body, or {@code null} for an empty 2xx body (e.g. 202 while pending)
   */
  public <T> T call(retrofit2.Call<T> call, RequestOptions options) {
    Request request = call.request();
    Type type = responseType(request);
    Response response = execute(request, options);
    return readJson(response, type, retries(response));
  }

  /**
   * Executes a request with the whole-call timeout covering the body as well.
   *
   * @param request the request (unprepared: options are applied here)
   * @param options per-request options
   * @return the open 2xx response; the caller must close it
   * @throws XaiApiException for a non-2xx answer (after retries)
   * @throws XaiIoException for a network failure, timeout or cancellation
   */
  public Response execute(Request request, RequestOptions options) {
    return run(request, options, false);
  }

  /**
   * Executes a request whose body will be read as a stream: no whole-call timeout applies
   * (only connect and read timeouts; a per-request timeout becomes the read timeout). Retries
   * happen before the response is returned; none happen once the caller reads.
   *
   * @param request the request (unprepared: options are applied here)
   * @param options per-request options
   * @return the open 2xx response; the caller must close it
   * @throws XaiApiException for a non-2xx answer (after retries)
   * @throws XaiIoException for a network failure, timeout or cancellation
   */
  public Response executeStreaming(Request request, RequestOptions options) {
    return run(request, options, true);
  }

  /**
   * Runs work on the client's async threads. Cancelling the returned future cancels the
   * HTTP call the work is executing through this core.
   *
   * @param work a blocking call, typically a service's synchronous method
   * @param <T> the result type
   * @return the future result; it fails with the same exceptions the work throws
   */
  public <T> CompletableFuture<T> async(Supplier<T> work) {
    AsyncCall<T> future = new AsyncCall<>();
    asyncExecutor.execute(
        () -> {
          if (future.isDone()) {
            return;
          }
          CURRENT_ASYNC.set(future);
          try {
            future.complete(work.get());
          } catch (Throwable t) {
            future.completeExceptionally(t);
          } finally {
            CURRENT_ASYNC.remove();
          }
        });
    return future;
  }

  /**
   * Parses a 2xx JSON body and closes the response.
   *
   * @param response an open 2xx response
   * @param type the Java type to read
   * @param retries retries made, for the exception if the body is unreadable
   * @param <T> the type
   * @return the value, or {@code null} for an empty body
   */
  public <T> T readJson(Response response, Type type, int retries) {
    try (response) {
      ResponseBody body = response.body();
      if (body == null) {
        return null;
      }
      Buffer buffer = new Buffer();
      body.source().readAll(buffer);
      if (buffer.size() == 0) {
        return null;
      }
      try (Reader reader = new java.io.InputStreamReader(buffer.inputStream(), StandardCharsets.UTF_8)) {
        return gson.fromJson(reader, type);
      }
    } catch (JsonParseException | IllegalStateException e) {
      throw new XaiIoException(XaiIoException.Kind.UNREADABLE_BODY,
          "HTTP " + response.code() + " body could not be read as " + simpleName(type) + ": "
              + e.getMessage() + requestIdSuffix(response), e, retries);
    } catch (IOException e) {
      throw ioFailure(e, response.request(), retries, false);
    }
  }

  /**
   * Reads a whole 2xx body as bytes and closes the response.
   *
   * @param response an open 2xx response
   * @return the bytes
   */
  public byte[] readBytes(Response response) {
    try (response) {
      ResponseBody body = response.body();
      return body == null ? new byte[0] : body.bytes();
    } catch (IOException e) {
      throw ioFailure(e, response.request(), retries(response), false);
    }
  }

  /**
   * The retries made before this response (0 if none).
   *
   * @param response a response returned by {@link #execute}
   * @return the count
   */
  public static int retries(Response response) {
    CallState state = response.request().tag(CallState.class);
    return state == null ? 0 : state.retries;
  }

  /** Stops the async threads and, if the client created its own OkHttpClient, its pool. */
  @Override
  public void close() {
    asyncExecutor.shutdown();
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HttpCore{baseUrl=" + baseUrl + "}";
  }

  // ---------------------------------------------------------------------------------------

  private Response run(Request request, RequestOptions options, boolean streaming) {
    CallState state = new CallState(
        options.maxRetries().isPresent() ? options.maxRetries().getAsInt() : null);
    Request prepared = prepare(request, options).newBuilder().tag(CallState.class, state).build();
    Call call = clientFor(options, streaming).newCall(prepared);
    AsyncCall<?> async = CURRENT_ASYNC.get();
    if (async != null) {
      async.current = call;
      if (async.isCancelled()) {
        call.cancel();
      }
    }
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ioFailure(e, prepared, state.retries, call.isCanceled());
    }
    if (!response.isSuccessful()) {
      throw ErrorMapper.map(response, state.retries, clock, this.options.apiKey());
    }
    return response;
  }

  private OkHttpClient clientFor(RequestOptions options, boolean streaming) {
    OkHttpClient base = streaming ? streamingClient : client;
    if (options.timeout().isEmpty()) {
      return base;
    }
    Duration t = options.timeout().get();
    OkHttpClient.Builder b = base.newBuilder().readTimeout(t).writeTimeout(t);
    if (!streaming) {
      b.callTimeout(t);
    }
    return b.build();
  }

  /** Applies per-request headers, query parameters and body properties. */
  Request prepare(Request request, RequestOptions options) {
    if (options.headers().isEmpty() && options.queryParams().isEmpty()
        && options.bodyProperties().isEmpty()) {
      return request;
    }
    Request.Builder b = request.newBuilder();
    options.headers().forEach(b::header);
    if (!options.queryParams().isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      options.queryParams().forEach(url::addQueryParameter);
      b.url(url.build());
    }
    if (!options.bodyProperties().isEmpty()) {
      b.method(request.method(), mergeBody(request, options.bodyProperties()));
    }
    return b.build();
  }

  private RequestBody mergeBody(Request request, Map<String, Object> extra) {
    RequestBody body = request.body();
    MediaType type = body == null ? null : body.contentType();
    if (body == null || type == null || !type.subtype().contains("json")) {
      throw new IllegalArgumentException(
          "extra body properties need a JSON request body; " + request.method() + " "
              + request.url().encodedPath() + " has "
              + (body == null ? "none" : String.valueOf(type)));
    }
    JsonObject json;
    try {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      JsonElement parsed = JsonParser.parseString(buffer.readUtf8());
      if (!parsed.isJsonObject()) {
        throw new IllegalArgumentException("extra body properties need a JSON object body");
      }
      json = parsed.getAsJsonObject();
    } catch (IOException e) {
      throw new IllegalStateException("could not buffer the request body", e);
    }
    // Later values win: the caller asked for exactly these values.
    extra.forEach((name, value) -> json.add(name, gson.toJsonTree(value)));
    return RequestBody.create(gson.toJson(json), type);
  }

  private XaiIoException ioFailure(IOException e, Request request, int retries, boolean canceled) {
    String target = request.method() + " " + request.url().encodedPath();
    boolean callTimeout = e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
        && !(e instanceof SocketTimeoutException);
    if (e instanceof SocketTimeoutException || callTimeout) {
      String which = callTimeout
          ? "the whole-call timeout expired"
          : "a socket timeout expired (" + e.getMessage() + ")";
      return new XaiIoException(XaiIoException.Kind.TIMEOUT,
          "Timed out: " + which + " for " + target, e, retries);
    }
    if (canceled || e instanceof InterruptedIOException) {
      return new XaiIoException(XaiIoException.Kind.CANCELED,
          "Canceled: " + target, e, retries);
    }
    return new XaiIoException(XaiIoException.Kind.CONNECTION,
        "Connection failed for " + target + ": " + e, e, retries);
  }

  private static Type responseType(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalArgumentException("not a request built by a Retrofit interface");
    }
    Type rt = invocation.method().getGenericReturnType();
    if (rt instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("not a Call<T> method: " + invocation.method());
  }

  private static String simpleName(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  private static String requestIdSuffix(Response response) {
    String id = response.header("x-request-id");
    return id == null ? "" : " [request-id " + id + "]";
  }

  private static Consumer<String> sink(ClientOptions options) {
    if (options.logSink() != null) {
      return options.logSink();
    }
    System.Logger logger = System.getLogger("io.github.xaijava.http");
    return line -> logger.log(System.Logger.Level.INFO, line);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "xai-async-" + n.incrementAndGet());
      // Daemon: a forgotten client must not keep the JVM alive.
      t.setDaemon(true);
      return t;
    };
  }

  /** A future that cancels its HTTP call when cancelled. */
  private static final class AsyncCall<T> extends CompletableFuture<T> {
    volatile Call current;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Call c = current;
      if (c != null) {
        c.cancel();
      }
      return cancelled;
    }
  }
}
