package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CompleteResponse;
import io.github.xaijava.generated.model.MessageBody;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.MessageAccumulator;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.MessageStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.Received;
import io.github.xaijava.testsupport.SimulatedClients;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Anthropic-compatible Messages API (plain and streamed) and the legacy completions
 * ({@code /v1/completions}, {@code /v1/complete}) through the client against the simulator,
 * blocking and through {@code client.async()}.
 */
class MessagesAndCompletionsEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static MessageRequest message(String text) {
    return MessageRequest.builder()
        .model("grok-4")
        .maxTokens(256)
        .system("You are terse.")
        .addMessage(MessageBody.builder().role("user").content(text).build())
        .build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void messageAnswersInAnthropicsShape(Both mode) {
    XaiClient client = clients.client();
    MessageRequest request = message("Hello, Grok");

    MessageResponse r = mode.call(() -> client.messages().create(request),
        () -> client.async().messages().create(request));

    assertEquals("Simulated answer to: Hello, Grok", r.text());
    assertEquals("message", r.type());
    assertEquals("assistant", r.role());
    assertEquals("end_turn", r.stopReason().orElseThrow());
    assertTrue(r.usage().inputTokens() > 0 && r.usage().outputTokens() > 0, r.usage().toString());
    // The client sends its key as a Bearer token on every path, /v1/messages included.
    assertEquals("Bearer " + xai.apiKey(), xai.lastRequest().header("Authorization"));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void messageStreamRunsFromStartToStopAndAccumulates(Both mode) {
    XaiClient client = clients.client();
    MessageRequest request = message("Stream a greeting");
    List<MessageEvent> events = new ArrayList<>();
    MessageResponse whole;
    if (mode == Both.SYNC) {
      try (MessageStream stream = client.messages().stream(request)) {
        stream.forEach(events::add);
        whole = stream.accumulated().orElseThrow();
      }
    } else {
      events.addAll(Received.async(
          (StreamHandler<MessageEvent> h) -> client.async().messages().stream(request, h))
          .completed());
      MessageAccumulator folded = new MessageAccumulator();
      events.forEach(folded::accept);
      whole = folded.result().orElseThrow();
    }

    assertInstanceOf(MessageEvent.MessageStart.class, events.get(0));
    assertInstanceOf(MessageEvent.MessageStop.class, events.get(events.size() - 1));
    String text = events.stream()
        .filter(e -> e instanceof MessageEvent.ContentBlockDelta d && d.deltaType().equals("text_delta"))
        .map(e -> ((MessageEvent.ContentBlockDelta) e).fragment())
        .collect(Collectors.joining());
    assertEquals("Simulated answer to: Stream a greeting", text);
    assertEquals(text, whole.text());
    assertEquals("end_turn", whole.stopReason().orElseThrow());
    assertTrue(events.stream().noneMatch(e -> e instanceof MessageEvent.Unknown));
    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertTrue(sent.get("stream").getAsBoolean());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void legacyCompletionAnswersEachPromptAndChoice(Both mode) {
    XaiClient client = clients.client();
    SampleRequest request = SampleRequest.builder().model("grok-3").prompt("Once upon a time").n(2).build();

    SampleResponse r = mode.call(() -> client.completions().create(request),
        () -> client.async().completions().create(request));

    assertEquals("text_completion", r.object());
    assertEquals(2, r.choices().size());
    assertEquals(" Simulated answer to: Once upon a time", r.choices().get(0).text());
    assertEquals(" Simulated answer #2 to: Once upon a time", r.choices().get(1).text());
    assertTrue(r.usage().orElseThrow().completionTokens() > 0);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void anthropicLegacyCompleteAnswersTheLastHumanTurn(Both mode) {
    XaiClient client = clients.client();
    CompleteRequest request = CompleteRequest.builder()
        .model("grok-3")
        .prompt("\n\nHuman: Why is the sky blue?\n\nAssistant:")
        .maxTokensToSample(200)
        .build();

    CompleteResponse r = mode.call(() -> client.completions().complete(request),
        () -> client.async().completions().complete(request));

    assertEquals("completion", r.type());
    assertEquals(" Simulated answer to: Why is the sky blue?", r.completion());
    assertEquals("stop_sequence", r.stopReason().orElseThrow());
    assertEquals("/v1/complete", xai.lastRequest().path());
  }
}
