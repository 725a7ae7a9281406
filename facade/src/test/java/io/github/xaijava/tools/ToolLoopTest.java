package io.github.xaijava.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.ToolLoopLimitException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.WebSearchTool;
import io.github.xaijava.structured.Description;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tool loop against a loopback server, blocking and async, checked on the wire. */
class ToolLoopTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  @Description("Current weather for a city")
  record GetWeather(String city) {
  }

  record GetTime(String zone) {
  }

  record Explode(int times) {
  }

  /** Both calls of a round must run at once: each waits until the other has started. */
  private final CountDownLatch bothStarted = new CountDownLatch(2);
  private final List<String> handlerThreads = new CopyOnWriteArrayList<>();

  private Toolbox toolbox() {
    return Toolbox.builder()
        .add(GetWeather.class, w -> {
          meet();
          return "18 °C in " + w.city();
        })
        .add(GetTime.class, t -> {
          meet();
          return new Clock(t.zone(), "12:00");
        })
        .add(Explode.class, e -> {
          throw new IllegalStateException("boom x" + e.times());
        })
        .build();
  }

  record Clock(String zone, String time) {
  }

  private void meet() {
    handlerThreads.add(Thread.currentThread().getName());
    bothStarted.countDown();
    try {
      if (!bothStarted.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other call did not run in parallel");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String chatCalls(String... calls) {
    JsonArray toolCalls = new JsonArray();
    for (int i = 0; i < calls.length; i += 3) {
      JsonObject call = JsonParser.parseString("{\"type\":\"function\",\"function\":{}}")
          .getAsJsonObject();
      call.addProperty("id", calls[i]);
      call.getAsJsonObject("function").addProperty("name", calls[i + 1]);
      call.getAsJsonObject("function").addProperty("arguments", calls[i + 2]);
      toolCalls.add(call);
    }
    return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"grok-4\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
        + "\"tool_calls\":" + toolCalls + "},\"finish_reason\":\"tool_calls\"}]}";
  }

  private static String chatAnswer(String text) {
    return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"grok-4\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + text
        + "\"},\"finish_reason\":\"stop\"}]}";
  }

  private JsonObject sent() {
    return JsonParser.parseString(xai.take().getBody().readUtf8()).getAsJsonObject();
  }

  private static final ChatRequest ASK = ChatRequest.builder().model("grok-4")
      .addUserMessage("Weather and time in Rome?").build();

  @ParameterizedTest
  @EnumSource(Both.class)
  void chatRoundsRunCallsInParallelAndTurnFailuresIntoErrorResults(Both way) {
    xai.json(200, chatCalls("call_1", "get_weather", "{\"city\":\"Rome\"}",
            "call_2", "get_time", "{\"zone\":\"Europe/Rome\"}"))
        .json(200, chatCalls("call_3", "explode", "{\"times\":2}",
            "call_4", "get_weather", "{\"city\":5}",
            "call_5", "launch_rocket", "{}"))
        .json(200, chatAnswer("Sunny, 18 °C, noon."));
    List<Integer> hooked = new ArrayList<>();
    ToolLoopOptions<ChatResponse> options = ToolLoopOptions.<ChatResponse>builder()
        .onRound(round -> hooked.add(round.number() * 10 + round.results().size())).build();
    XaiClient client = xai.client();

    ToolLoopResult<ChatResponse, Message> result = way.call(
        () -> client.chat().runTools(ASK, toolbox(), options),
        () -> client.async().chat().runTools(ASK, toolbox(), options));

    assertEquals("Sunny, 18 °C, noon.", result.response().text());
    assertEquals(List.of(12, 23), hooked);
    assertEquals(2, result.rounds().size());
    // user, assistant(2 calls), 2 tool results, assistant(3 calls), 3 tool results, the answer
    assertEquals(9, result.conversation().size());
    assertTrue(handlerThreads.stream().allMatch(name -> name.startsWith("xai-tool-")),
        handlerThreads.toString());

    JsonObject first = sent();
    assertEquals(JsonParser.parseString("[{\"role\":\"user\",\"content\":\"Weather and time in Rome?\"}]"),
        first.get("messages"));
    JsonArray tools = first.getAsJsonArray("tools");
    assertEquals(3, tools.size());
    assertEquals(JsonParser.parseString("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            + "\"description\":\"Current weather for a city\",\"parameters\":{\"type\":\"object\","
            + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],"
            + "\"additionalProperties\":false}}}"),
        tools.get(0));

    JsonArray second = sent().getAsJsonArray("messages");
    assertEquals(4, second.size());
    assertEquals("assistant", second.get(1).getAsJsonObject().get("role").getAsString());
    assertEquals(2, second.get(1).getAsJsonObject().getAsJsonArray("tool_calls").size());
    assertEquals(JsonParser.parseString("{\"role\":\"tool\",\"content\":\"18 °C in Rome\","
        + "\"tool_call_id\":\"call_1\"}"), second.get(2));
    assertEquals(JsonParser.parseString("{\"zone\":\"Europe/Rome\",\"time\":\"12:00\"}"),
        JsonParser.parseString(second.get(3).getAsJsonObject().get("content").getAsString()));

    JsonArray third = sent().getAsJsonArray("messages");
    assertEquals(8, third.size());
    assertEquals("{\"error\":\"IllegalStateException: boom x2\"}",
        third.get(5).getAsJsonObject().get("content").getAsString());
    String misfit = third.get(6).getAsJsonObject().get("content").getAsString();
    assertTrue(misfit.startsWith("{\"error\":\"the arguments do not fit"), misfit);
    String unknown = third.get(7).getAsJsonObject().get("content").getAsString();
    assertTrue(unknown.contains("no tool named 'launch_rocket'"), unknown);
    ToolResult exploded = result.rounds().get(1).results().get(0);
    assertTrue(exploded.isError());
    assertEquals("boom x2", exploded.failure().orElseThrow().getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void theRoundLimitEndsALoopThatNeverAnswers(Both way) {
    for (int i = 0; i < 3; i++) {
      xai.json(200, chatCalls("call_" + i, "explode", "{\"times\":1}"));
    }
    ToolLoopOptions<Object> twoRounds = ToolLoopOptions.builder().maxRounds(2).build();
    XaiClient client = xai.client();
    ToolLoopLimitException e = assertThrows(ToolLoopLimitException.class, () -> way.call(
        () -> client.chat().runTools(ASK, toolbox(), twoRounds),
        () -> client.async().chat().runTools(ASK, toolbox(), twoRounds)));
    assertEquals(2, e.rounds());
    assertEquals(3, xai.server().getRequestCount());
    // user, then per round the call and its result, then the third call
    assertEquals(6, e.conversation().size());
  }

  @Test
  void aModelThatAnswersAtOnceRunsNoTool() {
    xai.json(200, chatAnswer("Hello"));
    ToolLoopResult<ChatResponse, Message> result = xai.client().chat().runTools(ASK, toolbox());
    assertEquals("Hello", result.response().text());
    assertEquals(List.of(), result.rounds());
    assertTrue(handlerThreads.isEmpty());
  }

  @Test
  void aToolTheRequestAlreadyNamesIsNotAddedTwice() {
    xai.json(200, chatAnswer("Hello"));
    ChatRequest withTool = ASK.toBuilder().tools(toolbox().chatTools().subList(0, 1)).build();
    xai.client().chat().runTools(withTool, toolbox());
    assertEquals(3, sent().getAsJsonArray("tools").size());
  }

  private static String responseCalls(String id, String callId, String name, String arguments) {
    return "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":1,\"model\":\"grok-4\","
        + "\"status\":\"completed\",\"output\":[{\"type\":\"function_call\",\"id\":\"fc_1\","
        + "\"call_id\":\"" + callId + "\",\"name\":\"" + name + "\",\"arguments\":"
        + new com.google.gson.JsonPrimitive(arguments) + ",\"status\":\"completed\"}]}";
  }

  private static String responseAnswer(String id, String text) {
    return "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":1,\"model\":\"grok-4\","
        + "\"status\":\"completed\",\"output\":[{\"type\":\"message\",\"id\":\"m1\",\"role\":"
        + "\"assistant\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\",\"text\":\""
        + text + "\",\"annotations\":[]}]}]}";
  }

  private Toolbox weatherOnly() {
    return Toolbox.builder().add(GetWeather.class, w -> "18 °C in " + w.city()).build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aStoredResponseIsContinuedByItsIdWithOnlyTheOutputs(Both way) {
    xai.json(200, responseCalls("resp_1", "call_1", "get_weather", "{\"city\":\"Rome\"}"))
        .json(200, responseAnswer("resp_2", "18 °C"));
    ModelRequest ask = ModelRequest.builder().model("grok-4").input("Weather in Rome?")
        .addTool(WebSearchTool.builder().build()).build();
    XaiClient client = xai.client();

    ToolLoopResult<ModelResponse, ModelInputPart> result = way.call(
        () -> client.responses().runTools(ask, weatherOnly()),
        () -> client.async().responses().runTools(ask, weatherOnly()));

    assertEquals("18 °C", result.response().outputText());
    JsonObject first = sent();
    assertEquals("Weather in Rome?", first.get("input").getAsString());
    assertEquals(JsonParser.parseString("[{\"type\":\"web_search\"},{\"type\":\"function\","
            + "\"name\":\"get_weather\",\"description\":\"Current weather for a city\","
            + "\"parameters\":{\"type\":\"object\","
            + "\"properties\":{\"city\":{\"type\":\"string\"}},"
            + "\"required\":[\"city\"],\"additionalProperties\":false}}]"),
        first.get("tools"));
    JsonObject second = sent();
    assertEquals("resp_1", second.get("previous_response_id").getAsString());
    assertEquals(JsonParser.parseString("[{\"type\":\"function_call_output\",\"call_id\":\"call_1\","
        + "\"output\":\"18 °C in Rome\"}]"), second.get("input"));
    // user message, the call, its output, the answer
    assertEquals(4, result.conversation().size());
  }

  @Test
  void withoutStorageTheWholeConversationIsSentAgain() {
    xai.json(200, responseCalls("resp_1", "call_1", "get_weather", "{\"city\":\"Rome\"}"))
        .json(200, responseAnswer("resp_2", "18 °C"));
    ModelRequest ask = ModelRequest.builder().model("grok-4").input("Weather in Rome?")
        .store(false).build();
    xai.client().responses().runTools(ask, weatherOnly());
    sent();
    JsonObject second = sent();
    assertFalse(second.has("previous_response_id"));
    JsonArray input = second.getAsJsonArray("input");
    assertEquals(3, input.size());
    assertEquals("user", input.get(0).getAsJsonObject().get("role").getAsString());
    assertEquals("function_call", input.get(1).getAsJsonObject().get("type").getAsString());
    assertEquals("function_call_output", input.get(2).getAsJsonObject().get("type").getAsString());
  }

  @Test
  void twoToolsOfOneNameAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Toolbox.builder().add(GetWeather.class, w -> "a").add(GetWeather.class, w -> "b"));
    assertTrue(e.getMessage().contains("get_weather"), e.getMessage());
  }
}
