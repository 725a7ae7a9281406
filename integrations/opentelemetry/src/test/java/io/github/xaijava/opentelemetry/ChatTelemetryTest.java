package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat completions through an instrumented client against the simulator: the span and its
 * attributes, both metrics, the parent of blocking and asynchronous calls (retries included), and
 * what passes through untouched.
 */
class ChatTelemetryTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final TracedClients clients = new TracedClients(otel, xai);

  private static ChatRequest ask(String question) {
    return ChatRequest.builder().model("grok-3").addUserMessage(question).build();
  }

  @Test
  void aChatCallIsOneClientSpanWithTheConventionsAttributes() {
    XaiClient client = clients.client();
    ChatRequest request = ChatRequest.builder()
        .model("grok-3")
        .addSystemMessage("Be brief.")
        .addUserMessage("What is the capital of France?")
        .maxTokens(100)
        .temperature(0.5)
        .topP(0.9)
        .frequencyPenalty(0.1)
        .presencePenalty(0.2)
        .stop(List.of("END"))
        .seed(7)
        .n(2)
        .build();

    ChatResponse r = client.chat().create(request);

    SpanData span = Recorded.span(otel);
    Attributes a = span.getAttributes();
    assertEquals("chat grok-3", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals("chat", a.get(GenAi.OPERATION_NAME));
    assertEquals("x_ai", a.get(GenAi.PROVIDER_NAME));
    assertEquals("grok-3", a.get(GenAi.REQUEST_MODEL));
    HttpUrl base = HttpUrl.get(xai.baseUrl());
    assertEquals(base.host(), a.get(GenAi.SERVER_ADDRESS));
    assertEquals(base.port(), a.get(GenAi.SERVER_PORT).intValue());
    assertEquals(100L, a.get(GenAi.REQUEST_MAX_TOKENS));
    assertEquals(0.5, a.get(GenAi.REQUEST_TEMPERATURE));
    assertEquals(0.9, a.get(GenAi.REQUEST_TOP_P));
    assertEquals(0.1, a.get(GenAi.REQUEST_FREQUENCY_PENALTY));
    assertEquals(0.2, a.get(GenAi.REQUEST_PRESENCE_PENALTY));
    assertEquals(List.of("END"), a.get(GenAi.REQUEST_STOP_SEQUENCES));
    assertEquals(7L, a.get(GenAi.REQUEST_SEED));
    assertEquals(2L, a.get(GenAi.REQUEST_CHOICE_COUNT));
    assertNull(a.get(GenAi.REQUEST_STREAM), "set only for a stream");

    assertEquals(r.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(r.model(), a.get(GenAi.RESPONSE_MODEL));
    assertEquals(r.choices().stream().map(c -> c.finishReason().orElseThrow())
        .collect(Collectors.toList()), a.get(GenAi.RESPONSE_FINISH_REASONS));
    Usage usage = r.usage().orElseThrow();
    assertEquals(usage.promptTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(usage.totalTokens() - usage.promptTokens(),
        a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue(), "completion plus reasoning");
    assertEquals(usage.completionTokensDetails().reasoningTokens(),
        a.get(GenAi.USAGE_REASONING_OUTPUT_TOKENS).intValue());
    assertEquals(usage.promptTokensDetails().cachedTokens(),
        a.get(GenAi.USAGE_CACHE_READ_INPUT_TOKENS).intValue());
    assertTrue(usage.costInUsdTicks() > 0);
    assertEquals(usage.costInUsdTicks(), a.get(GenAi.XAI_USAGE_COST_IN_USD_TICKS));
    assertNull(a.get(GenAi.ERROR_TYPE));
    assertNull(a.get(GenAi.RESPONSE_TIME_TO_FIRST_CHUNK), "not a stream");
  }

  @Test
  void reasoningTokensCountAsOutputTokens() {
    XaiClient client = clients.client();

    ChatResponse r = client.chat().create(ChatRequest.builder().model("grok-3-mini")
        .reasoningEffort("high").addUserMessage("Think about 2+2").build());

    Attributes a = Recorded.span(otel).getAttributes();
    Usage usage = r.usage().orElseThrow();
    int reasoning = usage.completionTokensDetails().reasoningTokens();
    assertTrue(reasoning > 0, "the simulator's grok-3-mini reasons: " + usage);
    assertEquals("high", a.get(GenAi.REQUEST_REASONING_LEVEL));
    assertEquals(reasoning, a.get(GenAi.USAGE_REASONING_OUTPUT_TOKENS).intValue());
    assertEquals(usage.completionTokens() + reasoning, a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
    assertEquals("grok-3-mini-high", a.get(GenAi.RESPONSE_MODEL), "the model that answered");
  }

  @Test
  void aChatCallRecordsBothMetricsWithTheAdvisedBuckets() {
    XaiClient client = clients.client();

    ChatResponse r = client.chat().create(ask("Hello"));

    Attributes shared = Attributes.builder()
        .put(GenAi.OPERATION_NAME, "chat")
        .put(GenAi.PROVIDER_NAME, "x_ai")
        .put(GenAi.REQUEST_MODEL, "grok-3")
        .put(GenAi.RESPONSE_MODEL, r.model())
        .put(GenAi.SERVER_ADDRESS, HttpUrl.get(xai.baseUrl()).host())
        .put(GenAi.SERVER_PORT, (long) HttpUrl.get(xai.baseUrl()).port())
        .build();
    HistogramPointData duration = Recorded.point(
        Recorded.histogram(otel, "gen_ai.client.operation.duration"), shared);
    assertEquals(1, duration.getCount());
    assertTrue(duration.getSum() > 0 && duration.getSum() < 30, "seconds: " + duration.getSum());
    assertEquals(Instruments.DURATION_BUCKETS, duration.getBoundaries());

    List<HistogramPointData> tokens = Recorded.histogram(otel, "gen_ai.client.token.usage");
    Usage usage = r.usage().orElseThrow();
    HistogramPointData input = Recorded.point(tokens,
        shared.toBuilder().put(GenAi.TOKEN_TYPE, "input").build());
    HistogramPointData output = Recorded.point(tokens,
        shared.toBuilder().put(GenAi.TOKEN_TYPE, "output").build());
    assertEquals(usage.promptTokens(), (int) input.getSum());
    assertEquals(usage.totalTokens() - usage.promptTokens(), (int) output.getSum());
    assertEquals(1, input.getCount());
    List<Double> powersOfFour = new ArrayList<>();
    for (long b = 1; b <= 67108864L; b *= 4) {
      powersOfFour.add((double) b);
    }
    assertEquals(powersOfFour, input.getBoundaries());
  }

  @Test
  void aBlockingCallIsAChildOfTheCurrentSpan() {
    XaiClient client = clients.client();
    Span parent = otel.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    Scope scope = parent.makeCurrent();
    try {
      client.chat().create(ask("Hello"));
    } finally {
      scope.close();
      parent.end();
    }

    List<SpanData> spans = Recorded.spans(otel, 2);
    SpanData chat = spans.stream().filter(s -> s.getName().equals("chat grok-3")).findFirst()
        .orElseThrow();
    assertEquals(parent.getSpanContext().getSpanId(), chat.getParentSpanId());
    assertEquals(parent.getSpanContext().getTraceId(), chat.getTraceId());
  }

  @Test
  void anAsyncCallIsAChildOfTheSpanCurrentWhenItWasMade() {
    XaiClient client = clients.client();
    Span parent = otel.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    CompletableFuture<ChatResponse> future;
    Scope scope = parent.makeCurrent();
    try {
      future = client.async().chat().create(ask("Hello"));
    } finally {
      scope.close();
    }
    future.join();
    parent.end();

    List<SpanData> spans = Recorded.spans(otel, 2);
    SpanData chat = spans.stream().filter(s -> s.getName().equals("chat grok-3")).findFirst()
        .orElseThrow();
    assertEquals(parent.getSpanContext().getSpanId(), chat.getParentSpanId(),
        "made on OkHttp's thread, parented by the caller's context");
  }

  @Test
  void eachAttemptOfARetriedAsyncCallIsASpanUnderTheCallersSpan() {
    XaiClient client = clients.client(clients.telemetry(), o -> o.retryPolicy(
        RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10)).build()));
    xai.faults().next(1).rateLimited();
    Span parent = otel.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    CompletableFuture<ChatResponse> future;
    Scope scope = parent.makeCurrent();
    try {
      future = client.async().chat().create(ask("Hello"));
    } finally {
      scope.close();
    }
    future.join();
    parent.end();

    List<SpanData> attempts = Recorded.spans(otel, 3).stream()
        .filter(s -> s.getName().equals("chat grok-3")).collect(Collectors.toList());
    assertEquals(2, attempts.size());
    assertEquals("429", attempts.get(0).getAttributes().get(GenAi.ERROR_TYPE));
    assertNull(attempts.get(1).getAttributes().get(GenAi.ERROR_TYPE));
    for (SpanData attempt : attempts) {
      assertEquals(parent.getSpanContext().getSpanId(), attempt.getParentSpanId(),
          "the retry is sent from the client's scheduler thread, still under the caller's span");
    }
  }

  @Test
  void otherRequestsPassThroughWithoutASpan() {
    XaiClient client = clients.client();

    client.models().list();
    client.tokenizer().tokenize(io.github.xaijava.generated.model.TokenizeRequest.builder()
        .model("grok-3").text("Hello").build());

    assertTrue(otel.getSpans().isEmpty(), () -> "spans: " + otel.getSpans());
  }

  @Test
  void instrumentDerivesFromTheCallersClientWhoseInterceptorsNeverSeeTheKey() {
    List<String> seen = new ArrayList<>();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(String.valueOf(chain.request().header("Authorization")));
          return chain.proceed(chain.request());
        })
        .build();
    XaiTelemetry telemetry = clients.telemetry();

    OkHttpClient instrumented = telemetry.instrument(mine);
    XaiClient client = clients.client(telemetry, o -> o.okHttpClient(instrumented));
    client.chat().create(ask("Hello"));

    assertEquals(List.of("null"), seen, "the caller's interceptors run before the key is added");
    assertEquals(1, mine.interceptors().size(), "the caller's client is left as it was");
    assertSame(instrumented, telemetry.instrument(instrumented), "instrumented once");
    assertFalse(otel.getSpans().isEmpty());
    mine.dispatcher().executorService().shutdown();
  }
}
