package io.github.xaijava.streaming;

import static io.github.xaijava.testsupport.StreamTestSupport.fixture;
import static io.github.xaijava.testsupport.StreamTestSupport.sse;
import static io.github.xaijava.testsupport.StreamTestSupport.throttledSse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.FunctionToolCall;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ResponseTextBlock;
import io.github.xaijava.generated.model.ResponseThinkingBlock;
import io.github.xaijava.generated.model.ResponseToolUseBlock;
import io.github.xaijava.generated.model.WebSearchCall;
import io.github.xaijava.testsupport.StreamTestSupport;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Responses and Messages streams through the client: typed events, accumulation, failures. */
class ResponseAndMessageStreamTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private XaiClient client;

  @BeforeEach
  void start() {
    client = StreamTestSupport.client(xai, Duration.ofSeconds(5));
  }

  private ResponseStream responses() {
    return client.responses().stream(ModelRequest.builder().model("grok-4").input("Hi").build());
  }

  private MessageStream messages() {
    return client.messages().stream(MessageRequest.builder().model("grok-4").maxTokens(64).build());
  }

  @Test
  void responsesEventsAreTypedAndUnknownTypesPassThrough() throws Exception {
    xai.enqueue(throttledSse(fixture("responses-full.sse"), 11));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      stream.forEach(events::add);
      assertEquals(28, events.size());
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i, events.get(i).sequenceNumber());
      }
      assertInstanceOf(ResponseEvent.Lifecycle.class, events.get(0));
      ResponseEvent.ReasoningDelta reasoning =
          assertInstanceOf(ResponseEvent.ReasoningDelta.class, events.get(4));
      assertTrue(reasoning.isSummary());
      assertEquals("Thinking", reasoning.delta());
      ResponseEvent.ToolCallProgress search =
          assertInstanceOf(ResponseEvent.ToolCallProgress.class, events.get(11));
      assertEquals("web_search_call", search.tool());
      assertEquals("searching", search.status());
      assertInstanceOf(ResponseEvent.ToolInputDelta.class, events.get(15));
      ResponseEvent.ToolInputDone args =
          assertInstanceOf(ResponseEvent.ToolInputDone.class, events.get(17));
      assertEquals("{\"city\":\"Rome\"}", args.input());
      ResponseEvent.Unknown unknown = assertInstanceOf(ResponseEvent.Unknown.class, events.get(22));
      assertEquals("response.sparkle_meter.updated", unknown.type());
      assertEquals(3, unknown.json().get("level").getAsInt());
      // every event keeps its raw JSON, byte for byte as framed
      assertEquals(JsonParser.parseString(unknown.data()), unknown.json());
      ResponseEvent.OutputItem item = assertInstanceOf(ResponseEvent.OutputItem.class, events.get(18));
      FunctionToolCall call = assertInstanceOf(FunctionToolCall.class, item.item().orElseThrow());
      assertEquals("call_9", call.callId());
      ResponseEvent.Lifecycle last = assertInstanceOf(ResponseEvent.Lifecycle.class, events.get(27));
      assertTrue(last.isCompleted());

      assertEquals("Hi there", stream.outputText());
      ModelResponse done = stream.completed().orElseThrow();
      assertEquals("completed", done.status());
      assertEquals(4, done.output().size());
      assertInstanceOf(WebSearchCall.class, done.output().get(1));
      assertEquals(30, done.usage().orElseThrow().totalTokens());
    }
    RecordedRequest request = xai.take();
    assertEquals("/v1/responses", request.getPath());
    assertTrue(request.getBody().readUtf8().contains("\"stream\":true"));
  }

  @Test
  void responsesErrorAsVeryFirstFrameIsATypedException() {
    xai.enqueue(sse(fixture("responses-error-first.sse")));
    try (ResponseStream stream = responses()) {
      XaiStreamException e =
          assertThrows(XaiStreamException.class, () -> stream.iterator().hasNext());
      assertEquals("invalid-argument", e.code().orElseThrow());
      assertEquals("Model grok-x does not exist", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void responseFailedEndsTheStreamAfterEarlierEvents() {
    xai.enqueue(sse(fixture("responses-failed.sse")));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      XaiStreamException e =
          assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertEquals(2, events.size());
      assertEquals("server_error", e.code().orElseThrow());
      assertEquals("The model crashed", e.errorMessage().orElseThrow());
      assertEquals("failed", stream.accumulated().orElseThrow().status());
      assertFalse(stream.completed().isPresent());
    }
  }

  @Test
  void responseIncompleteCarriesTheReason() {
    xai.enqueue(sse(fixture("responses-incomplete.sse")));
    try (ResponseStream stream = responses()) {
      XaiStreamException e =
          assertThrows(XaiStreamException.class, () -> stream.forEach(x -> { }));
      assertEquals("incomplete", e.code().orElseThrow());
      assertEquals("max_output_tokens", e.errorMessage().orElseThrow());
    }
  }

  @Test
  void responsesStreamCutBeforeCompletionIsTruncated() {
    String full = fixture("responses-full.sse");
    int cut = full.lastIndexOf("\n\n", full.indexOf("\"sequence_number\":24")) + 2;
    xai.enqueue(sse(full.substring(0, cut) + "data: {\"type\":\"response.output_te"));
    List<ResponseEvent> events = new ArrayList<>();
    try (ResponseStream stream = responses()) {
      XaiStreamException e =
          assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertTrue(e.getMessage().contains("ended early"), e.getMessage());
      assertEquals(24, events.size());
      assertEquals("Hi there", stream.outputText());
      assertEquals(3, stream.accumulated().orElseThrow().output().size());
    }
  }

  @Test
  void messageEventsAccumulateIntoTheFinalMessage() {
    xai.enqueue(throttledSse(fixture("messages-tool-use.sse"), 4));
    List<MessageEvent> events = new ArrayList<>();
    try (MessageStream stream = messages()) {
      stream.forEach(events::add);
      assertEquals(18, events.size());
      assertInstanceOf(MessageEvent.Ping.class, events.get(6));
      MessageResponse message = stream.accumulated().orElseThrow();
      assertEquals("msg_01", message.id());
      assertEquals("tool_use", message.stopReason().orElseThrow());
      assertEquals(25, message.usage().inputTokens());
      assertEquals(42, message.usage().outputTokens());
      assertEquals(3, message.content().size());
      ResponseThinkingBlock thinking =
          assertInstanceOf(ResponseThinkingBlock.class, message.content().get(0));
      assertEquals("Hmm, weather.", thinking.thinking());
      assertEquals("sig==", thinking.signature());
      ResponseTextBlock text = assertInstanceOf(ResponseTextBlock.class, message.content().get(1));
      assertEquals("Checking now.", text.text());
      assertEquals("Checking now.", message.text());
      ResponseToolUseBlock tool =
          assertInstanceOf(ResponseToolUseBlock.class, message.content().get(2));
      assertEquals("toolu_1", tool.id());
      assertEquals(JsonParser.parseString("{\"city\":\"Rome\"}"), tool.input());
    }
    assertEquals("/v1/messages", xai.take().getPath());
  }

  @Test
  void messageErrorEventIsATypedException() {
    xai.enqueue(sse(fixture("messages-error.sse")));
    List<MessageEvent> events = new ArrayList<>();
    try (MessageStream stream = messages()) {
      XaiStreamException e =
          assertThrows(XaiStreamException.class, () -> stream.forEach(events::add));
      assertEquals(1, events.size());
      assertEquals("overloaded_error", e.code().orElseThrow());
      assertEquals("Overloaded", e.errorMessage().orElseThrow());
    }
  }
}
