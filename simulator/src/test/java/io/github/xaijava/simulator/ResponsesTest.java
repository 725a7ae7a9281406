package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResponsesTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static Http http() {
    return new Http(xai.simulator());
  }

  private static JsonObject create(String body) {
    Http.Reply r = http().post("/v1/responses", body);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  @Test
  void answerHasReasoningThenMessageAndUsage() {
    JsonObject r = create("{\"model\":\"grok-3-mini\",\"input\":\"Say hi\"}");
    assertEquals("response", r.get("object").getAsString());
    assertEquals("completed", r.get("status").getAsString());
    JsonArray output = r.getAsJsonArray("output");
    assertEquals("reasoning", output.get(0).getAsJsonObject().get("type").getAsString());
    JsonObject message = output.get(1).getAsJsonObject();
    assertEquals("message", message.get("type").getAsString());
    JsonObject text = message.getAsJsonArray("content").get(0).getAsJsonObject();
    assertEquals("output_text", text.get("type").getAsString());
    assertEquals("Simulated answer to: Say hi", text.get("text").getAsString());
    JsonObject usage = r.getAsJsonObject("usage");
    assertEquals(usage.get("input_tokens").getAsInt() + usage.get("output_tokens").getAsInt(),
        usage.get("total_tokens").getAsInt());
    assertTrue(usage.getAsJsonObject("output_tokens_details").get("reasoning_tokens").getAsInt() > 0);
    assertTrue(usage.has("cost_in_usd_ticks"));
    for (String required : List.of("created_at", "id", "model", "object", "output", "parallel_tool_calls", "text",
        "tool_choice", "tools", "status", "store", "metadata", "background", "service_tier", "truncation",
        "top_logprobs", "presence_penalty", "frequency_penalty")) {
      assertTrue(r.has(required), required);
    }
  }

  @Test
  void nonReasoningModelHasOnlyTheMessage() {
    JsonArray output = create("{\"model\":\"grok-4-fast-non-reasoning\",\"input\":\"x\"}").getAsJsonArray("output");
    assertEquals(1, output.size());
  }

  @Test
  void storedResponseCanBeReadAndDeleted() {
    String id = create("{\"model\":\"grok-3\",\"input\":\"keep me\"}").get("id").getAsString();
    Http.Reply got = http().get("/v1/responses/" + id);
    assertEquals(200, got.status());
    assertEquals(id, got.json().get("id").getAsString());
    Http.Reply deleted = http().delete("/v1/responses/" + id);
    assertEquals(true, deleted.json().get("deleted").getAsBoolean());
    assertEquals(404, http().get("/v1/responses/" + id).status());
    assertEquals(404, http().delete("/v1/responses/" + id).status());
  }

  @Test
  void storeFalseIsNotKept() {
    String id = create("{\"model\":\"grok-3\",\"input\":\"forget me\",\"store\":false}").get("id").getAsString();
    assertEquals(404, http().get("/v1/responses/" + id).status());
  }

  @Test
  void previousResponseIdContinuesAStoredResponse() {
    String first = create("{\"model\":\"grok-3\",\"input\":\"first\"}").get("id").getAsString();
    JsonObject second = create("{\"model\":\"grok-3\",\"previous_response_id\":\"" + first + "\",\"input\":\"second\"}");
    assertEquals(first, second.get("previous_response_id").getAsString());
    assertTrue(second.getAsJsonObject("usage").get("input_tokens").getAsInt()
        > create("{\"model\":\"grok-3\",\"input\":\"second\"}").getAsJsonObject("usage").get("input_tokens").getAsInt(),
        "the earlier turns count as input");
    Http.Reply unknown = http().post("/v1/responses", "{\"model\":\"grok-3\",\"previous_response_id\":\"nope\",\"input\":\"x\"}");
    assertEquals(404, unknown.status());
  }

  @Test
  void inputItemsArePagedWithHasMore() {
    StringBuilder input = new StringBuilder("[");
    for (int i = 0; i < 5; i++) {
      input.append(i == 0 ? "" : ",").append("{\"role\":\"user\",\"content\":\"m").append(i).append("\"}");
    }
    String id = create("{\"model\":\"grok-3\",\"input\":" + input + "]}").get("id").getAsString();
    List<String> seen = new ArrayList<>();
    String after = null;
    for (int page = 0; page < 10; page++) {
      JsonObject list = http().get("/v1/responses/" + id + "/input_items?limit=2&order=asc"
          + (after == null ? "" : "&after=" + after)).json();
      assertEquals("list", list.get("object").getAsString());
      for (var item : list.getAsJsonArray("data")) {
        seen.add(item.getAsJsonObject().get("id").getAsString());
      }
      after = list.get("last_id").getAsString();
      if (!list.get("has_more").getAsBoolean()) {
        break;
      }
    }
    assertEquals(5, seen.size());
    assertEquals(5, new java.util.HashSet<>(seen).size());
    JsonObject desc = http().get("/v1/responses/" + id + "/input_items").json();
    assertEquals("m4", desc.getAsJsonArray("data").get(0).getAsJsonObject().get("content").getAsString());
    assertEquals(400, http().get("/v1/responses/" + id + "/input_items?limit=101").status());
    assertEquals(404, http().get("/v1/responses/nope/input_items").status());
  }

  @Test
  void functionToolsGiveAFunctionCallAndItsOutputIsAnswered() {
    String tools = "[{\"type\":\"function\",\"name\":\"weather\",\"parameters\":{\"type\":\"object\","
        + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}]";
    JsonObject r = create("{\"model\":\"grok-4-fast-non-reasoning\",\"input\":\"Weather?\",\"tools\":" + tools + "}");
    JsonObject call = r.getAsJsonArray("output").get(0).getAsJsonObject();
    assertEquals("function_call", call.get("type").getAsString());
    assertEquals("weather", call.get("name").getAsString());
    assertTrue(JsonParser.parseString(call.get("arguments").getAsString()).getAsJsonObject().has("city"));
    String next = "{\"model\":\"grok-4-fast-non-reasoning\",\"previous_response_id\":\"" + r.get("id").getAsString()
        + "\",\"tools\":" + tools + ",\"input\":[{\"type\":\"function_call_output\",\"call_id\":\""
        + call.get("call_id").getAsString() + "\",\"output\":\"sunny\"}]}";
    JsonObject answer = create(next).getAsJsonArray("output").get(0).getAsJsonObject();
    assertEquals("message", answer.get("type").getAsString());
    assertTrue(answer.toString().contains("weather returned sunny"), answer.toString());
  }

  @Test
  void jsonSchemaTextFormatGivesValidJson() {
    String schema = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"array\","
        + "\"items\":{\"type\":\"integer\",\"minimum\":1}}},\"required\":[\"city\",\"days\"],\"additionalProperties\":false}";
    JsonObject r = create("{\"model\":\"grok-4-fast-non-reasoning\",\"input\":\"plan\",\"text\":{\"format\":"
        + "{\"type\":\"json_schema\",\"name\":\"plan\",\"schema\":" + schema + "}}}");
    String text = r.getAsJsonArray("output").get(0).getAsJsonObject().getAsJsonArray("content").get(0)
        .getAsJsonObject().get("text").getAsString();
    assertEquals(java.util.Set.of(), Schemas.errors(schema, text));
    assertEquals("json_schema", r.getAsJsonObject("text").getAsJsonObject("format").get("type").getAsString());
  }

  @Test
  void encryptedReasoningIsIncludedWhenAsked() {
    JsonObject r = create("{\"model\":\"grok-4\",\"input\":\"x\",\"include\":[\"reasoning.encrypted_content\"]}");
    assertTrue(r.getAsJsonArray("output").get(0).getAsJsonObject().has("encrypted_content"));
  }

  @Test
  void backgroundIsNotSupported() {
    assertEquals(400, http().post("/v1/responses", "{\"model\":\"grok-3\",\"input\":\"x\",\"background\":true}").status());
  }

  @Test
  void streamHasXaisEventSequenceWithSequenceNumbers() {
    Http.Reply reply = http().post("/v1/responses", "{\"model\":\"grok-3-mini\",\"input\":\"Say hi\",\"stream\":true}");
    assertEquals("text/event-stream", reply.header("content-type"));
    List<Sse.Frame> frames = Sse.frames(reply.text());
    List<String> types = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      JsonObject e = JsonParser.parseString(frames.get(i).data()).getAsJsonObject();
      assertEquals(List.of("type", "sequence_number"), new ArrayList<>(e.keySet()).subList(0, 2));
      assertEquals(i, e.get("sequence_number").getAsInt());
      assertEquals(e.get("type").getAsString(), frames.get(i).event());
      String type = e.get("type").getAsString();
      if (types.isEmpty() || !types.get(types.size() - 1).equals(type)) {
        types.add(type);
      }
    }
    assertEquals(List.of("response.created", "response.in_progress", "response.output_item.added",
        "response.reasoning_summary_part.added", "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done", "response.reasoning_summary_part.done", "response.output_item.done",
        "response.output_item.added", "response.content_part.added", "response.output_text.delta",
        "response.output_text.done", "response.content_part.done", "response.output_item.done",
        "response.completed"), types);
    assertFalse(reply.text().contains("[DONE]"));
    JsonObject completed = JsonParser.parseString(frames.get(frames.size() - 1).data()).getAsJsonObject();
    assertTrue(completed.getAsJsonObject("response").has("usage"));
    StringBuilder text = new StringBuilder();
    for (Sse.Frame f : frames) {
      if ("response.output_text.delta".equals(f.event())) {
        JsonObject d = JsonParser.parseString(f.data()).getAsJsonObject();
        assertEquals(List.of("type", "sequence_number", "item_id", "output_index", "content_index", "delta", "logprobs"),
            new ArrayList<>(d.keySet()));
        text.append(d.get("delta").getAsString());
      }
    }
    assertEquals("Simulated answer to: Say hi", text.toString());
  }

  @Test
  void compactFoldsTheInputIntoOneItem() {
    JsonObject r = http().post("/v1/responses/compact", "{\"model\":\"grok-3\",\"input\":[{\"role\":\"user\","
        + "\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}").json();
    assertEquals("response.compaction", r.get("object").getAsString());
    assertEquals("compaction", r.getAsJsonArray("output").get(0).getAsJsonObject().get("type").getAsString());
    assertEquals(2, r.getAsJsonObject("usage").get("dropped_message_count").getAsInt());
  }
}
