package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.MessageBody;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatStream;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Content capture (off unless asked, then in the conventions' message shapes), trace context
 * propagation (off unless asked), and the API key, which no attribute, event or metric carries in
 * any setting.
 */
class ContentTelemetryTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final TracedClients clients = new TracedClients(otel, xai);

  private static final ChatRequest QUESTION = ChatRequest.builder()
      .model("grok-3")
      .addSystemMessage("Be brief.")
      .addUserMessage("What is the capital of France?")
      .build();

  private XaiClient capturing() {
    return clients.client(XaiTelemetry.builder(otel.getOpenTelemetry())
        .captureMessageContent(true).build(), o -> { });
  }

  @Test
  void contentIsNotCapturedByDefault() {
    clients.client().chat().create(QUESTION);

    Attributes a = Recorded.span(otel).getAttributes();
    assertNull(a.get(GenAi.INPUT_MESSAGES));
    assertNull(a.get(GenAi.OUTPUT_MESSAGES));
    assertNull(a.get(GenAi.SYSTEM_INSTRUCTIONS));
    a.forEach((key, value) -> assertFalse(String.valueOf(value).contains("capital of France"),
        key + " carries the prompt"));
  }

  @Test
  void chatContentIsCapturedInTheConventionsMessageShapesWhenAsked() {
    ChatResponse r = capturing().chat().create(QUESTION);

    Attributes a = Recorded.span(otel).getAttributes();
    assertEquals(JsonParser.parseString("[{\"role\":\"system\",\"parts\":[{\"type\":\"text\","
            + "\"content\":\"Be brief.\"}]},{\"role\":\"user\",\"parts\":[{\"type\":\"text\","
            + "\"content\":\"What is the capital of France?\"}]}]"),
        JsonParser.parseString(a.get(GenAi.INPUT_MESSAGES)));
    assertEquals(JsonParser.parseString("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\","
            + "\"content\":" + com.google.gson.JsonParser.parseString("\"" + r.text() + "\"")
            + "}],\"finish_reason\":\"stop\"}]"),
        JsonParser.parseString(a.get(GenAi.OUTPUT_MESSAGES)));
  }

  @Test
  void aStreamedAnswerIsCapturedWhole() {
    XaiClient client = capturing();
    String text;
    try (ChatStream stream = client.chat().stream(QUESTION)) {
      stream.forEach(chunk -> { });
      text = stream.accumulated().text();
    }

    String output = Recorded.span(otel).getAttributes().get(GenAi.OUTPUT_MESSAGES);
    com.google.gson.JsonObject message =
        JsonParser.parseString(output).getAsJsonArray().get(0).getAsJsonObject();
    assertEquals("stop", message.get("finish_reason").getAsString());
    assertEquals(text, message.getAsJsonArray("parts").get(0).getAsJsonObject()
        .get("content").getAsString());
  }

  @Test
  void responsesAndMessagesInstructionsAreCapturedApart() {
    XaiClient client = capturing();
    client.responses().create(ModelRequest.builder().model("grok-4")
        .instructions("Answer in French.").input("Hello").build());
    client.messages().create(MessageRequest.builder().model("grok-4").maxTokens(64)
        .system("You are terse.")
        .addMessage(MessageBody.builder().role("user").content("Hi").build()).build());

    List<SpanData> spans = Recorded.spans(otel, 2);
    Attributes responses = spans.get(0).getAttributes();
    assertEquals("[{\"type\":\"text\",\"content\":\"Answer in French.\"}]",
        responses.get(GenAi.SYSTEM_INSTRUCTIONS));
    assertEquals("[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Hello\"}]}]",
        responses.get(GenAi.INPUT_MESSAGES));
    assertTrue(responses.get(GenAi.OUTPUT_MESSAGES).contains("\"finish_reason\":\"stop\""),
        responses.get(GenAi.OUTPUT_MESSAGES));
    Attributes messages = spans.get(1).getAttributes();
    assertEquals("[{\"type\":\"text\",\"content\":\"You are terse.\"}]",
        messages.get(GenAi.SYSTEM_INSTRUCTIONS));
    assertEquals("[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Hi\"}]}]",
        messages.get(GenAi.INPUT_MESSAGES));
    assertNotNull(messages.get(GenAi.OUTPUT_MESSAGES));
  }

  @Test
  void traceContextIsNotSentToXaiByDefault() {
    clients.client().chat().create(QUESTION);

    assertNull(xai.lastRequest().header("traceparent"));
  }

  @Test
  void traceContextIsSentWhenAsked() {
    XaiClient client = clients.client(XaiTelemetry.builder(otel.getOpenTelemetry())
        .propagateTraceContext(true).build(), o -> { });

    client.chat().create(QUESTION);

    SpanData span = Recorded.span(otel);
    String traceparent = xai.lastRequest().header("traceparent");
    assertNotNull(traceparent);
    assertTrue(traceparent.contains(span.getTraceId() + "-" + span.getSpanId()), traceparent);
  }

  @Test
  void theApiKeyIsNeverRecorded() {
    XaiClient client = clients.client(XaiTelemetry.builder(otel.getOpenTelemetry())
        .captureMessageContent(true).propagateTraceContext(true).build(), o -> o.maxRetries(0));
    client.chat().create(QUESTION);
    try (ChatStream stream = client.chat().stream(QUESTION)) {
      stream.forEach(chunk -> { });
    }
    client.responses().create(ModelRequest.builder().model("grok-4").input("Hello").build());
    xai.faults().next(1).rateLimited();
    assertThrows(RateLimitException.class, () -> client.chat().create(QUESTION));

    List<String> recorded = new ArrayList<>();
    for (SpanData span : Recorded.spans(otel, 4)) {
      recorded.add(span.getName());
      recorded.add(span.getStatus().getDescription());
      span.getAttributes().forEach((k, v) -> recorded.add(k.getKey() + "=" + v));
      for (EventData event : span.getEvents()) {
        event.getAttributes().forEach((k, v) -> recorded.add(k.getKey() + "=" + v));
      }
    }
    for (MetricData metric : otel.getMetrics()) {
      metric.getHistogramData().getPoints().forEach(p -> p.getAttributes()
          .forEach((k, v) -> recorded.add(k.getKey() + "=" + v)));
    }
    assertTrue(recorded.size() > 40, "something was recorded: " + recorded.size());
    for (String value : recorded) {
      assertFalse(value.contains(XaiSimulator.DEFAULT_API_KEY), value);
      assertFalse(value.toLowerCase(java.util.Locale.ROOT).contains("authorization"), value);
      assertFalse(value.toLowerCase(java.util.Locale.ROOT).contains("bearer"), value);
    }
  }
}
