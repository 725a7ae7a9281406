package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's OpenTelemetry block, verbatim, against the simulator and an in-memory SDK. */
class ReadmeOpenTelemetryTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void oneSpanPerCall(XaiSimulator sim) {
    System.setProperty("xai.apiKey", sim.apiKey());
    System.setProperty("xai.baseUrl", sim.baseUrl());
    OpenTelemetry openTelemetry = otel.getOpenTelemetry();
    ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    try {
      XaiTelemetry telemetry = XaiTelemetry.create(openTelemetry);       // your SDK or the agent's
      try (XaiClient traced = XaiClient.create(o -> telemetry.configure(o.fromEnv()))) {
        traced.chat().create(request);
      }
    } finally {
      System.clearProperty("xai.apiKey");
      System.clearProperty("xai.baseUrl");
    }
    List<SpanData> spans = otel.getSpans();
    assertEquals(1, spans.size());
    assertEquals("chat grok-4", spans.get(0).getName());
    assertEquals("x_ai", spans.get(0).getAttributes().get(
        io.opentelemetry.api.common.AttributeKey.stringKey("gen_ai.provider.name")));
  }
}
