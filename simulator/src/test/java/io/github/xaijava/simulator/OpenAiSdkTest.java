package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.models.Model;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OpenAI's official Java SDK, unchanged, pointed at {@code baseUrl() + "/v1"}. */
class OpenAiSdkTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private OpenAIClient client;

  @BeforeEach
  void setUp() {
    client = OpenAIOkHttpClient.builder().baseUrl(xai.baseUrl() + "/v1").apiKey(xai.apiKey()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ChatCompletionCreateParams.Builder params(String model) {
    return ChatCompletionCreateParams.builder().model(model).addSystemMessage("Be brief").addUserMessage("Hello there");
  }

  @Test
  void chatCreate() {
    ChatCompletion c = client.chat().completions().create(params("grok-4-fast").build());
    assertEquals("grok-4-fast-reasoning", c.model());
    assertEquals("Simulated answer to: Hello there", c.choices().get(0).message().content().orElseThrow());
    assertEquals(ChatCompletion.Choice.FinishReason.STOP, c.choices().get(0).finishReason());
    long total = c.usage().orElseThrow().totalTokens();
    assertTrue(total > c.usage().orElseThrow().promptTokens());
    assertEquals("Hello there", com.google.gson.JsonParser.parseString(xai.lastRequest().bodyText())
        .getAsJsonObject().getAsJsonArray("messages").get(1).getAsJsonObject().get("content").getAsString());
  }

  @Test
  void chatStreamingWithIncludeUsage() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params("grok-3-mini")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
      stream.stream().forEach(acc::accumulate);
    }
    ChatCompletion c = acc.chatCompletion();
    assertEquals("Simulated answer to: Hello there", c.choices().get(0).message().content().orElseThrow());
    assertTrue(c.usage().isPresent(), "the usage chunk arrived");
  }

  @Test
  void modelsList() {
    List<String> ids = client.models().list().data().stream().map(Model::id).collect(Collectors.toList());
    assertTrue(ids.contains("grok-4-0709") && ids.contains("grok-3-mini"), ids.toString());
  }

  @Test
  void errorStatusesBecomeTheSdksExceptions() {
    NotFoundException notFound = assertThrows(NotFoundException.class,
        () -> client.chat().completions().create(params("grok-9").build()));
    assertEquals(404, notFound.statusCode());
    OpenAIClient wrongKey = OpenAIOkHttpClient.builder().baseUrl(xai.baseUrl() + "/v1").apiKey("xai-wrong").build();
    try {
      assertThrows(BadRequestException.class, () -> wrongKey.models().list());
    } finally {
      wrongKey.close();
    }
  }

  @Test
  void sdkRetriesAnInjectedRateLimit() {
    xai.faults().next(1).rateLimited(Duration.ofMillis(10));
    ChatCompletion c = client.chat().completions().create(params("grok-3").build());
    assertEquals("chat.completion", c._object_().toString().replace("\"", ""));
    assertEquals(2, xai.requests().size(), "one 429, then the retry");
  }
}
