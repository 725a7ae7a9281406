package io.github.xaijava.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.StructuredOutputException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Structured output through the client: the format on the wire, the answer read back. */
class ParseCallsTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  record Capital(String country, String city, Optional<Integer> population) {
  }

  private static final String CAPITAL_SCHEMA = "{\"type\":\"object\",\"properties\":{"
      + "\"country\":{\"type\":\"string\"},\"city\":{\"type\":\"string\"},"
      + "\"population\":{\"type\":\"integer\"}},\"required\":[\"country\",\"city\"],"
      + "\"additionalProperties\":false}";

  private static final ChatRequest ASK = ChatRequest.builder().model("grok-4")
      .addUserMessage("The capital of Italy?").build();

  private static String chat(String content, String refusal) {
    JsonObject message = new JsonObject();
    message.addProperty("role", "assistant");
    message.addProperty("content", content);
    if (refusal != null) {
      message.addProperty("refusal", refusal);
    }
    return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"grok-4\","
        + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":9,\"total_tokens\":14}}";
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void chatParseSendsTheSchemaStrictlyAndReadsTheAnswer(Both way) {
    xai.json(200, chat("{\"country\":\"Italy\",\"city\":\"Rome\"}", null));
    XaiClient client = xai.client();

    Parsed<Capital, ChatResponse> parsed = way.call(
        () -> client.chat().parse(ASK, Capital.class),
        () -> client.async().chat().parse(ASK, Capital.class));

    assertEquals(new Capital("Italy", "Rome", Optional.empty()), parsed.value());
    assertEquals(14, parsed.response().usage().orElseThrow().totalTokens());
    JsonObject sent = JsonParser.parseString(xai.take().getBody().readUtf8()).getAsJsonObject();
    assertEquals(JsonParser.parseString("{\"type\":\"json_schema\",\"json_schema\":{\"name\":"
            + "\"Capital\",\"schema\":" + CAPITAL_SCHEMA + ",\"strict\":true}}"),
        sent.get("response_format"));
    assertFalse(ASK.responseFormat().isPresent(), "the caller's request is unchanged");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aRefusalIsATypedExceptionWithTheRefusalText(Both way) {
    xai.json(200, chat(null, "I can't help with that."));
    XaiClient client = xai.client();
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> way.call(
        () -> client.chat().parse(ASK, Capital.class),
        () -> client.async().chat().parse(ASK, Capital.class)));
    assertEquals("I can't help with that.", e.rawText());
    assertEquals("the model refused", e.reason());
  }

  @Test
  void jsonThatDoesNotFitNamesThePathAndKeepsTheText() {
    String answer = "{\"country\":\"Italy\",\"city\":7}";
    xai.json(200, chat(answer, null));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> xai.client().chat().parse(ASK, Capital.class));
    assertEquals(answer, e.rawText());
    assertEquals("$.city", e.jsonPath().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void anAnswerThatIsNotJsonSaysSoInOurWordsAndKeepsTheText(Both way) {
    String answer = "{'country':'Italy','city':'Rome'}";
    xai.json(200, chat(answer, null));
    XaiClient client = xai.client();
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> way.call(
        () -> client.chat().parse(ASK, Capital.class),
        () -> client.async().chat().parse(ASK, Capital.class)));
    assertTrue(e.getMessage().startsWith("Cannot read the answer as Capital from the model's"
        + " output: not valid JSON: "), e.getMessage());
    assertTrue(e.getMessage().contains(" at line 1 column "), e.getMessage());
    assertFalse(e.getMessage().contains("setStrictness"), e.getMessage());
    assertFalse(e.getMessage().contains("LENIENT"), e.getMessage());
    assertEquals(answer, e.rawText());
    assertEquals("Capital", e.targetType());
  }

  @Test
  void anEmptyAnswerIsATypedException() {
    xai.json(200, chat("", null));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> xai.client().chat().parse(ASK, Capital.class));
    assertEquals("", e.rawText());
  }

  @Test
  void aTypeTheSchemaCannotExpressFailsBeforeAnythingIsSent() {
    record Loop(Loop next) {
    }
    assertThrows(IllegalArgumentException.class, () -> xai.client().chat().parse(ASK, Loop.class));
    assertEquals(0, xai.server().getRequestCount());
  }

  private static String responseAnswer(String text) {
    return "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,\"model\":\"grok-4\","
        + "\"status\":\"completed\",\"output\":[{\"type\":\"message\",\"id\":\"m1\",\"role\":"
        + "\"assistant\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\",\"text\":"
        + new JsonPrimitive(text) + ",\"annotations\":[]}]}]}";
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void responsesParseSetsTheTextFormat(Both way) {
    xai.json(200, responseAnswer("{\"country\":\"France\",\"city\":\"Paris\",\"population\":2100000}"));
    ModelRequest ask = ModelRequest.builder().model("grok-4").input("Capital of France?").build();
    XaiClient client = xai.client();

    Parsed<Capital, ModelResponse> parsed = way.call(
        () -> client.responses().parse(ask, Capital.class),
        () -> client.async().responses().parse(ask, Capital.class));

    assertEquals(new Capital("France", "Paris", Optional.of(2_100_000)), parsed.value());
    assertEquals("resp_1", parsed.response().id());
    JsonObject sent = JsonParser.parseString(xai.take().getBody().readUtf8()).getAsJsonObject();
    assertEquals(JsonParser.parseString("{\"format\":{\"type\":\"json_schema\",\"name\":\"Capital\","
        + "\"schema\":" + CAPITAL_SCHEMA + ",\"strict\":true}}"), sent.get("text"));
  }

  private static String chunk(String delta) {
    return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
        + new JsonPrimitive(delta) + "}}]}\n\n";
  }

  @Test
  void aStreamedAnswerShowsTheValueSoFarAndParsesWhole() {
    StringBuilder sse = new StringBuilder();
    for (String piece : new String[] {"{\"coun", "try\":\"It", "aly\",\"ci", "ty\":\"Ro", "me\"}"}) {
      sse.append(chunk(piece));
    }
    sse.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        + "\n\ndata: [DONE]\n\n");
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(new Buffer().writeUtf8(sse.toString())));
    List<String> cities = new ArrayList<>();
    ChatRequest request = ASK.toBuilder().responseFormat(ResponseFormats.jsonSchema(Capital.class))
        .build();
    try (ChatStream stream = xai.client().chat().stream(request)) {
      stream.forEach(c -> stream.partial(Capital.class)
          .ifPresent(capital -> cities.add(capital.city())));
      assertEquals(new Capital("Italy", "Rome", Optional.empty()),
          stream.parse(Capital.class).value());
    }
    assertTrue(cities.contains("Ro"), cities.toString());
    assertEquals("Rome", cities.get(cities.size() - 1));
    assertTrue(xai.take().getBody().readUtf8().contains("\"json_schema\""));
  }

  @Test
  void aResponseStreamParsesOnlyOnceCompleted() {
    String done = responseAnswer("{\"country\":\"Italy\",\"city\":\"Rome\"}");
    String sse = "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":0,\"item_id\":\"m1\",\"output_index\":0,\"content_index\":0,"
        + "\"delta\":\"{\\\"country\\\":\\\"Ita\"}\n\n"
        + "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":1,"
        + "\"response\":" + done + "}\n\n";
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(new Buffer().writeUtf8(sse)));
    try (ResponseStream stream = xai.client().responses().stream(
        ModelRequest.builder().model("grok-4").input("Capital?").build())) {
      assertThrows(IllegalStateException.class, () -> stream.parse(Capital.class));
      var events = stream.iterator();
      events.next();
      // the value so far: what has arrived, the rest not yet there
      assertEquals(Optional.of("Ita"), stream.partial(Capital.class).map(Capital::country));
      events.next();
      assertFalse(events.hasNext());
      assertEquals("Rome", stream.parse(Capital.class).value().city());
    }
  }
}
