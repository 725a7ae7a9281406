package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.StreamOptions;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.structured.Description;
import io.github.xaijava.structured.JsonSchema;
import io.github.xaijava.structured.ResponseFormats;
import io.github.xaijava.structured.StructuredJson;
import io.github.xaijava.structured.ToolFunction;
import io.github.xaijava.structured.ToolSpec;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.Received;
import io.github.xaijava.testsupport.SimulatedClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chat completions through the client against the simulator: plain answers, tool calls, several
 * choices, structured output, streams (with and without usage) and deferred completions, each
 * blocking and through {@code client.async()}.
 */
class ChatEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static ChatRequest ask(String question) {
    return ChatRequest.builder().model("grok-4").addUserMessage(question).build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void plainAnswerEchoesTheQuestionWithConsistentUsage(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ChatRequest.builder()
        .model("grok-4")
        .addSystemMessage("Be brief.")
        .addUserMessage("What is the capital of France?")
        .build();

    ChatResponse r = mode.call(() -> client.chat().create(request),
        () -> client.async().chat().create(request));

    assertEquals("Simulated answer to: What is the capital of France?", r.text());
    assertEquals("chat.completion", r.object());
    assertEquals("grok-4-0709", r.model(), "the alias resolves to the model's name");
    assertEquals(1, r.choices().size());
    assertEquals("stop", r.choices().get(0).finishReason().orElseThrow());
    Usage usage = r.usage().orElseThrow();
    assertTrue(usage.promptTokens() > 0 && usage.completionTokens() > 0, usage.toString());
    assertTrue(usage.totalTokens() >= usage.promptTokens() + usage.completionTokens(),
        usage.toString());

    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertEquals("grok-4", sent.get("model").getAsString());
    assertEquals(2, sent.getAsJsonArray("messages").size());
    assertFalse(sent.has("stream"), "a plain create does not ask for a stream");
  }

  @ToolSpec(description = "Current weather in a city")
  record GetWeather(@Description("City name") String city) {
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void toolsGivenMeanATypedToolCallWhoseArgumentsParse(Both mode) {
    XaiClient client = clients.client();
    ToolFunction<GetWeather> weather = ToolFunction.of(GetWeather.class);
    ChatRequest request = ChatRequest.builder()
        .model("grok-4")
        .addUserMessage("What is the weather in Paris?")
        .addTool(weather.chatTool())
        .build();

    ChatResponse r = mode.call(() -> client.chat().create(request),
        () -> client.async().chat().create(request));

    assertTrue(r.hasToolCalls());
    assertEquals("tool_calls", r.choices().get(0).finishReason().orElseThrow());
    ToolCall call = r.toolCalls().get(0);
    assertEquals("get_weather", call.function().name());
    assertTrue(call.id().startsWith("call_"), call.id());
    GetWeather args = weather.parseArguments(call.function().arguments());
    assertFalse(args.city().isEmpty(), "arguments fit the schema: " + args);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void severalChoicesAreNumberedInOrder(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ask("Name a colour").toBuilder().n(3).build();

    ChatResponse r = mode.call(() -> client.chat().create(request),
        () -> client.async().chat().create(request));

    assertEquals(List.of(0, 1, 2),
        r.choices().stream().map(c -> c.index()).collect(Collectors.toList()));
    assertEquals("Simulated answer to: Name a colour", r.choices().get(0).message().content().orElseThrow());
    assertEquals("Simulated answer #2 to: Name a colour",
        r.choices().get(1).message().content().orElseThrow());
    assertEquals("Simulated answer #3 to: Name a colour",
        r.choices().get(2).message().content().orElseThrow());
  }

  record Capital(String country, String city, int population, List<String> languages) {
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aJsonSchemaGivesJsonThatReadsIntoTheType(Both mode) {
    XaiClient client = clients.client();
    JsonSchema schema = JsonSchema.of(Capital.class);
    ChatRequest request = ask("The capital of France, as JSON").toBuilder()
        .responseFormat(ResponseFormats.jsonSchema(schema))
        .build();

    ChatResponse r = mode.call(() -> client.chat().create(request),
        () -> client.async().chat().create(request));

    Capital capital = StructuredJson.read(r.text(), Capital.class);
    assertFalse(capital.country().isEmpty(), capital.toString());
    assertFalse(capital.city().isEmpty(), capital.toString());
    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertEquals("json_schema", sent.getAsJsonObject("response_format").get("type").getAsString());
    assertEquals("Capital", sent.getAsJsonObject("response_format")
        .getAsJsonObject("json_schema").get("name").getAsString());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void streamedTextAddsUpToTheAccumulatedAnswer(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ask("Tell me a short story");
    List<ChatResponseChunk> chunks = new ArrayList<>();
    ChatResponse accumulated;
    if (mode == Both.SYNC) {
      try (ChatStream stream = client.chat().stream(request)) {
        stream.forEach(chunks::add);
        accumulated = stream.accumulated();
      }
    } else {
      chunks.addAll(Received.async(
          (StreamHandler<ChatResponseChunk> h) -> client.async().chat().stream(request, h))
          .completed());
      ChatCompletionAccumulator folded = new ChatCompletionAccumulator();
      chunks.forEach(folded::accept);
      accumulated = folded.result();
    }

    assertTrue(chunks.size() > 3, "the answer comes in pieces: " + chunks.size());
    String text = chunks.stream().map(ChatResponseChunk::deltaText).collect(Collectors.joining());
    assertEquals("Simulated answer to: Tell me a short story", text);
    assertEquals(text, accumulated.text());
    assertEquals("stop", accumulated.choices().get(0).finishReason().orElseThrow());
    assertEquals("assistant", chunks.get(0).choices().get(0).delta().role().orElseThrow());
    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertTrue(sent.get("stream").getAsBoolean(), "the client asked for a stream");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aStreamAsksForUsageUnlessTheRequestSetsStreamOptions(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ask("Count to three");

    List<ChatResponseChunk> chunks = Received.read(mode,
        () -> client.chat().stream(request),
        handler -> client.async().chat().stream(request, handler)).completed();

    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertEquals(JsonParser.parseString("{\"include_usage\":true}"), sent.get("stream_options"));
    ChatCompletionAccumulator folded = new ChatCompletionAccumulator();
    chunks.forEach(folded::accept);
    assertTrue(folded.result().usage().orElseThrow().completionTokens() > 0,
        "the accumulated answer has the usage without asking");
    if (mode == Both.SYNC) {
      try (ChatStream stream = client.chat().stream(request)) {
        stream.forEach(chunk -> { });
        assertTrue(stream.accumulated().usage().isPresent(), "accumulated().usage()");
      }
    }

    // The caller's own stream_options go out as they are: here, no usage.
    ChatRequest without = request.toBuilder()
        .streamOptions(StreamOptions.builder().includeUsage(false).build())
        .build();
    List<ChatResponseChunk> plain = Received.read(mode,
        () -> client.chat().stream(without),
        handler -> client.async().chat().stream(without, handler)).completed();

    sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertEquals(JsonParser.parseString("{\"include_usage\":false}"), sent.get("stream_options"));
    assertTrue(plain.stream().allMatch(c -> c.usage().isEmpty()), "no usage chunk when told so");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void includeUsageAddsAFinalUsageChunkWithoutChoices(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ask("Count to three").toBuilder()
        .streamOptions(StreamOptions.builder().includeUsage(true).build())
        .build();

    List<ChatResponseChunk> chunks = Received.read(mode,
        () -> client.chat().stream(request),
        handler -> client.async().chat().stream(request, handler)).completed();

    ChatResponseChunk last = chunks.get(chunks.size() - 1);
    assertTrue(last.choices().isEmpty(), "the usage chunk has \"choices\": []");
    Usage usage = last.usage().orElseThrow();
    assertTrue(usage.completionTokens() > 0, usage.toString());
    assertTrue(chunks.subList(0, chunks.size() - 1).stream().allMatch(c -> c.usage().isEmpty()));
    ChatCompletionAccumulator folded = new ChatCompletionAccumulator();
    chunks.forEach(folded::accept);
    assertEquals(usage, folded.result().usage().orElseThrow(), "the accumulated answer has it");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void deferredCompletionIsPolledUntilDoneAndThenGoneAtXai(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = ask("Think about it");

    DeferredCompletion job = mode.call(() -> client.chat().startDeferred(request),
        () -> client.async().chat().startDeferred(request));
    ChatResponse done = mode.call(() -> job.await(Duration.ofSeconds(10)),
        () -> job.awaitAsync(Duration.ofSeconds(10)));

    assertEquals("Simulated answer to: Think about it", done.text());
    assertEquals(done, job.poll().orElseThrow(), "the handle keeps the result");
    JsonObject sent = JsonParser.parseString(xai.requests().get(0).bodyText()).getAsJsonObject();
    assertTrue(sent.get("deferred").getAsBoolean());
    List<RecordedRequest> polls = xai.requests().subList(1, xai.requests().size());
    assertEquals(2, polls.size(), "one 202, then the result; the kept result asks no more");
    polls.forEach(p -> assertEquals(
        "/v1/chat/deferred-completion/" + job.requestId(), p.path()));

    // xAI hands a result out once: a new handle for the same id finds it gone.
    DeferredCompletion again = client.chat().resumeDeferred(job.requestId());
    NotFoundException gone = assertThrows(NotFoundException.class,
        () -> mode.call(again::poll, again::pollAsync));
    assertEquals(404, gone.statusCode());
    assertTrue(gone.errorMessage().orElseThrow().contains(job.requestId()), gone.errorMessage().orElseThrow());
    assertFalse(gone.requestId().orElseThrow().isBlank(), "xAI's request id is kept");
  }
}
