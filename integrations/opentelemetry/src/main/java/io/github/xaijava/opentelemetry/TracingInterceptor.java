package io.github.xaijava.opentelemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The OkHttp application interceptor that makes a span of each attempt of an inference
 * operation. It runs before the client's own interceptor, so the request it sees has no
 * {@code Authorization} header yet; it reads the body and the URL, never a header.
 */
final class TracingInterceptor implements Interceptor {

  private static final TextMapSetter<Request.Builder> HEADERS =
      (builder, name, value) -> builder.header(name, value);

  private final XaiTelemetry owner;
  private final Tracer tracer;
  private final Instruments instruments;
  private final ParentContexts parents;
  private final boolean capture;
  private final TextMapPropagator propagator;

  TracingInterceptor(XaiTelemetry owner, Tracer tracer, Instruments instruments,
      ParentContexts parents, boolean capture, TextMapPropagator propagator) {
    this.owner = owner;
    this.tracer = tracer;
    this.instruments = instruments;
    this.parents = parents;
    this.capture = capture;
    this.propagator = propagator;
  }

  XaiTelemetry owner() {
    return owner;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Operation op = Operation.of(request);
    if (op == null) {
      return chain.proceed(request);
    }
    Context parent = parents.parentOf(chain.call().request());
    RequestFacts facts = RequestFacts.read(op, request.body(), capture);

    AttributesBuilder shared = Attributes.builder()
        .put(GenAi.OPERATION_NAME, op.operationName())
        .put(GenAi.PROVIDER_NAME, GenAi.PROVIDER)
        .put(GenAi.SERVER_ADDRESS, request.url().host())
        .put(GenAi.SERVER_PORT, (long) request.url().port());
    facts.model().ifPresent(model -> shared.put(GenAi.REQUEST_MODEL, model));
    Attributes metricAttributes = shared.build();

    String name = facts.model().map(model -> op.operationName() + " " + model)
        .orElse(op.operationName());
    AttributesBuilder start = metricAttributes.toBuilder().putAll(facts.attributes());
    if (facts.stream()) {
      start.put(GenAi.REQUEST_STREAM, true);
    }
    facts.inputMessages().ifPresent(m -> start.put(GenAi.INPUT_MESSAGES, m));
    facts.systemInstructions().ifPresent(s -> start.put(GenAi.SYSTEM_INSTRUCTIONS, s));

    long startNanos = System.nanoTime();
    // Attributes given before the start, so that samplers see the ones the conventions mark
    // as relevant to sampling (operation, provider, model, server).
    Span span = tracer.spanBuilder(name)
        .setSpanKind(SpanKind.CLIENT)
        .setParent(parent)
        .setAllAttributes(start.build())
        .startSpan();
    Context context = parent.with(span);
    InferenceCall call = new InferenceCall(op, span, context, startNanos, metricAttributes,
        instruments, capture, chain.call());

    Request outgoing = request;
    if (propagator != null) {
      Request.Builder b = request.newBuilder();
      propagator.inject(context, b, HEADERS);
      outgoing = b.build();
    }
    Response response;
    // Current while the request is sent, so that HTTP-level instrumentation further down (a
    // network interceptor, the agent) nests its spans under this one.
    Scope scope = context.makeCurrent();
    try {
      response = chain.proceed(outgoing);
    } catch (IOException | RuntimeException | Error e) {
      call.failed(e);
      throw e;
    } finally {
      scope.close();
    }
    return call.answered(response);
  }
}
