package io.github.xaijava.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import io.github.xaijava.XaiClient;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The module as LangChain4j's users call it, against the simulator: AI services for a chat, a
 * tool round trip (the framework runs the tool, not the model) and a structured answer; a
 * streamed answer through a TokenStream; xAI's own parameters surviving overrides; usage and
 * finish reasons; errors as LangChain4j's exception types.
 */
class XaiLangChain4jTest {

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

  interface Assistant {
    String chat(String message);
  }

  interface Extractor {
    Capital extract(String text);
  }

  interface StreamingAssistant {
    TokenStream chat(String message);
  }

  record Capital(String country, String city) {
  }

  static final class WeatherTools {
    final AtomicInteger calls = new AtomicInteger();

    @Tool("The current weather in a city")
    String weather(@P("the city") String city) {
      calls.incrementAndGet();
      return "18 °C and sunny in " + city;
    }
  }

  private XaiChatModel model() {
    return XaiChatModel.builder().client(client).modelName("grok-4").build();
  }

  private static List<JsonObject> chatBodies(XaiSimulator sim) {
    List<JsonObject> bodies = new ArrayList<>();
    for (RecordedRequest r : sim.requests()) {
      if (r.path().equals("/v1/chat/completions")) {
        bodies.add(JsonParser.parseString(r.bodyText()).getAsJsonObject());
      }
    }
    return bodies;
  }

  @Test
  void anAiServiceChats(XaiSimulator sim) {
    Assistant assistant = AiServices.create(Assistant.class, model());
    String answer = assistant.chat("What is Grok?");
    assertTrue(answer.contains("What is Grok?"), answer);
    JsonObject sent = chatBodies(sim).get(0);
    assertEquals("grok-4", sent.get("model").getAsString());
    assertEquals("user", sent.getAsJsonArray("messages").get(0).getAsJsonObject()
        .get("role").getAsString());
  }

  @Test
  void toolsAreRunByTheFrameworkAndTheirResultsSentBack(XaiSimulator sim) {
    WeatherTools tools = new WeatherTools();
    Assistant assistant = AiServices.builder(Assistant.class).chatModel(model()).tools(tools)
        .build();
    String answer = assistant.chat("What's the weather in Rome?");
    assertEquals(1, tools.calls.get(), "the framework ran the tool once");
    assertFalse(answer.isEmpty());
    List<JsonObject> sent = chatBodies(sim);
    assertEquals(2, sent.size(), "the question, then the tool's result");
    assertEquals("weather", sent.get(0).getAsJsonArray("tools").get(0).getAsJsonObject()
        .getAsJsonObject("function").get("name").getAsString());
    String second = sent.get(1).getAsJsonArray("messages").toString();
    assertTrue(second.contains("\"role\":\"tool\"") && second.contains("18 °C and sunny in"),
        second);
    XaiTokenUsage sum = new XaiTokenUsage(1, 2, 3, 1, 1, 10L)
        .add(new XaiTokenUsage(4, 5, 9, 2, null, 5L));
    assertEquals(new XaiTokenUsage(5, 7, 12, 3, 1, 15L), sum, "a tool loop's usage adds up");
  }

  @Test
  void aStructuredAnswerIsAskedForByJsonSchema(XaiSimulator sim) {
    Extractor extractor = AiServices.create(Extractor.class, model());
    Capital capital = extractor.extract("Paris is the capital of France.");
    assertNotNull(capital);
    assertNotNull(capital.city());
    JsonObject format = chatBodies(sim).get(0).getAsJsonObject("response_format");
    assertEquals("json_schema", format.get("type").getAsString());
    assertTrue(format.toString().contains("\"city\""), format.toString());
  }

  @Test
  void aStreamArrivesInOrderOnOneThreadThatIsNotTheCallers() throws Exception {
    XaiStreamingChatModel model = XaiStreamingChatModel.builder().client(client)
        .modelName("grok-4").build();
    StreamingAssistant assistant = AiServices.create(StreamingAssistant.class, model);
    StringBuilder partials = new StringBuilder();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    assistant.chat("Tell me about Grok.")
        .onPartialResponse(text -> {
          threads.add(Thread.currentThread());
          partials.append(text);
        })
        .onCompleteResponse(response -> {
          threads.add(Thread.currentThread());
          done.complete(response);
        })
        .onError(done::completeExceptionally)
        .start();
    ChatResponse response = done.get(30, TimeUnit.SECONDS);
    assertEquals(response.aiMessage().text(), partials.toString(), "the parts make the whole");
    assertEquals(1, threads.size(), "one thread");
    assertNotEquals(Thread.currentThread(), threads.iterator().next(), "not the caller's");
    assertEquals(FinishReason.STOP, response.finishReason());
  }

  @Test
  void aStreamedToolCallIsCompleteBeforeTheResponse() throws Exception {
    XaiStreamingChatModel model = XaiStreamingChatModel.builder().client(client)
        .modelName("grok-4").build();
    ChatRequest request = ChatRequest.builder()
        .messages(UserMessage.from("What's the weather in Oslo?"))
        .parameters(DefaultChatRequestParameters.builder().toolSpecifications(
            dev.langchain4j.agent.tool.ToolSpecifications.toolSpecificationsFrom(WeatherTools.class))
            .build())
        .build();
    List<String> order = new ArrayList<>();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    model.chat(request, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partialResponse) {
        order.add("partial");
      }

      @Override
      public void onCompleteToolCall(CompleteToolCall call) {
        order.add("tool " + call.toolExecutionRequest().name());
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        order.add("complete");
        done.complete(response);
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    ChatResponse response = done.get(30, TimeUnit.SECONDS);
    assertEquals(FinishReason.TOOL_EXECUTION, response.finishReason());
    assertEquals("complete", order.get(order.size() - 1));
    assertTrue(order.contains("tool weather"), order.toString());
  }

  @Test
  void xaisOwnParametersSurviveOverridingAndUsageIsXais(XaiSimulator sim) {
    XaiChatModel model = XaiChatModel.builder().client(client).modelName("grok-3-mini")
        .defaultRequestParameters(XaiChatRequestParameters.builder().reasoningEffort("low")
            .user("user-42").build())
        .build();
    ChatResponse response = model.chat(ChatRequest.builder()
        .messages(UserMessage.from("Hi"))
        .parameters(DefaultChatRequestParameters.builder().temperature(0.2).build())
        .build());
    JsonObject sent = chatBodies(sim).get(0);
    assertEquals("low", sent.get("reasoning_effort").getAsString(), "the default kept");
    assertEquals("user-42", sent.get("user").getAsString());
    assertEquals(0.2, sent.get("temperature").getAsDouble(), "the request's own");
    assertEquals("grok-3-mini", sent.get("model").getAsString());
    XaiChatResponseMetadata metadata = assertInstanceOf(XaiChatResponseMetadata.class,
        response.metadata());
    XaiTokenUsage usage = metadata.tokenUsage();
    assertTrue(usage.inputTokenCount() > 0);
    assertNotNull(usage.reasoningTokenCount());
    assertNotNull(usage.cachedInputTokenCount());
    assertEquals(FinishReason.STOP, response.finishReason());
    XaiChatRequestParameters merged = ((XaiChatRequestParameters) model.defaultRequestParameters())
        .overrideWith(DefaultChatRequestParameters.builder().maxOutputTokens(10).build());
    assertEquals("low", merged.reasoningEffort());
    assertEquals(10, merged.maxOutputTokens());
  }

  @Test
  void errorsAreLangChain4jsTypes(XaiSimulator sim) {
    try (XaiChatModel wrongKey = XaiChatModel.builder()
        .clientOptions(o -> o.apiKey("xai-wrong-0000").baseUrl(sim.baseUrl()).maxRetries(0))
        .modelName("grok-4").build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> wrongKey.chat("Hi"));
      assertInstanceOf(io.github.xaijava.errors.AuthenticationException.class, e.getCause());
    }
    sim.faults().next(1).rateLimited();
    assertThrows(RateLimitException.class, () -> model().chat("Hi"));
  }
}
