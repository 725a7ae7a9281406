package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/**
 * Which payloads are worth parsing, decided from their bytes, and what each dialect's events
 * give, from payloads written after xai-wire-facts.md.
 */
class StreamEventsTest {

  private static boolean worth(Operation op, String payload) {
    return StreamEvents.worthParsing(op, ByteString.encodeUtf8(payload));
  }

  @Test
  void aChatDeltaIsSkippedAndItsEndAndUsageAreNot() {
    assertFalse(worth(Operation.CHAT_COMPLETIONS, "{\"id\":\"a\",\"choices\":[{\"index\":0,"
        + "\"delta\":{\"content\":\"the \\\"usage\\\": finish_reason\"},\"finish_reason\":null}]}"));
    assertTrue(worth(Operation.CHAT_COMPLETIONS,
        "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\" : \"stop\"}]}"));
    assertTrue(worth(Operation.CHAT_COMPLETIONS, "{\"choices\":[],\"usage\":{\"prompt_tokens\":3}}"));
    assertFalse(worth(Operation.CHAT_COMPLETIONS, "{\"choices\":[],\"usage\":null}"));
    assertTrue(worth(Operation.CHAT_COMPLETIONS, "{\"code\":\"x\",\"error\":\"Internal error\"}"));
  }

  @Test
  void responsesAndMessagesEventsAreChosenByType() {
    assertTrue(worth(Operation.RESPONSES, "{\"type\": \"response.completed\",\"response\":{}}"));
    assertTrue(worth(Operation.RESPONSES, "{\"sequence_number\":3,\"type\":\"error\"}"));
    assertFalse(worth(Operation.RESPONSES,
        "{\"type\":\"response.output_text.delta\",\"delta\":\"response.completed\"}"));
    assertTrue(worth(Operation.MESSAGES, "{\"type\":\"message_delta\",\"usage\":{}}"));
    assertFalse(worth(Operation.MESSAGES, "{\"type\":\"content_block_delta\",\"index\":0}"));
  }

  @Test
  void chatChunksGiveFinishReasonsByChoiceAndTheLastChunksUsage() {
    Outcome out = new Outcome();
    apply(out, Operation.CHAT_COMPLETIONS, "{\"id\":\"c1_us-east-1\",\"model\":\"grok-4-0709\","
        + "\"choices\":[{\"index\":1,\"delta\":{},\"finish_reason\":\"length\"}]}");
    apply(out, Operation.CHAT_COMPLETIONS,
        "{\"id\":\"c1_us-east-1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
    apply(out, Operation.CHAT_COMPLETIONS, "{\"id\":\"c1_us-east-1\",\"choices\":[],\"usage\":"
        + "{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":22,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":4},"
        + "\"completion_tokens_details\":{\"reasoning_tokens\":7},\"cost_in_usd_ticks\":1234}}");

    assertEquals("c1_us-east-1", out.id);
    assertEquals("grok-4-0709", out.model);
    assertEquals(List.of("stop", "length"), out.finishReasonList());
    assertEquals(10L, out.inputTokens);
    assertEquals(12L, out.outputTokens, "completion + reasoning, as total - prompt");
    assertEquals(4L, out.cacheReadTokens);
    assertEquals(7L, out.reasoningTokens);
    assertEquals(1234L, out.costTicks);
  }

  @Test
  void responsesTakeEverythingFromTheTerminalEvent() {
    Outcome out = new Outcome();
    apply(out, Operation.RESPONSES, "{\"type\":\"response.created\",\"response\":{\"id\":\"r1\","
        + "\"model\":\"grok-4\",\"status\":\"in_progress\"}}");
    assertEquals("r1", out.id);
    assertTrue(out.finishReasons.isEmpty());
    apply(out, Operation.RESPONSES, "{\"type\":\"response.incomplete\",\"response\":{\"id\":\"r1\","
        + "\"model\":\"grok-4-0709\",\"status\":\"incomplete\",\"incomplete_details\":"
        + "{\"reason\":\"max_output_tokens\"},\"usage\":{\"input_tokens\":9,\"output_tokens\":30,"
        + "\"output_tokens_details\":{\"reasoning_tokens\":20}}}}");

    assertTrue(out.terminal);
    assertEquals("grok-4-0709", out.model);
    assertEquals(List.of("max_output_tokens"), out.finishReasonList());
    assertEquals(30L, out.outputTokens);
    assertEquals(20L, out.reasoningTokens);
  }

  @Test
  void aCompletedResponseCallingAFunctionFinishesWithToolCalls() {
    Outcome out = new Outcome();
    apply(out, Operation.RESPONSES, "{\"type\":\"response.completed\",\"response\":{\"status\":"
        + "\"completed\",\"output\":[{\"type\":\"function_call\",\"name\":\"f\"}]}}");

    assertEquals(List.of("tool_calls"), out.finishReasonList());
  }

  @Test
  void messagesAddCacheTokensToTheInput() {
    Outcome out = new Outcome();
    apply(out, Operation.MESSAGES, "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\","
        + "\"model\":\"grok-4\",\"usage\":{\"input_tokens\":5,\"cache_read_input_tokens\":100,"
        + "\"cache_creation_input_tokens\":20,\"output_tokens\":1}}}");
    apply(out, Operation.MESSAGES, "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
        + "\"tool_use\"},\"usage\":{\"output_tokens\":42}}");
    apply(out, Operation.MESSAGES, "{\"type\":\"message_stop\"}");

    assertEquals(125L, out.inputTokens);
    assertEquals(100L, out.cacheReadTokens);
    assertEquals(42L, out.outputTokens);
    assertEquals(List.of("tool_use"), out.finishReasonList());
    assertTrue(out.terminal);
  }

  @Test
  void errorEventsOfEachDialectAreStreamErrors() {
    for (String[] c : new String[][] {
        {"CHAT_COMPLETIONS", "{\"code\":\"Internal error\",\"error\":\"Internal error\"}"},
        {"RESPONSES", "{\"type\":\"error\",\"code\":\"server_error\",\"message\":\"x\"}"},
        {"RESPONSES", "{\"type\":\"response.failed\",\"response\":{\"status\":\"failed\"}}"},
        {"MESSAGES", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"}}) {
      Outcome out = new Outcome();
      apply(out, Operation.valueOf(c[0]), c[1]);
      assertTrue(out.streamError != null && out.terminal, c[1]);
    }
  }

  private static void apply(Outcome out, Operation op, String json) {
    StreamEvents.apply(op, JsonParser.parseString(json).getAsJsonObject(), out);
  }
}
