package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessagesAndCompletionsTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static Http http() {
    return new Http(xai.simulator());
  }

  @Test
  void messageHasAnthropicsShape() {
    JsonObject m = http().post("/v1/messages", "{\"model\":\"grok-3\",\"max_tokens\":100,\"system\":\"Be kind\","
        + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"}]}]}").json();
    assertEquals(List.of("id", "type", "role", "content", "model", "stop_reason", "stop_sequence", "usage"),
        new ArrayList<>(m.keySet()));
    assertEquals("message", m.get("type").getAsString());
    assertTrue(m.get("id").getAsString().startsWith("msg_"));
    assertEquals("end_turn", m.get("stop_reason").getAsString());
    JsonObject block = m.getAsJsonArray("content").get(0).getAsJsonObject();
    assertEquals("text", block.get("type").getAsString());
    assertEquals("Simulated answer to: Hello", block.get("text").getAsString());
    JsonObject usage = m.getAsJsonObject("usage");
    for (String k : List.of("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "output_tokens")) {
      assertTrue(usage.has(k), k);
    }
  }

  @Test
  void reasoningModelGivesASignedThinkingBlock() {
    JsonArray content = http().post("/v1/messages", "{\"model\":\"grok-3-mini\",\"max_tokens\":100,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Why\"}]}").json().getAsJsonArray("content");
    JsonObject thinking = content.get(0).getAsJsonObject();
    assertEquals("thinking", thinking.get("type").getAsString());
    assertTrue(thinking.get("signature").getAsString().length() > 10);
  }

  @Test
  void toolsGiveToolUseWithInputFittingTheSchema() {
    String schema = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";
    JsonObject m = http().post("/v1/messages", "{\"model\":\"grok-3\",\"max_tokens\":100,\"tools\":[{\"name\":"
        + "\"weather\",\"description\":\"w\",\"input_schema\":" + schema + "}],\"messages\":[{\"role\":\"user\","
        + "\"content\":\"Weather?\"}]}").json();
    assertEquals("tool_use", m.get("stop_reason").getAsString());
    JsonObject use = m.getAsJsonArray("content").get(0).getAsJsonObject();
    assertEquals("tool_use", use.get("type").getAsString());
    assertTrue(use.get("id").getAsString().startsWith("toolu_"));
    assertEquals(java.util.Set.of(), Schemas.errors(schema, use.get("input").toString()));
    String next = "{\"model\":\"grok-3\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"},"
        + "{\"role\":\"assistant\",\"content\":[" + use + "]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
        + "\"tool_use_id\":\"" + use.get("id").getAsString() + "\",\"content\":\"rain\"}]}]}";
    String text = http().post("/v1/messages", next).json().getAsJsonArray("content").get(0).getAsJsonObject()
        .get("text").getAsString();
    assertTrue(text.contains("weather returned rain"), text);
  }

  @Test
  void messageStreamHasAnthropicsEventLines() {
    String body = http().post("/v1/messages", "{\"model\":\"grok-3-mini\",\"max_tokens\":100,\"stream\":true,"
        + "\"tools\":[{\"name\":\"weather\",\"description\":\"w\",\"input_schema\":{\"type\":\"object\",\"properties\":"
        + "{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}],\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"}]}").text();
    List<Sse.Frame> frames = Sse.frames(body);
    List<String> events = new ArrayList<>();
    StringBuilder partialJson = new StringBuilder();
    for (Sse.Frame f : frames) {
      JsonObject data = JsonParser.parseString(f.data()).getAsJsonObject();
      assertEquals(f.event(), data.get("type").getAsString(), "event line names the payload type");
      if (events.isEmpty() || !events.get(events.size() - 1).equals(f.event())) {
        events.add(f.event());
      }
      if ("content_block_delta".equals(f.event())) {
        String type = data.getAsJsonObject("delta").get("type").getAsString();
        if (type.equals("input_json_delta")) {
          partialJson.append(data.getAsJsonObject("delta").get("partial_json").getAsString());
        }
      }
    }
    assertEquals(List.of("message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"), events);
    assertTrue(body.contains("\"thinking_delta\"") && body.contains("\"signature_delta\""));
    assertTrue(JsonParser.parseString(partialJson.toString()).getAsJsonObject().has("city"));
    assertTrue(body.contains("\"stop_reason\":\"tool_use\""));
  }

  @Test
  void textCompletionHasOpenAisLegacyShape() {
    JsonObject c = http().post("/v1/completions", "{\"model\":\"grok-3\",\"prompt\":[\"one\",\"two\"],\"n\":2}").json();
    assertEquals("text_completion", c.get("object").getAsString());
    assertEquals(List.of("id", "object", "created", "model", "choices", "usage", "system_fingerprint"),
        new ArrayList<>(c.keySet()));
    JsonArray choices = c.getAsJsonArray("choices");
    assertEquals(4, choices.size());
    assertEquals(" Simulated answer to: one", choices.get(0).getAsJsonObject().get("text").getAsString());
    assertEquals("stop", choices.get(0).getAsJsonObject().get("finish_reason").getAsString());
  }

  @Test
  void textCompletionStreamEndsWithDone() {
    String body = http().post("/v1/completions", "{\"model\":\"grok-3\",\"prompt\":\"hi\",\"stream\":true,"
        + "\"stream_options\":{\"include_usage\":true}}").text();
    List<Sse.Frame> frames = Sse.frames(body);
    assertEquals("[DONE]", frames.get(frames.size() - 1).data());
    StringBuilder text = new StringBuilder();
    for (Sse.Frame f : frames.subList(0, frames.size() - 2)) {
      text.append(JsonParser.parseString(f.data()).getAsJsonObject().getAsJsonArray("choices").get(0)
          .getAsJsonObject().get("text").getAsString());
    }
    assertEquals(" Simulated answer to: hi", text.toString());
    assertTrue(frames.get(frames.size() - 2).data().contains("\"usage\""));
  }

  @Test
  void legacyCompleteAnswersTheLastHumanTurn() {
    JsonObject c = http().post("/v1/complete", "{\"model\":\"grok-3\",\"max_tokens_to_sample\":50,"
        + "\"prompt\":\"\\n\\nHuman: What is up?\\n\\nAssistant:\"}").json();
    assertEquals("completion", c.get("type").getAsString());
    assertEquals(" Simulated answer to: What is up?", c.get("completion").getAsString());
    assertEquals("stop_sequence", c.get("stop_reason").getAsString());
    String stream = http().post("/v1/complete", "{\"model\":\"grok-3\",\"max_tokens_to_sample\":50,\"stream\":true,"
        + "\"prompt\":\"\\n\\nHuman: hi\\n\\nAssistant:\"}").text();
    List<Sse.Frame> frames = Sse.frames(stream);
    assertEquals("ping", frames.get(0).event());
    assertEquals("completion", frames.get(frames.size() - 1).event());
    assertTrue(frames.get(frames.size() - 1).data().contains("\"stop_reason\":\"stop_sequence\""));
  }
}
