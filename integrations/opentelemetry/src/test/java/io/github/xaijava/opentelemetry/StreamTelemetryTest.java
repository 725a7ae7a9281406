package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.XaiException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.MessageBody;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ModelUsage;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.MessageStream;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.streaming.StreamHandler;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streams through an instrumented client: the span ends once, when the stream ends, with what
 * the stream's events carried (chat chunks, Responses events, Anthropic-shaped message events),
 * and says how the stream ended: read through, closed early, cut by the server, or an error event.
 */
class StreamTelemetryTest {

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
  void aChatStreamReadToTheEndEndsItsSpanOnceWithUsage() {
    XaiClient client = clients.client();
    ChatStream stream = client.chat().stream(ask("Tell me a short story"));
    stream.forEach(chunk -> { });
    ChatResponse accumulated = stream.accumulated();
    stream.close();
    stream.close(); // a second close ends nothing more (TracedClients fails a late span call)

    SpanData span = Recorded.span(otel);
    Attributes a = span.getAttributes();
    assertEquals("chat grok-3", span.getName());
    assertEquals(true, a.get(GenAi.REQUEST_STREAM));
    assertEquals(accumulated.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(accumulated.model(), a.get(GenAi.RESPONSE_MODEL));
    assertEquals(List.of("stop"), a.get(GenAi.RESPONSE_FINISH_REASONS));
    Usage usage = accumulated.usage().orElseThrow();
    assertEquals(usage.promptTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(usage.totalTokens() - usage.promptTokens(),
        a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
    assertEquals(usage.costInUsdTicks(), a.get(GenAi.XAI_USAGE_COST_IN_USD_TICKS));
    Double firstChunk = a.get(GenAi.RESPONSE_TIME_TO_FIRST_CHUNK);
    assertNotNull(firstChunk);
    assertTrue(firstChunk > 0 && firstChunk < 30, "seconds: " + firstChunk);
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertNull(a.get(GenAi.ERROR_TYPE));
    assertEquals(1, Recorded.histogram(otel, "gen_ai.client.operation.duration").get(0)
        .getCount());
  }

  @Test
  void aChatStreamClosedEarlyEndsWithAnErrorFinishReasonButNoError() {
    XaiClient client = clients.client();
    // Paced, so that most of the answer has not arrived when the caller stops.
    xai.faults().next(1).drip(Duration.ofMillis(40));
    try (ChatStream stream = client.chat().stream(ask("Tell me a long story about the sea"))) {
      Iterator<ChatResponseChunk> chunks = stream.iterator();
      chunks.next();
      chunks.next();
    }

    SpanData span = Recorded.span(otel);
    assertEquals(List.of("error"), span.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS));
    assertNull(span.getAttributes().get(GenAi.ERROR_TYPE), "the caller chose to stop");
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertNotNull(span.getAttributes().get(GenAi.RESPONSE_ID), "what came is still recorded");
  }

  @Test
  void aStreamCutByTheServerIsAnErrorOfTheExceptionsClass() {
    XaiClient client = clients.client(clients.telemetry(), o -> o.maxRetries(0));
    xai.faults().next(1).cutStreamAfter(3);

    assertThrows(XaiException.class, () -> {
      try (ChatStream stream = client.chat().stream(ask("Tell me a short story"))) {
        stream.forEach(chunk -> { });
      }
    });

    SpanData span = Recorded.span(otel);
    String errorType = span.getAttributes().get(GenAi.ERROR_TYPE);
    assertNotNull(errorType);
    assertTrue(errorType.startsWith("java.") && errorType.endsWith("Exception"), errorType);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(List.of("error"), span.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS));
  }

  @Test
  void anErrorEventInsideAStreamIsAStreamError() {
    XaiClient client = clients.client(clients.telemetry(), o -> o.maxRetries(0));
    xai.faults().next(1).errorFrameAfter(2);

    assertThrows(XaiException.class, () -> {
      try (ChatStream stream = client.chat().stream(ask("Tell me a short story"))) {
        stream.forEach(chunk -> { });
      }
    });

    SpanData span = Recorded.span(otel);
    assertEquals("stream_error", span.getAttributes().get(GenAi.ERROR_TYPE));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(List.of("error"), span.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS));
  }

  @Test
  void anAsyncStreamEndsItsSpanUnderTheCallersSpan() throws Exception {
    XaiClient client = clients.client();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Span parent = otel.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    Scope scope = parent.makeCurrent();
    try {
      client.async().chat().stream(ask("Count to three"), new StreamHandler<>() {
        @Override
        public void onEvent(ChatResponseChunk event) {
        }

        @Override
        public void onComplete() {
          done.complete(null);
        }

        @Override
        public void onError(Throwable error) {
          done.completeExceptionally(error);
        }
      });
    } finally {
      scope.close();
    }
    done.get(10, TimeUnit.SECONDS);
    parent.end();

    SpanData chat = Recorded.spans(otel, 2).stream()
        .filter(s -> s.getName().equals("chat grok-3")).findFirst().orElseThrow();
    assertEquals(parent.getSpanContext().getSpanId(), chat.getParentSpanId());
    assertEquals(List.of("stop"), chat.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS));
    assertNotNull(chat.getAttributes().get(GenAi.USAGE_OUTPUT_TOKENS));
  }

  @Test
  void aResponsesStreamTakesItsUsageFromResponseCompleted() {
    XaiClient client = clients.client();
    ModelResponse completed;
    try (ResponseStream stream = client.responses().stream(
        ModelRequest.builder().model("grok-4").input("Tell me a short story").build())) {
      stream.forEach(event -> { });
      completed = stream.completed().orElseThrow();
    }

    SpanData span = Recorded.span(otel);
    Attributes a = span.getAttributes();
    assertEquals("chat grok-4", span.getName());
    assertEquals(true, a.get(GenAi.REQUEST_STREAM));
    assertEquals(completed.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(completed.model(), a.get(GenAi.RESPONSE_MODEL));
    assertEquals(List.of("stop"), a.get(GenAi.RESPONSE_FINISH_REASONS));
    ModelUsage usage = completed.usage().orElseThrow();
    assertEquals(usage.inputTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(usage.outputTokens(), a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
    assertEquals(usage.costInUsdTicks().orElseThrow(), a.get(GenAi.XAI_USAGE_COST_IN_USD_TICKS));
    assertNull(a.get(GenAi.ERROR_TYPE));
  }

  @Test
  void aMessagesStreamTakesItsUsageFromMessageDelta() {
    XaiClient client = clients.client();
    MessageResponse accumulated;
    try (MessageStream stream = client.messages().stream(MessageRequest.builder()
        .model("grok-4").maxTokens(256)
        .addMessage(MessageBody.builder().role("user").content("Hello, Grok").build())
        .build())) {
      stream.forEach(event -> { });
      accumulated = stream.accumulated().orElseThrow();
    }

    Attributes a = Recorded.span(otel).getAttributes();
    assertEquals(accumulated.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(accumulated.model(), a.get(GenAi.RESPONSE_MODEL));
    assertEquals(List.of(accumulated.stopReason().orElseThrow()),
        a.get(GenAi.RESPONSE_FINISH_REASONS));
    assertEquals(256L, a.get(GenAi.REQUEST_MAX_TOKENS));
    assertEquals(accumulated.usage().inputTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(accumulated.usage().outputTokens(), a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
    assertNull(a.get(GenAi.ERROR_TYPE));
  }
}
