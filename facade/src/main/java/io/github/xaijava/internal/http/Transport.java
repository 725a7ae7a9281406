package io.github.xaijava.internal.http;

import io.github.xaijava.internal.errors.IoFailures;
import io.github.xaijava.internal.errors.Redactor;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.internal.json.WireGson;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.errors.ErrorMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Not API. Sends one request of a client, with its retries, its timeouts and its error mapping,
 * and hands back the open 2xx response (the caller reads and closes it) or throws / fails with
 * the typed exception. Synchronous calls wait between attempts on the calling thread;
 * asynchronous calls run on OkHttp's dispatcher and schedule each retry, so no thread is held
 * while they wait.
 *
 * <p>Before the first attempt the request gets the call's {@link RequestOptions} (headers, query
 * parameters, extra body properties) and an {@code x-client-request-id} that stays the same for
 * every attempt. The whole-call timeout covers all attempts and waits of a {@link Mode#WHOLE}
 * call; a {@link Mode#STREAM} call has none once it is open, only the socket timeouts.
 */
public final class Transport {

  /** Whether the whole-call timeout also covers reading the body. */
  public enum Mode {
    /** A JSON answer or a download read at once: the whole-call timeout covers it all. */
    WHOLE,
    /** A stream read as it arrives: only the socket (read) timeout bounds it once open. */
    STREAM
  }

  /** Header xAI's own SDK sends with every request; the same across retries. */
  static final String CLIENT_REQUEST_ID = "x-client-request-id";

  private final OkHttpClient client;
  private final Duration wholeCallTimeout;
  private final Retrier retrier;
  private final Timers timers;
  private final Redactor redactor;
  private final long maxResponseBytes;

  Transport(OkHttpClient client, Duration wholeCallTimeout, Retrier retrier, Timers timers,
      Redactor redactor, long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
    this.client = client;
    this.wholeCallTimeout = wholeCallTimeout;
    this.retrier = retrier;
    this.timers = timers;
    this.redactor = redactor;
  }

  /**
   * Sends {@code request} and waits for a 2xx answer, retrying as the policy says.
   *
   * @return the open 2xx response; the caller must close it
   * @throws XaiApiException for a non-2xx answer (after retries)
   * @throws XaiIoException for a network failure, timeout or cancellation
   */
  public Response execute(Request request, RequestOptions options, Mode mode) {
    requireOpen();
    Exchange exchange = new Exchange(request, options, mode);
    while (true) {
      Call call = exchange.newCall();
      Response response;
      try {
        response = call.execute();
      } catch (IOException e) {
        Duration wait = exchange.retryAfterFailure(e, call);
        if (wait == null) {
          throw IoFailures.calling(e, exchange.request, exchange.retries(), call.isCanceled());
        }
        sleep(wait, exchange, call);
        continue;
      }
      if (response.isSuccessful()) {
        return capped(response, exchange);
      }
      Duration wait = exchange.retryAfterResponse(response);
      if (wait == null) {
        throw ErrorMapper.map(response, exchange.retries(), timers.clock(), redactor);
      }
      response.close(); // free the connection before waiting; the failed body is not needed
      sleep(wait, exchange, call);
    }
  }

  /**
   * A whole answer, capped: refused at once when its announced size passes the cap; one of
   * unknown length fails as soon as more than the cap has been read. Streams and downloads pass unchanged.
   */
  private Response capped(Response response, Exchange exchange) {
    if (exchange.mode != Mode.WHOLE || response.body() == null) {
      return response;
    }
    long announced = response.body().contentLength();
    if (announced > maxResponseBytes) {
      response.close();
      throw CappedBody.tooLarge(response.request(), announced, maxResponseBytes, exchange.retries());
    }
    // An announced length is enforced by OkHttp itself: only an answer of unknown length (chunked)
    // needs counting as it is read.
    return announced >= 0 ? response
        : response.newBuilder().body(new CappedBody(response.body(), maxResponseBytes)).build();
  }

  private void sleep(Duration wait, Exchange exchange, Call call) {
    try {
      timers.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED,
          "Interrupted while waiting to retry " + describe(exchange.request), e, exchange.retries());
    }
    exchange.recordRetry();
  }

  /**
   * Sends {@code request} without blocking. Cancelling the returned future cancels the attempt in
   * flight or the scheduled retry.
   *
   * @return completes on an OkHttp thread with the open 2xx response (the caller must close it),
   *     or fails with the same exceptions as {@link #execute}
   */
  public CompletableFuture<Response> executeAsync(Request request, RequestOptions options,
      Mode mode) {
    requireOpen();
    AsyncExchange exchange = new AsyncExchange(new Exchange(request, options, mode));
    exchange.attempt();
    return exchange.result;
  }

  /** Calls on a closed client fail at once, blocking or not, rather than half-working. */
  private void requireOpen() {
    if (client.dispatcher().executorService().isShutdown()) {
      throw new IllegalStateException("this XaiClient is closed");
    }
  }

  /** The retries made before {@code response} (0 if none). */
  public static int retries(Response response) {
    Attempts attempts = response.request().tag(Attempts.class);
    return attempts == null ? 0 : attempts.retries;
  }

  /**
   * Cancels the call that produced {@code response}; safe from any thread. A reader blocked on
   * its body wakes up with an I/O error at once.
   */
  public static void cancel(Response response) {
    Attempts attempts = response.request().tag(Attempts.class);
    Call call = attempts == null ? null : attempts.call;
    if (call != null) {
      call.cancel();
    }
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  // -----------------------------------------------------------------------------------------

  /** One logical call: the prepared request, its retry budget and its deadline. */
  private final class Exchange {
    final Request request;
    final Attempts attempts = new Attempts();
    final int maxRetries;
    final Mode mode;
    final OkHttpClient http;
    final long deadlineMillis;

    Exchange(Request original, RequestOptions options, Mode mode) {
      this.mode = mode;
      this.request = prepare(original, options, attempts);
      int max = options.maxRetries().isPresent()
          ? options.maxRetries().getAsInt() : retrier.policy().maxRetries();
      // A one-shot body (e.g. an InputStream upload) cannot be sent twice.
      this.maxRetries = isOneShot(request.body()) ? 0 : max;
      Duration timeout = options.timeout().orElse(wholeCallTimeout);
      this.http = options.timeout().isEmpty() ? client
          : client.newBuilder().readTimeout(timeout).writeTimeout(timeout).build();
      this.deadlineMillis = mode == Mode.WHOLE && !timeout.isZero()
          ? saturatedAdd(timers.millis(), timeout.toMillis()) : Long.MAX_VALUE;
    }

    Call newCall() {
      Call call = http.newCall(request);
      if (deadlineMillis != Long.MAX_VALUE) {
        long remaining = Math.max(1, deadlineMillis - timers.millis());
        call.timeout().timeout(remaining, TimeUnit.MILLISECONDS);
      }
      attempts.call = call;
      return call;
    }

    int retries() {
      return attempts.retries;
    }

    void recordRetry() {
      attempts.retries++;
    }

    Duration retryAfterFailure(IOException e, Call call) {
      return fits(retrier.afterFailure(request, e, retries(), maxRetries, call.isCanceled()));
    }

    Duration retryAfterResponse(Response response) {
      return fits(retrier.afterResponse(request, response, retries(), maxRetries));
    }

    /** A wait that ends before the deadline, else null: give up now rather than time out later. */
    private Duration fits(Duration wait) {
      if (wait == null || deadlineMillis == Long.MAX_VALUE) {
        return wait;
      }
      return timers.millis() + wait.toMillis() < deadlineMillis ? wait : null;
    }
  }

  private final class AsyncExchange implements Callback {
    final Exchange exchange;
    final CompletableFuture<Response> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Runnable retry = pendingRetry;
        if (retry != null) {
          retry.run();
        }
        Call call = exchange.attempts.call;
        if (call != null) {
          call.cancel();
        }
        return cancelled;
      }
    };
    volatile Runnable pendingRetry;

    AsyncExchange(Exchange exchange) {
      this.exchange = exchange;
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      Call call = exchange.newCall();
      if (result.isCancelled()) {
        call.cancel();
        return;
      }
      call.enqueue(this);
    }

    @Override
    public void onFailure(Call call, IOException e) {
      if (result.isDone()) {
        return;
      }
      Duration wait = exchange.retryAfterFailure(e, call);
      if (wait == null) {
        result.completeExceptionally(
            IoFailures.calling(e, exchange.request, exchange.retries(), call.isCanceled()));
        return;
      }
      scheduleRetry(wait);
    }

    @Override
    public void onResponse(Call call, Response response) {
      if (result.isDone()) {
        response.close();
        return;
      }
      if (response.isSuccessful()) {
        try {
          response = capped(response, exchange);
        } catch (XaiIoException e) {
          result.completeExceptionally(e);
          return;
        }
        if (!result.complete(response)) {
          response.close(); // cancelled meanwhile
        }
        return;
      }
      Duration wait = exchange.retryAfterResponse(response);
      if (wait == null) {
        result.completeExceptionally(
            ErrorMapper.map(response, exchange.retries(), timers.clock(), redactor));
        return;
      }
      response.close();
      scheduleRetry(wait);
    }

    private void scheduleRetry(Duration wait) {
      pendingRetry = timers.scheduler().schedule(wait, () -> {
        exchange.recordRetry();
        attempt();
      });
      if (result.isCancelled()) {
        pendingRetry.run();
      }
    }
  }

  // -----------------------------------------------------------------------------------------

  /**
   * Applies per-request headers, query parameters and body properties, the request id and the
   * {@link Attempts} tag, in one copy of the request.
   */
  Request prepare(Request request, RequestOptions options, Attempts attempts) {
    Request.Builder b = request.newBuilder().tag(Attempts.class, attempts);
    options.headers().forEach(b::header);
    if (request.header(CLIENT_REQUEST_ID) == null && !hasHeader(options, CLIENT_REQUEST_ID)) {
      b.header(CLIENT_REQUEST_ID, requestId());
    }
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

  /**
   * A random (version 4) UUID. It only tells one call's attempts apart from another's, so it
   * comes from {@link ThreadLocalRandom}: {@code UUID.randomUUID()}'s shared SecureRandom showed
   * in the profile of a small call.
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xf000L | 0x4000L;
    long low = random.nextLong() & ~(3L << 62) | 1L << 63;
    return new UUID(high, low).toString();
  }

  private static boolean hasHeader(RequestOptions options, String name) {
    return options.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(name));
  }

  /** The JSON body with {@code extra} merged in; later values win, as the caller asked. */
  private static RequestBody mergeBody(Request request, Map<String, Object> extra) {
    RequestBody body = request.body();
    MediaType type = body == null ? null : body.contentType();
    if (body == null || type == null || !type.subtype().contains("json")) {
      throw new IllegalArgumentException("extra body properties need a JSON request body; "
          + describe(request) + " has " + (body == null ? "none" : String.valueOf(type)));
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
    extra.forEach((name, value) -> json.add(name, WireGson.GSON.toJsonTree(value)));
    // Written with nulls kept: a property set to null is sent as JSON null (it clears a field),
    // where Gson would leave it out.
    StringWriter text = new StringWriter();
    try {
      JsonWriter writer = new JsonWriter(text);
      writer.setSerializeNulls(true);
      WireGson.GSON.getAdapter(JsonElement.class).write(writer, json);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the request body", e);
    }
    return RequestBody.create(text.toString(), type);
  }

  /** Whether a body (or a part of a multipart body) can be written only once. */
  private static boolean isOneShot(RequestBody body) {
    if (body == null) {
      return false;
    }
    if (body.isOneShot()) {
      return true;
    }
    if (body instanceof okhttp3.MultipartBody multipart) {
      for (okhttp3.MultipartBody.Part part : multipart.parts()) {
        if (part.body().isOneShot()) {
          return true;
        }
      }
    }
    return false;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
