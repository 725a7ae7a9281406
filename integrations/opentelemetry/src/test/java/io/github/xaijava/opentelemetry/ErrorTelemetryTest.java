package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failed calls: an HTTP error is {@code error.type} = its status, a failure without an answer is
 * the exception's class; the span's status is ERROR and the duration metric carries the type.
 */
class ErrorTelemetryTest {

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final TracedClients clients = new TracedClients(otel, xai);

  private XaiClient noRetries() {
    return clients.client(clients.telemetry(), o -> o.maxRetries(0));
  }

  private static ChatRequest ask() {
    return ChatRequest.builder().model("grok-3").addUserMessage("Hello").build();
  }

  @Test
  void aRateLimitedCallIsAnErrorOfType429() {
    XaiClient client = noRetries();
    xai.faults().next(1).rateLimited();

    assertThrows(RateLimitException.class, () -> client.chat().create(ask()));

    SpanData span = Recorded.span(otel);
    assertEquals("chat grok-3", span.getName());
    assertEquals("429", span.getAttributes().get(GenAi.ERROR_TYPE));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    List<HistogramPointData> duration =
        Recorded.histogram(otel, "gen_ai.client.operation.duration");
    assertEquals(1, duration.size());
    assertEquals("429", duration.get(0).getAttributes().get(GenAi.ERROR_TYPE));
    assertTrue(otel.getMetrics().stream()
        .noneMatch(m -> m.getName().equals("gen_ai.client.token.usage")), "no usage, no tokens");
  }

  @Test
  void aServerErrorIsAnErrorOfType500() {
    XaiClient client = noRetries();
    xai.faults().next(1).serverError(500);

    assertThrows(InternalServerException.class, () -> client.chat().create(ask()));

    SpanData span = Recorded.span(otel);
    assertEquals("500", span.getAttributes().get(GenAi.ERROR_TYPE));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
  }

  @Test
  void aDroppedConnectionIsAnErrorOfTheExceptionsClass() {
    XaiClient client = noRetries();
    xai.faults().next(1).dropConnection();

    assertThrows(XaiIoException.class, () -> client.chat().create(ask()));

    SpanData span = Recorded.span(otel);
    String type = span.getAttributes().get(GenAi.ERROR_TYPE);
    assertTrue(type.startsWith("java.") && type.endsWith("Exception"), type);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertFalse(span.getEvents().isEmpty(), "the exception is recorded as an event");
    assertEquals("exception", span.getEvents().get(0).getName());
    assertNull(span.getAttributes().get(GenAi.RESPONSE_FINISH_REASONS), "nothing was generated");
  }

  @Test
  void anAsyncFailureEndsItsSpanToo() {
    XaiClient client = noRetries();
    xai.faults().next(1).serverError(503);

    assertThrows(Exception.class, () -> client.async().chat().create(ask()).join());

    assertEquals("503", Recorded.span(otel).getAttributes().get(GenAi.ERROR_TYPE));
  }
}
