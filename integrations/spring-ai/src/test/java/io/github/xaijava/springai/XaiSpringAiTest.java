package io.github.xaijava.springai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.ScriptedAnswer;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The module as Spring AI's users call it, against the simulator: ChatClient calls and streams, a
 * tool round trip run by ChatClient's ToolCallingAdvisor (never by the model), native structured
 * output, default and per-call options reaching the request, xAI's metadata kept, observations,
 * and xai-java's errors.
 */
class XaiSpringAiTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private XaiClient client;

  @BeforeEach
  void start(XaiSimulator sim) {
    client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()).maxRetries(0));
  }

  @AfterEach
  void stop() {
    client.close();
  }

  record Capital(String country, String city) {
  }

  static final class WeatherTools {
    final AtomicInteger calls = new AtomicInteger();

    @Tool(description = "The current weather in a city")
    String weather(@ToolParam(description = "the city") String city) {
      calls.incrementAndGet();
      return "18 degrees and sunny in " + city;
    }
  }

  private XaiChatModel model() {
    return XaiChatModel.builder().client(client).build();
  }

  private static List<JsonObject> chatBodies(XaiSimulator sim) {
    List<JsonObject> bodies = new ArrayList<>();
    for (RecordedRequest r : sim.requests()) {
      if (r.method().equals("POST") && r.path().equals("/v1/chat/completions")) {
        bodies.add(JsonParser.parseString(r.bodyText()).getAsJsonObject());
      }
    }
    return bodies;
  }

  @Test
  void aChatClientCalls(XaiSimulator sim) {
    String answer = ChatClient.create(model()).prompt()
        .system("You are terse.")
        .user("What is Grok?")
        .call().content();
    assertNotNull(answer);
    assertTrue(answer.contains("What is Grok?"), answer);
    JsonObject sent = chatBodies(sim).get(0);
    assertEquals(XaiChatModel.DEFAULT_MODEL, sent.get("model").getAsString());
    assertEquals("system", sent.getAsJsonArray("messages").get(0).getAsJsonObject()
        .get("role").getAsString());
    assertEquals("user", sent.getAsJsonArray("messages").get(1).getAsJsonObject()
        .get("role").getAsString());
  }

  @Test
  void aChatClientStreams(XaiSimulator sim) {
    ChatClient chat = ChatClient.create(model());
    String whole = chat.prompt().user("Tell me about Grok.").call().content();
    List<String> parts = chat.prompt().user("Tell me about Grok.").stream().content()
        .collectList().block(Duration.ofSeconds(30));
    assertNotNull(parts);
    assertTrue(parts.size() > 1, "several parts: " + parts);
    assertEquals(whole, String.join("", parts), "the parts make the same answer as a call");
    assertTrue(chatBodies(sim).get(1).get("stream").getAsBoolean());
  }

  @Test
  void toolsAreRunByChatClientAndTheirResultsSentBack(XaiSimulator sim) {
    WeatherTools tools = new WeatherTools();
    String answer = ChatClient.create(model()).prompt()
        .user("What's the weather in Rome?")
        .tools(tools)
        .call().content();
    assertEquals(1, tools.calls.get(), "ChatClient ran the tool once");
    assertNotNull(answer);
    assertFalse(answer.isEmpty());
    List<JsonObject> sent = chatBodies(sim);
    assertEquals(2, sent.size(), "the question, then the tool's result");
    JsonObject function = sent.get(0).getAsJsonArray("tools").get(0).getAsJsonObject()
        .getAsJsonObject("function");
    assertEquals("weather", function.get("name").getAsString());
    assertTrue(function.getAsJsonObject("parameters").toString().contains("city"),
        function.toString());
    String second = sent.get(1).getAsJsonArray("messages").toString();
    assertTrue(second.contains("\"role\":\"tool\"")
        && second.contains("18 degrees and sunny in"), second);
    assertTrue(second.contains("\"tool_calls\""), "the assistant's call is sent back: " + second);
  }

  @Test
  void aStreamedToolRoundTripEndsInTheAnswer(XaiSimulator sim) {
    WeatherTools tools = new WeatherTools();
    List<String> parts = ChatClient.create(model()).prompt()
        .user("What's the weather in Oslo?")
        .tools(tools)
        .stream().content()
        .collectList().block(Duration.ofSeconds(30));
    assertEquals(1, tools.calls.get());
    assertNotNull(parts);
    assertFalse(String.join("", parts).isEmpty());
    List<JsonObject> sent = chatBodies(sim);
    assertEquals(2, sent.size());
    assertTrue(sent.get(1).getAsJsonArray("messages").toString().contains("sunny in"));
  }

  @Test
  void theModelReturnsToolCallsWithoutRunningThem(XaiSimulator sim) {
    WeatherTools tools = new WeatherTools();
    ChatResponse response = model().call(new Prompt("What's the weather in Rome?",
        XaiChatOptions.builder().toolCallbacks(ToolCallbacks.from(tools)).build()));
    assertEquals(0, tools.calls.get(), "the model ran nothing");
    assertTrue(response.hasToolCalls());
    AssistantMessage.ToolCall call = response.getResult().getOutput().getToolCalls().get(0);
    assertEquals("weather", call.name());
    assertEquals("function", call.type());
    assertTrue(call.arguments().contains("city"), call.arguments());
    assertEquals("tool_calls", response.getResult().getMetadata().getFinishReason());
    assertEquals(1, chatBodies(sim).size());
  }

  @Test
  void aStructuredAnswerIsAskedForByJsonSchema(XaiSimulator sim) {
    Capital capital = ChatClient.create(model()).prompt()
        .user("Paris is the capital of France.")
        .call().entity(Capital.class, spec -> spec.useProviderStructuredOutput());
    assertNotNull(capital);
    assertNotNull(capital.city());
    JsonObject sent = chatBodies(sim).get(0);
    JsonObject format = sent.getAsJsonObject("response_format");
    assertEquals("json_schema", format.get("type").getAsString());
    assertTrue(format.getAsJsonObject("json_schema").getAsJsonObject("schema").toString()
        .contains("\"city\""), format.toString());
  }

  @Test
  void defaultsAndPerCallOptionsMerge(XaiSimulator sim) {
    XaiChatModel model = XaiChatModel.builder().client(client)
        .options(XaiChatOptions.builder().model("grok-3-mini").reasoningEffort("low")
            .user("user-42").temperature(0.5).stopSequences(List.of("END")).build())
        .build();
    ChatClient.create(model).prompt().user("Hi")
        .options(XaiChatOptions.builder().temperature(0.2).seed(7).maxTokens(300))
        .call().content();
    JsonObject sent = chatBodies(sim).get(0);
    assertEquals("grok-3-mini", sent.get("model").getAsString());
    assertEquals("low", sent.get("reasoning_effort").getAsString(), "the default kept");
    assertEquals("user-42", sent.get("user").getAsString());
    assertEquals(0.2, sent.get("temperature").getAsDouble(), "the call's own wins");
    assertEquals(7, sent.get("seed").getAsInt());
    assertEquals(300, sent.get("max_completion_tokens").getAsInt());
    assertEquals("END", sent.getAsJsonArray("stop").get(0).getAsString());

    // Spring AI's portable options on a raw call are laid over the model's defaults.
    model.call(new Prompt("Hi", ChatOptions.builder().maxTokens(50).build()));
    JsonObject portable = chatBodies(sim).get(1);
    assertEquals(50, portable.get("max_completion_tokens").getAsInt());
    assertEquals("low", portable.get("reasoning_effort").getAsString());
    assertEquals("grok-3-mini", portable.get("model").getAsString());

    // xAI options without a model take the default model.
    model.call(new Prompt("Hi", XaiChatOptions.builder().seed(1).build()));
    JsonObject own = chatBodies(sim).get(2);
    assertEquals("grok-3-mini", own.get("model").getAsString());
    assertFalse(own.has("reasoning_effort"), "xAI options are used as they are");
  }

  @Test
  void reasoningUsageAndCostAreKept(XaiSimulator sim) {
    XaiChatModel model = XaiChatModel.builder().client(client)
        .options(XaiChatOptions.builder().model("grok-3-mini").build()).build();
    ChatResponse response = ChatClient.create(model).prompt().user("Why is the sky blue?")
        .call().chatResponse();
    assertNotNull(response);
    AssistantMessage message = response.getResult().getOutput();
    Object reasoning = message.getMetadata().get(XaiChatModel.REASONING_CONTENT);
    assertInstanceOf(String.class, reasoning);
    assertFalse(((String) reasoning).isEmpty());
    assertEquals("stop", response.getResult().getMetadata().getFinishReason());
    DefaultUsage usage = assertInstanceOf(DefaultUsage.class, response.getMetadata().getUsage());
    assertTrue(usage.getPromptTokens() > 0);
    assertNotNull(usage.getCacheReadInputTokens());
    io.github.xaijava.generated.model.Usage nativeUsage = assertInstanceOf(
        io.github.xaijava.generated.model.Usage.class, usage.getNativeUsage());
    assertEquals(usage.getCompletionTokens(), nativeUsage.completionTokens());
    int reasoningTokens = response.getMetadata().get(XaiChatModel.REASONING_TOKENS);
    assertTrue(reasoningTokens > 0, "grok-3-mini reasons");
    long cost = response.getMetadata().get(XaiChatModel.COST_IN_USD_TICKS);
    assertTrue(cost > 0);
  }

  @Test
  void aStreamCarriesReasoningPiecesThenTheWholeAnswersMetadata() {
    XaiChatModel model = XaiChatModel.builder().client(client)
        .options(XaiChatOptions.builder().model("grok-3-mini").build()).build();
    List<ChatResponse> responses = model.stream(new Prompt("Why is the sky blue?"))
        .collectList().block(Duration.ofSeconds(30));
    assertNotNull(responses);
    StringBuilder reasoning = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (ChatResponse r : responses.subList(0, responses.size() - 1)) {
      Object piece = r.getResult().getOutput().getMetadata().get(XaiChatModel.REASONING_CONTENT);
      if (piece != null) {
        reasoning.append(piece);
      }
      text.append(r.getResult().getOutput().getText());
    }
    ChatResponse last = responses.get(responses.size() - 1);
    assertEquals("", last.getResult().getOutput().getText(), "the text came in the pieces");
    assertFalse(text.isEmpty());
    assertEquals(reasoning.toString(),
        last.getResult().getOutput().getMetadata().get(XaiChatModel.REASONING_CONTENT));
    assertEquals("stop", last.getResult().getMetadata().getFinishReason());
    assertTrue(last.getMetadata().getUsage().getPromptTokens() > 0);
  }

  @Test
  void citationsAreKept(XaiSimulator sim) {
    sim.script().onPath("/v1/chat/completions").enqueue(ScriptedAnswer.json("""
        {"id":"c-1","object":"chat.completion","created":1,"model":"grok-4-0709",
         "choices":[{"index":0,"finish_reason":"stop",
           "message":{"role":"assistant","content":"It is sunny.",
                      "reasoning_content":"Looked it up."}}],
         "citations":["https://example.com/weather","https://example.org/rome"],
         "usage":{"prompt_tokens":10,"completion_tokens":4,"total_tokens":14,
                  "prompt_tokens_details":{"cached_tokens":6},
                  "completion_tokens_details":{"reasoning_tokens":3},
                  "cost_in_usd_ticks":12345}}"""));
    ChatResponse response = ChatClient.create(model()).prompt().user("Weather in Rome?")
        .call().chatResponse();
    assertNotNull(response);
    List<String> citations = response.getMetadata().get(XaiChatModel.CITATIONS);
    assertEquals(List.of("https://example.com/weather", "https://example.org/rome"), citations);
    assertEquals("Looked it up.",
        response.getResult().getOutput().getMetadata().get(XaiChatModel.REASONING_CONTENT));
    assertEquals(6L, response.getMetadata().getUsage().getCacheReadInputTokens());
    assertEquals(12345L, (long) response.getMetadata().get(XaiChatModel.COST_IN_USD_TICKS));
    assertEquals(3, (int) response.getMetadata().get(XaiChatModel.REASONING_TOKENS));
  }

  @Test
  void callsAndStreamsAreObserved() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    XaiChatModel model = XaiChatModel.builder().client(client).observationRegistry(registry)
        .build();
    model.call(new Prompt("Hi"));
    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo("gen_ai.client.operation")
        .that()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasContextualNameEqualTo("chat " + XaiChatModel.DEFAULT_MODEL)
        .hasLowCardinalityKeyValue("gen_ai.system", XaiChatModel.PROVIDER)
        .hasLowCardinalityKeyValue("gen_ai.request.model", XaiChatModel.DEFAULT_MODEL)
        .hasLowCardinalityKeyValue("gen_ai.response.model", "grok-4-0709")
        .hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "[\"stop\"]");
    registry.clear();
    model.stream(new Prompt("Hi")).blockLast(Duration.ofSeconds(30));
    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo("gen_ai.client.operation")
        .that()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("gen_ai.response.model", "grok-4-0709");
  }

  @Test
  void errorsAreXaiJavasTypes(XaiSimulator sim) {
    try (XaiClient wrongKey = XaiClient.create(o -> o.apiKey("xai-wrong-0000")
        .baseUrl(sim.baseUrl()).maxRetries(0))) {
      ChatClient chat = ChatClient.create(XaiChatModel.builder().client(wrongKey).build());
      assertThrows(AuthenticationException.class, () -> chat.prompt().user("Hi").call().content());
      assertThrows(AuthenticationException.class,
          () -> chat.prompt().user("Hi").stream().content().blockLast(Duration.ofSeconds(30)));
    }
    sim.faults().next(1).rateLimited();
    assertThrows(RateLimitException.class, () -> model().call("Hi"));
  }
}
