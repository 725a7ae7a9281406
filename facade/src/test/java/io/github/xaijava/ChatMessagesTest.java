package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message shortcuts produce exactly the JSON xAI expects. */
class ChatMessagesTest {

  @Test
  void toolRoundTripReplaysTheAnswerAndTheResult() {
    // As xAI answers a tool call (recorded shape): content null, one call with an index.
    ChatResponse answer = XaiJson.gson().fromJson("""
        {"id":"r1","choices":[{"index":0,"finish_reason":"tool_calls","message":{
          "role":"assistant","content":null,"tool_calls":[{"id":"call_98286056","index":0,
          "type":"function","function":{"name":"weather","arguments":"{\\"location\\":\\"Florence\\"}"}}]}}]}
        """, ChatResponse.class);

    ChatRequest next = new ChatRequest().model("grok-4").messages(List.of(
        ChatMessages.user("What's the weather in Florence?"),
        ChatMessages.assistant(answer.getChoices().get(0).getMessage()),
        ChatMessages.tool("call_98286056", "40 C")));

    assertEquals(JsonParser.parseString("""
        {"model":"grok-4","messages":[
          {"role":"user","content":"What's the weather in Florence?"},
          {"role":"assistant","tool_calls":[{"id":"call_98286056","type":"function",
            "function":{"name":"weather","arguments":"{\\"location\\":\\"Florence\\"}"}}]},
          {"role":"tool","tool_call_id":"call_98286056","content":"40 C"}]}
        """), JsonParser.parseString(XaiJson.gson().toJson(next)));
  }

  @Test
  void userMessageWithAnImage() {
    assertEquals(JsonParser.parseString("""
        {"role":"user","content":[{"type":"text","text":"What is this?"},
          {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}
        """), JsonParser.parseString(XaiJson.gson().toJson(
            ChatMessages.userWithImage("What is this?", "https://example.com/cat.png"))));
  }

  @Test
  void systemUserAssistantText() {
    assertEquals("{\"role\":\"system\",\"content\":\"Be brief.\"}",
        XaiJson.gson().toJson(ChatMessages.system("Be brief.")));
    assertEquals("{\"role\":\"assistant\",\"content\":\"Hi\"}",
        XaiJson.gson().toJson(ChatMessages.assistant("Hi")));
  }
}
