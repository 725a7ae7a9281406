package io.github.xaijava;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.internal.http.HttpStack;
import io.github.xaijava.internal.services.ServiceContext;
import io.github.xaijava.internal.http.Timers;
import java.util.Objects;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.internal.sockets.SocketsAccess;
import io.github.xaijava.sockets.XaiSockets;
import java.util.function.Consumer;

/**
 * The xAI client: one entry point for every operation of the xAI REST API.
 *
 * <pre>{@code
 * try (XaiClient client = XaiClient.fromEnv()) {          // reads XAI_API_KEY
 *   ChatResponse r = client.chat().create(ChatRequest.builder()
 *       .model("grok-4")
 *       .addUserMessage("Hello")
 *       .build());
 *   System.out.println(r.text());
 * } catch (RateLimitException e) {
 *   // typed errors: e.statusCode(), e.errorMessage(), e.requestId(), e.retryAfter()
 * }
 * }</pre>
 *
 * <p><b>Share one client.</b> It is thread-safe and holds a connection pool; creating one per
 * request wastes connections and threads. {@link #withOptions} makes a view with other settings
 * (no retries, another timeout, another key) that shares the pool. {@link #async()} has every
 * operation without blocking.
 *
 * <p><b>Close it when done</b> ({@link #close()}): that shuts down the connections and threads it
 * created. A caller-supplied {@code OkHttpClient} is never closed or modified.
 *
 * <p>Configuration is {@link ClientOptions}: base URL {@value ClientOptions#DEFAULT_BASE_URL},
 * connect timeout 30 s and a 30 min whole-call timeout, 2 retries (see
 * {@link io.github.xaijava.config.RetryPolicy} for which failures), logging off.
 */
public final class XaiClient extends BlockingServices implements AutoCloseable {

  private final HttpStack stack;
  private final boolean ownsStack;
  private final XaiAsyncClient async;
  private final SocketContext socketContext;
  private final XaiSockets sockets;

  private XaiClient(HttpStack stack, boolean ownsStack) {
    this(stack, ownsStack, new ServiceContext(stack));
  }

  private XaiClient(HttpStack stack, boolean ownsStack, ServiceContext context) {
    super(context);
    this.stack = stack;
    this.ownsStack = ownsStack;
    this.async = new XaiAsyncClient(context);
    this.socketContext = new SocketContext(stack, SocketContext.DEFAULT_SEND_QUEUE_BYTES);
    this.sockets = SocketsAccess.create(socketContext);
  }

  /**
   * A client configured from the environment: {@code XAI_API_KEY} (required),
   * {@code XAI_BASE_URL} and {@code XAI_LOG}; the system properties {@code xai.apiKey},
   * {@code xai.baseUrl} and {@code xai.log} win over the variables.
   *
   * @throws IllegalStateException if no API key is configured
   */
  public static XaiClient fromEnv() {
    return create(ClientOptions.builder().fromEnv().build());
  }

  /**
   * A client configured in one expression, starting from the defaults, e.g.
   * {@code XaiClient.create(o -> o.apiKey(key).maxRetries(0))} or
   * {@code XaiClient.create(o -> o.fromEnv().logLevel(LogLevel.BASIC))}.
   *
   * @param configure edits the options of the new client
   */
  public static XaiClient create(Consumer<ClientOptions.Builder> configure) {
    ClientOptions.Builder builder = ClientOptions.builder();
    configure.accept(builder);
    return create(builder.build());
  }

  /** A client with {@code options} (see {@link ClientOptions}). */
  public static XaiClient create(ClientOptions options) {
    return create(options, Timers.SYSTEM);
  }

  // Package-private seam: tests inject time (see TestClients in the tests).
  static XaiClient create(ClientOptions options, Timers timers) {
    Objects.requireNonNull(options, "options == null");
    refuseManagementHost(options);
    return new XaiClient(HttpStack.create(options, timers), true);
  }

  /**
   * A client with changed settings that shares this one's connection pool and threads, e.g.
   * {@code client.withOptions(o -> o.maxRetries(0)).chat().create(request)}. This client is not
   * changed. Closing the view does nothing: close the client it came from.
   *
   * @param change edits a copy of this client's options
   */
  public XaiClient withOptions(Consumer<ClientOptions.Builder> change) {
    ClientOptions.Builder builder = stack.options().toBuilder();
    change.accept(builder);
    ClientOptions options = builder.build();
    refuseManagementHost(options);
    return new XaiClient(stack.derive(options), false);
  }

  /** An inference key must never reach the management host: {@link XaiManagementClient} is for it. */
  private static void refuseManagementHost(ClientOptions options) {
    if (XaiManagementClient.isManagementHost(options.baseUrl())) {
      throw new IllegalArgumentException(options.baseUrl() + " is xAI's management host; an"
          + " inference key must not go there. Use XaiManagementClient with a management key");
    }
  }

  /** Every operation without blocking; shares this client's connections and settings. */
  public XaiAsyncClient async() {
    return async;
  }

  /**
   * xAI's WebSocket APIs (Responses WebSocket mode, the Voice Agent, streaming speech in and out)
   * with this client's settings; see {@link XaiSockets}.
   */
  public XaiSockets sockets() {
    return sockets;
  }

  /** The options this client was built with (their {@code toString} hides the API key). */
  public ClientOptions options() {
    return stack.options();
  }

  /**
   * Shuts down the connections and threads this client created; calls made afterwards may fail.
   * A caller-supplied OkHttpClient is left running; a view made by {@link #withOptions} is not
   * closed by this (close its origin).
   */
  @Override
  public void close() {
    if (ownsStack) {
      socketContext.close();
      stack.close();
    }
  }

  @Override
  public String toString() {
    return "XaiClient{baseUrl=" + stack.options().baseUrl() + "}";
  }

  // Package-private seam: tests check the client's connections for leaks.
  okhttp3.OkHttpClient okHttpClient() {
    return stack.okHttpClient();
  }
}
