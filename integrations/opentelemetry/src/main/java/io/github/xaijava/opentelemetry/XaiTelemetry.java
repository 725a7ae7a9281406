package io.github.xaijava.opentelemetry;

import io.github.xaijava.config.ClientOptions;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.TracerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * OpenTelemetry instrumentation of {@code XaiClient}: a span per inference call and the GenAI
 * client metrics, following the OpenTelemetry semantic conventions for generative AI.
 *
 * <pre>{@code
 * XaiTelemetry telemetry = XaiTelemetry.create(openTelemetry);
 * XaiClient client = XaiClient.create(o -> telemetry.configure(o.fromEnv()));
 * }</pre>
 *
 * <p>With an {@code OkHttpClient} of your own, instrument that one instead:
 * {@code o.okHttpClient(telemetry.instrument(myOkHttp))}.
 *
 * <p><b>What is recorded.</b> For {@code POST /v1/chat/completions}, {@code /v1/responses} and
 * {@code /v1/messages} ({@code chat}), {@code /v1/completions} ({@code text_completion}),
 * {@code /v1/embeddings} ({@code embeddings}) and image and video generation and editing
 * ({@code generate_content}): a {@code CLIENT} span named {@code "{operation} {model}"}
 * ({@code "chat grok-4"}) with the operation, {@code gen_ai.provider.name = "x_ai"}, the model,
 * the server and the request's parameters (max tokens, temperature, top_p, top_k, penalties,
 * stop sequences, seed, choice count, stream, reasoning effort, output type), then the answer's
 * id, model, finish reasons, token usage (input, output, cached input, reasoning output) and
 * xAI's cost as {@code xai.usage.cost_in_usd_ticks}; the histograms
 * {@code gen_ai.client.operation.duration} and {@code gen_ai.client.token.usage}. Streams are
 * read as they pass, never buffered; their span ends when the stream ends. Every other request
 * of the client passes through untouched.
 *
 * <p><b>What is not.</b> Headers (the API key is added after this instrumentation runs and is
 * never seen), and the content of prompts and answers unless
 * {@link Builder#captureMessageContent(boolean)} asks for it.
 *
 * <p><b>Retries.</b> The client retries a failed attempt (429, 5xx, I/O) by sending it again;
 * each attempt is an HTTP call of its own and gets a span of its own, the failed ones with their
 * {@code error.type}.
 *
 * <p>Immutable and thread-safe; one instance can instrument any number of clients.
 */
public final class XaiTelemetry {

  /** The instrumentation scope of the tracer and the meter. */
  static final String SCOPE = "io.github.xaijava.opentelemetry";

  private final boolean captureMessageContent;
  private final TracingInterceptor interceptor;
  private final ParentContexts parents = new ParentContexts();
  private OkHttpClient shared;

  private XaiTelemetry(Builder b) {
    this.captureMessageContent = b.captureMessageContent;
    String version = version();
    TracerBuilder tracer = b.openTelemetry.tracerBuilder(SCOPE);
    MeterBuilder meter = b.openTelemetry.meterBuilder(SCOPE);
    if (version != null) {
      tracer.setInstrumentationVersion(version);
      meter.setInstrumentationVersion(version);
    }
    this.interceptor = new TracingInterceptor(this, tracer.build(),
        new Instruments(meter.build()), parents, captureMessageContent,
        b.propagateTraceContext ? b.openTelemetry.getPropagators().getTextMapPropagator() : null);
  }

  /** Instrumentation with the defaults: no content captured, nothing added to requests. */
  public static XaiTelemetry create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /** A builder of instrumentation reporting to {@code openTelemetry}. */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(Objects.requireNonNull(openTelemetry, "openTelemetry == null"), false,
        false);
  }

  /**
   * Makes {@code options} use an instrumented {@code OkHttpClient}, and returns them for chaining:
   * {@code XaiClient.create(o -> telemetry.configure(o.fromEnv()))}.
   *
   * <p>The {@code OkHttpClient} is one per {@code XaiTelemetry}, shared by every client
   * configured with it, with the client's usual limit of
   * {@value ClientOptions#DEFAULT_MAX_CONCURRENT_REQUESTS} concurrent calls (a caller's
   * {@code OkHttpClient} keeps its own dispatcher, so {@code maxConcurrentRequests} does not apply
   * to it). Closing a client leaves it running, as it does any caller's {@code OkHttpClient}; its
   * idle threads and connections end by themselves within minutes. This replaces an
   * {@code OkHttpClient} set earlier on {@code options}: to keep yours, use {@link #instrument}.
   */
  public ClientOptions.Builder configure(ClientOptions.Builder options) {
    return options.okHttpClient(shared());
  }

  /**
   * An instrumented copy of {@code client} (sharing its connection pool, dispatcher and
   * interceptors), to give to {@code ClientOptions.Builder.okHttpClient}. {@code client} itself is
   * not changed. A client this instance already instrumented is returned as it is.
   */
  public OkHttpClient instrument(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    for (Interceptor i : client.interceptors()) {
      if (i instanceof TracingInterceptor && ((TracingInterceptor) i).owner() == this) {
        return client;
      }
    }
    return client.newBuilder()
        .addInterceptor(interceptor)
        .eventListenerFactory(parents.wrap(client.eventListenerFactory()))
        .build();
  }

  private synchronized OkHttpClient shared() {
    if (shared == null) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS);
      dispatcher.setMaxRequestsPerHost(ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS);
      shared = instrument(new OkHttpClient.Builder().dispatcher(dispatcher).build());
    }
    return shared;
  }

  @Override
  public String toString() {
    return "XaiTelemetry{captureMessageContent=" + captureMessageContent + "}";
  }

  private static String version() {
    try (InputStream in = XaiTelemetry.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Settings of {@link XaiTelemetry}. Immutable: each setter returns a new builder, so one can
   * be shared and varied.
   */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private final boolean captureMessageContent;
    private final boolean propagateTraceContext;

    private Builder(OpenTelemetry openTelemetry, boolean captureMessageContent,
        boolean propagateTraceContext) {
      this.openTelemetry = openTelemetry;
      this.captureMessageContent = captureMessageContent;
      this.propagateTraceContext = propagateTraceContext;
    }

    /**
     * Whether spans carry the content of prompts and answers: {@code gen_ai.input.messages},
     * {@code gen_ai.system_instructions} and {@code gen_ai.output.messages}, as JSON text in the
     * conventions' message shapes. Default {@code false}: content is the user's data, often
     * personal, and can be large. Images sent inline in an answer are left out even then.
     */
    public Builder captureMessageContent(boolean capture) {
      return new Builder(openTelemetry, capture, propagateTraceContext);
    }

    /**
     * Whether requests to xAI carry the trace context (W3C {@code traceparent}, or whatever
     * propagators {@code openTelemetry} has). Default {@code false}: xAI does not join traces,
     * so the header would only tell it your trace ids. Turn it on for a gateway of your own
     * between the client and xAI that does.
     */
    public Builder propagateTraceContext(boolean propagate) {
      return new Builder(openTelemetry, captureMessageContent, propagate);
    }

    /** The instrumentation, with its tracer and meter made from {@code openTelemetry}. */
    public XaiTelemetry build() {
      return new XaiTelemetry(this);
    }
  }
}
