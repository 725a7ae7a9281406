package io.github.xaijava.streaming;

import static io.github.xaijava.streaming.StreamTestSupport.fixture;
import static io.github.xaijava.streaming.StreamTestSupport.post;
import static io.github.xaijava.streaming.StreamTestSupport.sse;
import static io.github.xaijava.streaming.StreamTestSupport.throttledSse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.sse.Streams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseAndMessageStreamTest {

  private final Gson gson = XaiJson.gson();
  private MockWebServer server;
  private OkHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = StreamTestSupport.client(5_000);
  }

  @AfterEach
  void stop() throws Exception {
    StreamTestSupport.shutdown(client);
    server.shutdown();
  }

  private ResponseStream responses() {
    return Streams.responses(client.newCall(post(server, "/v1/responses")), gson);
  }

  private MessageStream messages() {
    return Streams.messages(client.newCall(post(server, "/v1/messages")), gson);
  }

  @Test
  void responsesEventsAreTypedAndUnknownTypesPassThrough() {
    server.enqueue(throttledSse(fixture("responses-full.sse"), 11));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      stream.forEach(events::add);
      assertEquals(28, events.size());
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i, events.get(i).sequenceNumber());
      }
      assertInstanceOf(ResponseEvent.Lifecycle.class, events.get(0));
      ResponseEvent.ReasoningDelta reasoning = assertInstanceOf(ResponseEvent.ReasoningDelta.class, events.get(4));
      assertTrue(reasoning.isSummary());
      assertEquals("Thinking", reasoning.delta());
      ResponseEvent.ToolCallProgress search = assertInstanceOf(ResponseEvent.ToolCallProgress.class, events.get(11));
      assertEquals("web_search_call", search.tool());
      assertEquals("searching", search.status());
      assertInstanceOf(ResponseEvent.ToolInputDelta.class, events.get(15));
      ResponseEvent.ToolInputDone args = assertInstanceOf(ResponseEvent.ToolInputDone.class, events.get(17));
      assertEquals("{\"city\":\"Rome\"}", args.input());
      ResponseEvent.Unknown unknown = assertInstanceOf(ResponseEvent.Unknown.class, events.get(22));
      assertEquals("response.sparkle_meter.updated", unknown.type());
      assertEquals(3, unknown.json().get("level").getAsInt());
      ResponseEvent.OutputItem item = assertInstanceOf(ResponseEvent.OutputItem.class, events.get(18));
      assertTrue(item.item().isFunctionToolCall());
      assertEquals("call_9", item.item().asFunctionToolCall().getCallId());
      ResponseEvent.Lifecycle last = assertInstanceOf(ResponseEvent.Lifecycle.class, events.get(27));
      assertTrue(last.isCompleted());

      assertEquals("Hi there", stream.outputText());
      ModelResponse done = stream.completed().orElseThrow();
      assertEquals("completed", done.getStatus());
      assertEquals(4, done.getOutput().size());
      assertTrue(done.getOutput().get(1).isWebSearchCall());
      assertEquals(30, done.getUsage().getTotalTokens());
    }
  }

  @Test
  void responsesErrorAsVeryFirstFrameIsATypedException() {
    server.enqueue(sse(fixture("responses-error-first.sse")));
    try (ResponseStream stream = responses()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.iterator().hasNext());
      assertEquals("invalid-argument", e.code().orElseThrow());
      assertEquals("Model grok-x does not exist", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void responseFailedEndsTheStreamAfterEarlierEvents() {
    server.enqueue(sse(fixture("responses-failed.sse")));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertEquals(2, events.size());
      assertEquals("server_error", e.code().orElseThrow());
      assertEquals("The model crashed", e.errorMessage().orElseThrow());
      assertEquals("failed", stream.accumulated().getStatus());
      assertFalse(stream.completed().isPresent());
    }
  }

  @Test
  void responseIncompleteCarriesTheReason() {
    server.enqueue(sse(fixture("responses-incomplete.sse")));
    try (ResponseStream stream = responses()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(x -> { }));
      assertEquals("incomplete", e.code().orElseThrow());
      assertEquals("max_output_tokens", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void responsesStreamCutBeforeCompletionIsTruncated() {
    String full = fixture("responses-full.sse");
    int cut = full.lastIndexOf("\n\n", full.indexOf("\"sequence_number\":24")) + 2;
    server.enqueue(sse(full.substring(0, cut) + "data: {\"type\":\"response.output_te"));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertTrue(e.getMessage().contains("ended early"));
      assertEquals(24, events.size());
      assertEquals("Hi there", stream.outputText());
      assertEquals(3, stream.accumulated().getOutput().size());
    }
  }

  @Test
  void messageEventsAccumulateIntoTheFinalMessage() {
    server.enqueue(throttledSse(fixture("messages-tool-use.sse"), 4));
    List<MessageEvent> events = new ArrayList<>();
    try (MessageStream stream = messages()) {
      stream.forEach(events::add);
      assertEquals(18, events.size());
      assertInstanceOf(MessageEvent.Ping.class, events.get(6));
      MessageResponse message = stream.accumulated();
      assertEquals("msg_01", message.getId());
      assertEquals("tool_use", message.getStopReason());
      assertEquals(25, message.getUsage().getInputTokens());
      assertEquals(42, message.getUsage().getOutputTokens());
      assertEquals(3, message.getContent().size());
      assertEquals("Hmm, weather.", message.getContent().get(0).asResponseThinkingBlock().getThinking());
      assertEquals("sig==", message.getContent().get(0).asResponseThinkingBlock().getSignature());
      assertEquals("Checking now.", message.getContent().get(1).asResponseTextBlock().getText());
      var tool = message.getContent().get(2).asResponseToolUseBlock();
      assertEquals("toolu_1", tool.getId());
      assertEquals(Map.of("city", "Rome"), tool.getInput());
    }
  }

  @Test
  void messageErrorEventIsATypedException() {
    server.enqueue(sse(fixture("messages-error.sse")));
    List<MessageEvent> events = new ArrayList<>();
    try (MessageStream stream = messages()) {
      XaiStreamException e = assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertEquals(1, events.size());
      assertEquals("overloaded_error", e.code().orElseThrow());
      assertEquals("Overloaded", e.errorMessage().orElseThrow());
    }
  }
}
