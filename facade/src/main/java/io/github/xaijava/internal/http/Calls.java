package io.github.xaijava.internal.http;

import io.github.xaijava.RawResponse;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.internal.json.JsonBodies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Invocation;

/**
 * Not API. Runs the requests that the generated Retrofit interfaces build: every operation's
 * request comes from its generated method (path, method, parameters, body), and is sent by the
 * client's {@link Transport}. Only the request is taken from Retrofit; the answer is read here,
 * by the models' generated adapters, as the method's declared type.
 *
 * <p>Asynchronous results are delivered on the client's callback executor when one is set
 * (otherwise on the OkHttp thread), and cancelling a returned future cancels the call.
 */
public final class Calls {

  private final Transport transport;
  private final Executor callbacks;

  public Calls(Transport transport, Executor callbacks) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    this.callbacks = callbacks;
  }

  /** Sends {@code call}'s request and reads the answer as its declared type. */
  public <T> T json(retrofit2.Call<T> call, RequestOptions options) {
    Request request = requestOf(call);
    Response response = transport.execute(request, options, Transport.Mode.WHOLE);
    return JsonBodies.read(response, answerType(request), Transport.retries(response));
  }

  /** {@link #json} without blocking. */
  public <T> CompletableFuture<T> jsonAsync(retrofit2.Call<T> call, RequestOptions options) {
    Request request = requestOf(call);
    return readAsync(request, answerType(request), options);
  }

  /** {@link #json}, with the answer's status and headers. */
  public <T> RawResponse<T> raw(retrofit2.Call<T> call, RequestOptions options) {
    return send(call, options, Calls::rawOf);
  }

  /** {@link #raw} without blocking. */
  public <T> CompletableFuture<RawResponse<T>> rawAsync(retrofit2.Call<T> call,
      RequestOptions options) {
    return sendAsync(call, options, Calls::rawOf);
  }

  /** Sends {@code call}'s request and reads the whole answer with {@code reader}. */
  private <R> R send(retrofit2.Call<?> call, RequestOptions options,
      BiFunction<Response, Type, R> reader) {
    Request request = requestOf(call);
    Type type = answerType(request);
    return reader.apply(transport.execute(request, options, Transport.Mode.WHOLE), type);
  }

  /** {@link #send} without blocking, delivered as the client's callbacks are. */
  private <R> CompletableFuture<R> sendAsync(retrofit2.Call<?> call, RequestOptions options,
      BiFunction<Response, Type, R> reader) {
    Request request = requestOf(call);
    Type type = answerType(request);
    return deliver(transport.executeAsync(request, options, Transport.Mode.WHOLE),
        response -> reader.apply(response, type));
  }

  /**
   * The request Retrofit builds from the arguments. Arguments that make no request (a form with
   * no part at all: neither a file nor the field that replaces it) are refused here, before
   * anything is sent, as the caller's mistake.
   */
  private static Request requestOf(retrofit2.Call<?> call) {
    try {
      return call.request();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new IllegalArgumentException("these arguments make no request: " + e.getMessage(), e);
    }
  }

  private static <T> RawResponse<T> rawOf(Response response, Type type) {
    int status = response.code();
    java.util.Map<String, java.util.List<String>> headers = response.headers().toMultimap();
    T body = JsonBodies.read(response, type, Transport.retries(response));
    return RawResponse.of(status, headers, body);
  }

  /** Sends {@code call}'s request for an operation that answers no body; the answer is closed. */
  public void discard(retrofit2.Call<?> call, RequestOptions options) {
    transport.execute(requestOf(call), options, Transport.Mode.WHOLE).close();
  }

  /** {@link #discard} without blocking. */
  public CompletableFuture<Void> discardAsync(retrofit2.Call<?> call, RequestOptions options) {
    return deliver(transport.executeAsync(requestOf(call), options, Transport.Mode.WHOLE),
        response -> {
          response.close();
          return null;
        });
  }

  /**
   * Sends {@code call}'s request and reads the answer as {@code answer}, for an operation whose
   * answer depends on the request: a deferred chat completion answers {@code {"request_id"}}.
   */
  public <T> T json(retrofit2.Call<?> call, Class<T> answer, RequestOptions options) {
    Response response = transport.execute(requestOf(call), options, Transport.Mode.WHOLE);
    return JsonBodies.read(response, answer, Transport.retries(response));
  }

  /** {@link #json(retrofit2.Call, Class, RequestOptions)} without blocking. */
  public <T> CompletableFuture<T> jsonAsync(retrofit2.Call<?> call, Class<T> answer,
      RequestOptions options) {
    return readAsync(requestOf(call), answer, options);
  }

  private <T> CompletableFuture<T> readAsync(Request request, Type type, RequestOptions options) {
    return deliver(transport.executeAsync(request, options, Transport.Mode.WHOLE),
        response -> JsonBodies.<T>read(response, type, Transport.retries(response)));
  }

  /**
   * For work xAI may not have finished: empty on 202 (xAI's "still pending", with an empty body)
   * or any other 2xx without a body, else the answer read as the declared type.
   */
  public <T> Optional<T> pending(retrofit2.Call<T> call, RequestOptions options) {
    return send(call, options, Calls::readPending);
  }

  /** {@link #pending} without blocking. */
  public <T> CompletableFuture<Optional<T>> pendingAsync(retrofit2.Call<T> call,
      RequestOptions options) {
    return sendAsync(call, options, Calls::readPending);
  }

  private static <T> Optional<T> readPending(Response response, Type type) {
    ResponseBody body = response.body();
    if (response.code() == 202 || body == null || body.contentLength() == 0) {
      response.close();
      return Optional.empty();
    }
    return Optional.of(JsonBodies.read(response, type, Transport.retries(response)));
  }

  /** Sends {@code call}'s request and returns the open 2xx answer (a download or a stream). */
  public Response open(retrofit2.Call<ResponseBody> call, RequestOptions options,
      Transport.Mode mode) {
    return transport.execute(requestOf(call), options, mode);
  }

  /** {@link #open} without blocking; the future's response must be closed by its receiver. */
  public CompletableFuture<Response> openAsync(retrofit2.Call<ResponseBody> call,
      RequestOptions options, Transport.Mode mode) {
    return transport.executeAsync(requestOf(call), options, mode);
  }

  /**
   * {@code source} mapped by {@code then} on the callback executor (or inline); cancelling the
   * result cancels {@code source}, and so the call.
   */
  public <R, T> CompletableFuture<T> deliver(CompletableFuture<R> source, Function<R, T> then) {
    CompletableFuture<T> result = callbacks == null
        ? source.thenApply(then) : source.thenApplyAsync(then, callbacks);
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        source.cancel(true);
        // An answer that arrived before the cancel is never handed on: free its connection.
        source.thenAccept(Calls::closeIfResponse);
      }
    });
    return result;
  }

  /** {@code source} mapped by {@code then} where it completes; cancelling the result cancels it. */
  public <R, T> CompletableFuture<T> map(CompletableFuture<R> source, Function<R, T> then) {
    CompletableFuture<T> result = source.thenApply(then);
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }

  private static void closeIfResponse(Object value) {
    if (value instanceof Response response) {
      response.close();
    }
  }

  /** The callback executor, or null to run on the thread that completes the work. */
  public Executor callbacks() {
    return callbacks;
  }

  /** The {@code T} of the generated method's {@code Call<T>}. */
  private static Type answerType(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalArgumentException("not a request built by a generated Retrofit interface");
    }
    Type returned = invocation.method().getGenericReturnType();
    if (returned instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("not a Call<T> method: " + invocation.method());
  }
}
