package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.NotFoundException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Anthropic's official Java SDK, unchanged, pointed at {@code baseUrl()}. */
class AnthropicSdkTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private AnthropicClient client;

  @BeforeEach
  void setUp() {
    client = AnthropicOkHttpClient.builder().baseUrl(xai.baseUrl()).apiKey(xai.apiKey()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MessageCreateParams params(String model) {
    return MessageCreateParams.builder().model(model).maxTokens(200).addUserMessage("Hello there").build();
  }

  @Test
  void messagesCreate() {
    Message m = client.messages().create(params("grok-3"));
    assertEquals("Simulated answer to: Hello there", m.content().get(0).text().orElseThrow().text());
    assertEquals(StopReason.END_TURN, m.stopReason().orElseThrow());
    assertTrue(m.usage().outputTokens() > 0);
    RecordedRequest sent = xai.lastRequest();
    // 3.14.0 sends the key as a bearer token; other versions send x-api-key: the simulator takes both here.
    String key = sent.header("x-api-key") != null ? sent.header("x-api-key") : sent.header("authorization").substring(7);
    assertEquals(xai.apiKey(), key);
    assertTrue(sent.header("anthropic-version") != null);
  }

  @Test
  void messagesStreaming() {
    MessageAccumulator acc = MessageAccumulator.create();
    try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params("grok-3-mini"))) {
      stream.stream().forEach(acc::accumulate);
    }
    Message m = acc.message();
    assertTrue(m.content().get(0).isThinking(), "reasoning arrives as a thinking block");
    ContentBlock text = m.content().get(1);
    assertEquals("Simulated answer to: Hello there", text.text().orElseThrow().text());
    assertEquals(StopReason.END_TURN, m.stopReason().orElseThrow());
  }

  @Test
  void errorStatusSurfacesAsTheSdksException() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.messages().create(params("grok-9")));
    assertEquals(404, e.statusCode());
  }
}
