package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.generated.model.MessageBody;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The other inference operations: each has its operation name and reads its own answer shape. */
class OperationsTelemetryTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final TracedClients clients = new TracedClients(otel, xai);

  @Test
  void aResponseIsAChatSpanWithItsStatusAsFinishReason() {
    XaiClient client = clients.client();

    ModelResponse r = client.responses().create(ModelRequest.builder().model("grok-4")
        .input("Hello").maxOutputTokens(300).build());

    SpanData span = Recorded.span(otel);
    Attributes a = span.getAttributes();
    assertEquals("chat grok-4", span.getName());
    assertEquals(300L, a.get(GenAi.REQUEST_MAX_TOKENS));
    assertEquals(r.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(r.model(), a.get(GenAi.RESPONSE_MODEL));
    assertEquals(List.of("stop"), a.get(GenAi.RESPONSE_FINISH_REASONS));
    assertEquals(r.usage().orElseThrow().inputTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(r.usage().orElseThrow().outputTokens(),
        a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
    assertEquals(r.usage().orElseThrow().costInUsdTicks().orElseThrow(),
        a.get(GenAi.XAI_USAGE_COST_IN_USD_TICKS));
  }

  @Test
  void aMessageIsAChatSpanWithAnthropicsStopReason() {
    XaiClient client = clients.client();

    MessageResponse r = client.messages().create(MessageRequest.builder().model("grok-4")
        .maxTokens(128).addMessage(MessageBody.builder().role("user").content("Hi").build())
        .build());

    Attributes a = Recorded.span(otel).getAttributes();
    assertEquals("chat", a.get(GenAi.OPERATION_NAME));
    assertEquals(r.id(), a.get(GenAi.RESPONSE_ID));
    assertEquals(List.of(r.stopReason().orElseThrow()), a.get(GenAi.RESPONSE_FINISH_REASONS));
    assertEquals(r.usage().inputTokens() + r.usage().cacheReadInputTokens()
        + r.usage().cacheCreationInputTokens(), a.get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertEquals(r.usage().outputTokens(), a.get(GenAi.USAGE_OUTPUT_TOKENS).intValue());
  }

  @Test
  void aLegacyCompletionIsATextCompletionSpan() {
    XaiClient client = clients.client();

    SampleResponse r = client.completions().create(SampleRequest.builder().model("grok-3")
        .prompt("Once upon a time").n(2).build());

    SpanData span = Recorded.span(otel);
    assertEquals("text_completion grok-3", span.getName());
    assertEquals(2L, span.getAttributes().get(GenAi.REQUEST_CHOICE_COUNT));
    assertEquals(2, span.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS).size());
    assertEquals(r.usage().orElseThrow().promptTokens(),
        span.getAttributes().get(GenAi.USAGE_INPUT_TOKENS).intValue());
  }

  @Test
  void embeddingsHaveInputTokensOnly() {
    XaiClient client = clients.client();

    EmbeddingResponse r = client.embeddings().create(EmbeddingRequest.builder()
        .model("grok-embed-1").input(List.of("first text", "second text")).build());

    SpanData span = Recorded.span(otel);
    assertEquals("embeddings grok-embed-1", span.getName());
    assertEquals(r.usage().orElseThrow().promptTokens(),
        span.getAttributes().get(GenAi.USAGE_INPUT_TOKENS).intValue());
    assertNull(span.getAttributes().get(GenAi.USAGE_OUTPUT_TOKENS));
    assertEquals(r.model(), span.getAttributes().get(GenAi.RESPONSE_MODEL));
  }

  @Test
  void imageGenerationIsGenerateContentWithItsCost() {
    XaiClient client = clients.client();

    GeneratedImageResponse r = client.images().generate(GenerateImageRequest.builder()
        .model("grok-2-image-1212").prompt("A lighthouse at dusk").n(2).build());

    SpanData span = Recorded.span(otel);
    Attributes a = span.getAttributes();
    assertEquals("generate_content grok-2-image-1212", span.getName());
    assertEquals("image", a.get(GenAi.OUTPUT_TYPE));
    assertEquals(2L, a.get(GenAi.REQUEST_CHOICE_COUNT));
    long cost = a.get(GenAi.XAI_USAGE_COST_IN_USD_TICKS);
    assertTrue(cost > 0);
    assertEquals(r.usage().orElseThrow().costInUsdTicks(), cost);
    assertNull(a.get(GenAi.USAGE_INPUT_TOKENS));
  }
}
