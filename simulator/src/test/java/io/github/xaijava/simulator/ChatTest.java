package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension(XaiSimulator.builder().deferredPendingPolls(2));

  private static final String WEATHER_TOOL = "{\"type\":\"function\",\"function\":{\"name\":\"weather\","
      + "\"description\":\"Get the weather\",\"parameters\":{\"type\":\"object\",\"properties\":{\"location\":"
      + "{\"type\":\"string\"},\"unit\":{\"type\":\"string\",\"enum\":[\"c\",\"f\"]}},\"required\":[\"location\",\"unit\"]}}}";

  private static Http.Reply chat(String body) {
    return new Http(xai.simulator()).post("/v1/chat/completions", body);
  }

  private static String ask(String model, String text) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief\"},"
        + "{\"role\":\"user\",\"content\":\"" + text + "\"}]";
  }

  @Test
  void answerIsDerivedFromTheLastUserMessageWithXaisShape() {
    Http.Reply r = chat(ask("grok-4-fast", "Say hi in Portuguese") + "}");
    assertEquals(200, r.status());
    assertEquals("application/json", r.header("content-type"));
    JsonObject o = r.json();
    assertEquals(List.of("id", "object", "created", "model", "choices", "usage", "system_fingerprint"),
        new ArrayList<>(o.keySet()));
    assertEquals("chat.completion", o.get("object").getAsString());
    assertEquals("grok-4-fast-reasoning", o.get("model").getAsString(), "alias resolved");
    assertTrue(o.get("system_fingerprint").getAsString().matches("fp_[0-9a-f]{10}"));
    assertTrue(o.get("id").getAsString().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    JsonObject choice = o.getAsJsonArray("choices").get(0).getAsJsonObject();
    assertEquals("stop", choice.get("finish_reason").getAsString());
    JsonObject message = choice.getAsJsonObject("message");
    assertEquals("assistant", message.get("role").getAsString());
    assertEquals("Simulated answer to: Say hi in Portuguese", message.get("content").getAsString());
    assertTrue(message.has("refusal") && message.get("refusal").isJsonNull());
    assertFalse(message.has("reasoning_content"), "grok-4 models hide their reasoning");
  }

  @Test
  void usageAddsUpWithDetailsAndCost() {
    JsonObject usage = chat(ask("grok-4-fast", "Hello") + "}").json().getAsJsonObject("usage");
    int prompt = usage.get("prompt_tokens").getAsInt();
    int completion = usage.get("completion_tokens").getAsInt();
    int reasoning = usage.getAsJsonObject("completion_tokens_details").get("reasoning_tokens").getAsInt();
    assertTrue(reasoning > 0, "a reasoning model counts reasoning tokens");
    assertEquals(prompt + completion + reasoning, usage.get("total_tokens").getAsInt());
    assertEquals(prompt, usage.getAsJsonObject("prompt_tokens_details").get("text_tokens").getAsInt());
    // grok-4-fast: 2000 ticks a prompt token, 5000 a completion or reasoning token
    assertEquals(prompt * 2000L + (completion + reasoning) * 5000L, usage.get("cost_in_usd_ticks").getAsLong());
    assertEquals(0, usage.get("num_sources_used").getAsInt());
  }

  @Test
  void sameRequestGivesTheSameAnswer() {
    String a = chat(ask("grok-3", "Same?") + "}").json().getAsJsonArray("choices").toString();
    String b = chat(ask("grok-3", "Same?") + "}").json().getAsJsonArray("choices").toString();
    assertEquals(a, b);
  }

  @Test
  void nGivesThatManyDistinctChoices() {
    JsonArray choices = chat(ask("grok-3", "Pick") + ",\"n\":3}").json().getAsJsonArray("choices");
    assertEquals(3, choices.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(i, choices.get(i).getAsJsonObject().get("index").getAsInt());
    }
    assertEquals("Simulated answer #2 to: Pick",
        choices.get(1).getAsJsonObject().getAsJsonObject("message").get("content").getAsString());
  }

  @Test
  void reasoningModelReturnsReasoningContent() {
    JsonObject o = chat(ask("grok-3-mini", "Why") + ",\"reasoning_effort\":\"high\"}").json();
    assertEquals("grok-3-mini-high", o.get("model").getAsString());
    JsonObject message = o.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message");
    assertTrue(message.get("reasoning_content").getAsString().contains("Why"));
    assertEquals(List.of("role", "content", "reasoning_content", "refusal"), new ArrayList<>(message.keySet()));
  }

  @Test
  void reasoningEffortOnAModelWithoutItIsRejected() {
    Http.Reply r = chat(ask("grok-4", "x") + ",\"reasoning_effort\":\"low\"}");
    assertEquals(400, r.status());
    assertEquals("Client specified an invalid argument", r.json().get("code").getAsString());
  }

  @Test
  void toolsGiveACallWhoseArgumentsFitTheParameters() {
    JsonObject o = chat(ask("grok-4-fast", "Weather in Florence?") + ",\"tools\":[" + WEATHER_TOOL + "]}").json();
    JsonObject choice = o.getAsJsonArray("choices").get(0).getAsJsonObject();
    assertEquals("tool_calls", choice.get("finish_reason").getAsString());
    JsonObject message = choice.getAsJsonObject("message");
    assertEquals("", message.get("content").getAsString());
    JsonObject call = message.getAsJsonArray("tool_calls").get(0).getAsJsonObject();
    assertEquals(List.of("id", "function", "type"), new ArrayList<>(call.keySet()));
    assertTrue(call.get("id").getAsString().matches("call_\\d{8}"));
    assertEquals("weather", call.getAsJsonObject("function").get("name").getAsString());
    String arguments = call.getAsJsonObject("function").get("arguments").getAsString();
    String parameters = JsonParser.parseString(WEATHER_TOOL).getAsJsonObject().getAsJsonObject("function")
        .get("parameters").toString();
    assertEquals(java.util.Set.of(), Schemas.errors(parameters, arguments));
  }

  @Test
  void toolChoiceNoneAnswersInText() {
    JsonObject o = chat(ask("grok-4-fast", "Weather?") + ",\"tool_choice\":\"none\",\"tools\":[" + WEATHER_TOOL + "]}").json();
    assertEquals("stop", o.getAsJsonArray("choices").get(0).getAsJsonObject().get("finish_reason").getAsString());
  }

  @Test
  void namedToolChoiceCallsThatTool() {
    String other = WEATHER_TOOL.replace("\"weather\"", "\"time\"");
    JsonObject o = chat(ask("grok-4-fast", "Weather?") + ",\"tool_choice\":{\"type\":\"function\",\"function\":"
        + "{\"name\":\"time\"}},\"tools\":[" + WEATHER_TOOL + "," + other + "]}").json();
    JsonArray calls = o.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .getAsJsonArray("tool_calls");
    assertEquals(1, calls.size());
    assertEquals("time", calls.get(0).getAsJsonObject().getAsJsonObject("function").get("name").getAsString());
  }

  @Test
  void everyToolTheQuestionNamesIsCalledInParallel() {
    String add = WEATHER_TOOL.replace("\"weather\"", "\"add\"");
    String multiply = WEATHER_TOOL.replace("\"weather\"", "\"multiply\"");
    JsonObject o = chat(ask("grok-4-fast", "Add and multiply 2 and 3") + ",\"tools\":[" + add + "," + multiply + "]}").json();
    JsonArray calls = o.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .getAsJsonArray("tool_calls");
    assertEquals(2, calls.size());
  }

  @Test
  void afterAToolResultTheAnswerMentionsIt() {
    String body = "{\"model\":\"grok-4-fast\",\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"},"
        + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
        + "{\"name\":\"weather\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_1\","
        + "\"content\":\"40 C\"}],\"tools\":[" + WEATHER_TOOL + "]}";
    JsonObject choice = chat(body).json().getAsJsonArray("choices").get(0).getAsJsonObject();
    assertEquals("stop", choice.get("finish_reason").getAsString());
    String content = choice.getAsJsonObject("message").get("content").getAsString();
    assertTrue(content.contains("weather returned 40 C"), content);
  }

  @Test
  void jsonSchemaFormatGivesContentThatValidates() {
    String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":3},"
        + "\"age\":{\"type\":\"integer\",\"minimum\":18,\"maximum\":99},\"email\":{\"type\":\"string\",\"format\":\"email\"},"
        + "\"born\":{\"type\":\"string\",\"format\":\"date\"},\"id\":{\"type\":\"string\",\"format\":\"uuid\"},"
        + "\"ip\":{\"type\":\"string\",\"format\":\"ipv4\"},\"seen\":{\"type\":\"string\",\"format\":\"date-time\"},"
        + "\"kind\":{\"enum\":[\"a\",\"b\"]},\"version\":{\"const\":2},\"nick\":{\"type\":[\"string\",\"null\"]},"
        + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":2,\"uniqueItems\":true},"
        + "\"pet\":{\"$ref\":\"#/$defs/pet\"},\"score\":{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"number\",\"exclusiveMinimum\":0}]},"
        + "\"shape\":{\"oneOf\":[{\"type\":\"object\",\"properties\":{\"r\":{\"type\":\"number\"}},\"required\":[\"r\"],"
        + "\"additionalProperties\":false},{\"type\":\"string\"}]}},"
        + "\"required\":[\"name\",\"age\",\"email\",\"born\",\"id\",\"ip\",\"seen\",\"kind\",\"version\",\"nick\",\"tags\",\"pet\",\"score\",\"shape\"],"
        + "\"additionalProperties\":false,\"$defs\":{\"pet\":{\"type\":\"object\",\"properties\":{\"legs\":"
        + "{\"type\":\"integer\",\"multipleOf\":2,\"minimum\":3}},\"required\":[\"legs\"]}}}";
    JsonObject o = chat(ask("grok-4-fast", "Make a person") + ",\"response_format\":{\"type\":\"json_schema\","
        + "\"json_schema\":{\"name\":\"person\",\"strict\":true,\"schema\":" + schema + "}}}").json();
    String content = o.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .get("content").getAsString();
    assertEquals(java.util.Set.of(), Schemas.errors(schema, content), content);
  }

  @Test
  void jsonObjectFormatGivesAJsonObject() {
    JsonObject o = chat(ask("grok-4-fast", "json please") + ",\"response_format\":{\"type\":\"json_object\"}}").json();
    String content = o.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .get("content").getAsString();
    assertTrue(JsonParser.parseString(content).isJsonObject());
  }

  @Test
  void maxTokensCutsTheAnswerWithFinishReasonLength() {
    JsonObject o = chat(ask("grok-3", "Tell me a long story") + ",\"max_tokens\":3}").json();
    JsonObject choice = o.getAsJsonArray("choices").get(0).getAsJsonObject();
    assertEquals("length", choice.get("finish_reason").getAsString());
    assertEquals(3, o.getAsJsonObject("usage").get("completion_tokens").getAsInt());
  }

  @Test
  void streamIsFramedLikeXais() {
    Http.Reply r = chat(ask("grok-3-mini", "Say hi") + ",\"stream\":true,\"stream_options\":{\"include_usage\":true}}");
    assertEquals(200, r.status());
    assertEquals("text/event-stream", r.header("content-type"));
    assertTrue(r.text().endsWith("\n\ndata: [DONE]\n\n"), "ends with [DONE]");
    List<Sse.Frame> frames = Sse.frames(r.text());
    frames.forEach(f -> assertNull(f.event(), "chat streams have no event: lines"));
    assertEquals("[DONE]", frames.get(frames.size() - 1).data());
    List<JsonObject> chunks = new ArrayList<>();
    for (Sse.Frame f : frames.subList(0, frames.size() - 1)) {
      chunks.add(JsonParser.parseString(f.data()).getAsJsonObject());
    }
    for (JsonObject c : chunks) {
      assertEquals("chat.completion.chunk", c.get("object").getAsString());
      assertEquals(chunks.get(0).get("id"), c.get("id"));
      assertEquals(List.of("id", "object", "created", "model", "choices"), new ArrayList<>(c.keySet()).subList(0, 5));
    }
    JsonObject firstDelta = delta(chunks.get(0));
    assertEquals(List.of("reasoning_content", "role"), new ArrayList<>(firstDelta.keySet()));
    StringBuilder reasoning = new StringBuilder();
    StringBuilder content = new StringBuilder();
    boolean contentSeen = false;
    for (JsonObject c : chunks.subList(0, chunks.size() - 2)) {
      JsonObject d = delta(c);
      if (d.has("reasoning_content")) {
        assertFalse(contentSeen, "reasoning comes before content");
        reasoning.append(d.get("reasoning_content").getAsString());
      }
      if (d.has("content")) {
        contentSeen = true;
        content.append(d.get("content").getAsString());
      }
      assertTrue(c == chunks.get(0) || !d.has("role"), "role only in the first chunk");
    }
    assertEquals("Simulated answer to: Say hi", content.toString());
    assertTrue(reasoning.length() > 0);
    JsonObject finish = chunks.get(chunks.size() - 2).getAsJsonArray("choices").get(0).getAsJsonObject();
    assertEquals("stop", finish.get("finish_reason").getAsString());
    assertEquals(0, finish.getAsJsonObject("delta").size());
    JsonObject usageChunk = chunks.get(chunks.size() - 1);
    assertEquals(0, usageChunk.getAsJsonArray("choices").size());
    assertEquals(List.of("id", "object", "created", "model", "choices", "usage", "system_fingerprint"),
        new ArrayList<>(usageChunk.keySet()));
  }

  @Test
  void streamWithoutIncludeUsageHasNoUsageChunk() {
    List<Sse.Frame> frames = Sse.frames(chat(ask("grok-3", "x") + ",\"stream\":true}").text());
    for (Sse.Frame f : frames) {
      assertFalse(f.data().contains("\"usage\""));
    }
  }

  @Test
  void streamedToolCallsComeWholeOnePerChunk() {
    String add = WEATHER_TOOL.replace("\"weather\"", "\"add\"");
    String multiply = WEATHER_TOOL.replace("\"weather\"", "\"multiply\"");
    List<Sse.Frame> frames = Sse.frames(chat(ask("grok-4-fast", "add and multiply") + ",\"stream\":true,\"tools\":["
        + add + "," + multiply + "]}").text());
    JsonObject first = delta(JsonParser.parseString(frames.get(0).data()).getAsJsonObject());
    assertEquals(List.of("role", "tool_calls"), new ArrayList<>(first.keySet()));
    JsonObject call0 = first.getAsJsonArray("tool_calls").get(0).getAsJsonObject();
    assertEquals(List.of("id", "function", "index", "type"), new ArrayList<>(call0.keySet()));
    JsonObject second = delta(JsonParser.parseString(frames.get(1).data()).getAsJsonObject());
    assertEquals(1, second.getAsJsonArray("tool_calls").get(0).getAsJsonObject().get("index").getAsInt());
    JsonObject finish = JsonParser.parseString(frames.get(2).data()).getAsJsonObject();
    assertEquals("tool_calls", finish.getAsJsonArray("choices").get(0).getAsJsonObject().get("finish_reason").getAsString());
    assertEquals("[DONE]", frames.get(3).data());
  }

  @Test
  void deferredCompletionAnswers202ThenTheResultOnceThen404() {
    Http http = new Http(xai.simulator());
    JsonObject started = chat(ask("grok-4-fast", "Later") + ",\"deferred\":true}").json();
    assertEquals(List.of("request_id"), new ArrayList<>(started.keySet()));
    String path = "/v1/chat/deferred-completion/" + started.get("request_id").getAsString();
    for (int i = 0; i < 2; i++) {
      Http.Reply pending = http.get(path);
      assertEquals(202, pending.status());
      assertEquals(0, pending.body().length);
    }
    Http.Reply done = http.get(path);
    assertEquals(200, done.status());
    assertEquals("chat.completion", done.json().get("object").getAsString());
    assertEquals(404, http.get(path).status());
    assertEquals(404, http.get("/v1/chat/deferred-completion/nope").status());
  }

  @Test
  void emptyMessagesAre400() {
    assertEquals(400, chat("{\"model\":\"grok-3\",\"messages\":[]}").status());
  }

  private static JsonObject delta(JsonObject chunk) {
    JsonElement choice = chunk.getAsJsonArray("choices").get(0);
    assertNotNull(choice);
    return choice.getAsJsonObject().getAsJsonObject("delta");
  }
}
