package io.github.xaijava.sockets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every event of the three voice sockets read from the JSON xAI's sources report, in each reported
 * spelling and with the reported gaps (missing indexes, empty usage, a part-less content part,
 * keep-alives, nested and flat errors), and what no source reports read as {@code Unknown}.
 */
class EventDecodersTest {

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void audioDeltasAreReadUnderBothNames() {
    for (String type : List.of("response.output_audio.delta", "response.audio.delta")) {
      VoiceEvent e = EventDecoders.voice("{\"type\":\"" + type + "\",\"event_id\":\"e1\","
          + "\"response_id\":\"r1\",\"item_id\":\"i1\",\"delta\":\"" + b64("PCM!") + "\"}");
      VoiceEvent.AudioDelta audio = assertInstanceOf(VoiceEvent.AudioDelta.class, e);
      assertArrayEquals("PCM!".getBytes(StandardCharsets.US_ASCII), audio.audio());
      assertEquals("r1", audio.responseId());
      assertEquals(type, audio.type());
    }
  }

  @Test
  void textAndTranscriptDeltasAreReadUnderEveryName() {
    for (String type : List.of("response.output_text.delta", "response.text.delta",
        "response.output_audio_transcript.delta", "response.audio_transcript.delta")) {
      VoiceEvent.TextDelta d = assertInstanceOf(VoiceEvent.TextDelta.class,
          EventDecoders.voice("{\"type\":\"" + type + "\",\"delta\":\"Hi\"}"));
      assertEquals("Hi", d.delta());
      assertEquals(type.contains("transcript"), d.isTranscript());
    }
    VoiceEvent.OutputDone done = assertInstanceOf(VoiceEvent.OutputDone.class,
        EventDecoders.voice("{\"type\":\"response.output_audio_transcript.done\","
            + "\"transcript\":\"Hi there\"}"));
    assertEquals("Hi there", done.text());
    assertEquals("Hello", ((VoiceEvent.OutputDone) EventDecoders.voice(
        "{\"type\":\"response.text.done\",\"text\":\"Hello\"}")).text());
  }

  @Test
  void lifecycleWithEmptyOrMissingUsageAndStatus() {
    VoiceEvent.ResponseLifecycle created = assertInstanceOf(VoiceEvent.ResponseLifecycle.class,
        EventDecoders.voice("{\"type\":\"response.created\",\"response\":{\"id\":\"r9\","
            + "\"status\":\"in_progress\",\"usage\":{}}}"));
    assertEquals("r9", created.responseId());
    assertTrue(created.usage().isEmpty(), "usage {} reads as none");
    assertFalse(created.isDone());
    VoiceEvent.ResponseLifecycle done = (VoiceEvent.ResponseLifecycle) EventDecoders.voice(
        "{\"type\":\"response.done\",\"response\":{\"id\":\"r9\",\"status\":\"cancelled\","
            + "\"usage\":{\"input_tokens\":12,\"output_tokens\":30,\"total_tokens\":42}}}");
    assertTrue(done.isDone());
    assertEquals("cancelled", done.status());
    assertEquals(new VoiceEvent.Usage(12, 30, 42), done.usage().orElseThrow());
    VoiceEvent.ResponseLifecycle bare = (VoiceEvent.ResponseLifecycle) EventDecoders.voice(
        "{\"type\":\"response.done\"}");
    assertEquals("", bare.responseId());
    assertTrue(bare.usage().isEmpty());
  }

  @Test
  void missingIndexesAndPartsAreTolerated() {
    VoiceEvent.OutputPart part = assertInstanceOf(VoiceEvent.OutputPart.class,
        EventDecoders.voice("{\"type\":\"response.content_part.done\",\"response_id\":\"r\"}"));
    assertEquals(-1, part.outputIndex());
    assertEquals("", part.itemId());
    VoiceEvent.OutputPart item = (VoiceEvent.OutputPart) EventDecoders.voice(
        "{\"type\":\"response.output_item.added\",\"output_index\":2,\"item\":{\"id\":\"it\"}}");
    assertEquals(2, item.outputIndex());
    assertEquals("it", item.itemId(), "the item's id when item_id is absent");
  }

  @Test
  void sessionConversationSpeechAndItems() {
    VoiceEvent.Session s = assertInstanceOf(VoiceEvent.Session.class, EventDecoders.voice(
        "{\"type\":\"session.created\",\"session\":{\"voice\":\"eve\"}}"));
    assertTrue(s.isCreated());
    assertEquals("eve", s.session().get("voice").getAsString());
    assertEquals("conv_1", ((VoiceEvent.ConversationCreated) EventDecoders.voice(
        "{\"type\":\"conversation.created\",\"conversation\":{\"id\":\"conv_1\"}}")).conversationId());
    VoiceEvent.Speech started = (VoiceEvent.Speech) EventDecoders.voice(
        "{\"type\":\"input_audio_buffer.speech_started\",\"item_id\":\"u1\",\"audio_start_ms\":120}");
    assertTrue(started.isStarted());
    assertEquals(120, started.millis());
    VoiceEvent.Speech stopped = (VoiceEvent.Speech) EventDecoders.voice(
        "{\"type\":\"input_audio_buffer.speech_stopped\",\"audio_end_ms\":900}");
    assertFalse(stopped.isStarted());
    assertEquals(900, stopped.millis());
    assertInstanceOf(VoiceEvent.InputAudio.class, EventDecoders.voice(
        "{\"type\":\"input_audio_buffer.dtmf_event_received\",\"event\":\"5\"}"));
    VoiceEvent.InputTranscript t = (VoiceEvent.InputTranscript) EventDecoders.voice(
        "{\"type\":\"conversation.item.input_audio_transcription.updated\",\"item_id\":\"u1\","
            + "\"transcript\":\"hel\"}");
    assertFalse(t.isCompleted(), "updated is the transcript so far, not final");
    // role "tool" on a function-call item, as one source reports: kept in the item's JSON
    VoiceEvent.Item added = (VoiceEvent.Item) EventDecoders.voice(
        "{\"type\":\"conversation.item.added\",\"item\":{\"id\":\"f1\",\"type\":\"function_call\","
            + "\"role\":\"tool\"}}");
    assertEquals("f1", added.itemId());
    assertEquals("tool", added.item().orElseThrow().get("role").getAsString());
  }

  @Test
  void functionCallsErrorsPingsAndUnknowns() {
    VoiceEvent.FunctionCall call = assertInstanceOf(VoiceEvent.FunctionCall.class,
        EventDecoders.voice("{\"type\":\"response.function_call_arguments.done\","
            + "\"call_id\":\"c1\",\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}"));
    assertEquals("weather", call.name());
    assertEquals("{\"city\":\"Oslo\"}", call.arguments());
    VoiceEvent.Error error = assertInstanceOf(VoiceEvent.Error.class, EventDecoders.voice(
        "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"code\":\"bad_voice\","
            + "\"message\":\"No such voice.\"}}"));
    assertEquals("invalid_request_error", error.errorType());
    assertEquals("bad_voice", error.code());
    assertEquals("No such voice.", error.message());
    assertInstanceOf(VoiceEvent.Ping.class, EventDecoders.voice("{\"type\":\"ping\"}"));
    VoiceEvent.Unknown mcp = assertInstanceOf(VoiceEvent.Unknown.class,
        EventDecoders.voice("{\"type\":\"mcp_list_tools.completed\",\"tools\":[]}"));
    assertTrue(mcp.json().has("tools"));
    VoiceEvent.Unknown garbage = assertInstanceOf(VoiceEvent.Unknown.class,
        EventDecoders.voice("not json"));
    assertEquals("not json", garbage.json().get("text").getAsString(), "the text is kept");
  }

  @Test
  void speechEvents() {
    SpeechEvent.AudioDelta d = assertInstanceOf(SpeechEvent.AudioDelta.class,
        EventDecoders.speech("{\"type\":\"audio.delta\",\"delta\":\"" + b64("mp3") + "\","
            + "\"audio_timestamps\":{\"graph_chars\":[\"a\"]}}"));
    assertArrayEquals("mp3".getBytes(StandardCharsets.US_ASCII), d.audio());
    assertTrue(d.timestamps().isPresent());
    assertEquals("t-1", ((SpeechEvent.AudioDone) EventDecoders.speech(
        "{\"type\":\"audio.done\",\"trace_id\":\"t-1\"}")).traceId());
    assertInstanceOf(SpeechEvent.AudioCleared.class, EventDecoders.speech("{\"type\":\"audio.clear\"}"));
    assertEquals("Text too long.", ((SpeechEvent.Error) EventDecoders.speech(
        "{\"type\":\"error\",\"message\":\"Text too long.\"}")).message(), "flat");
    assertEquals("Bad voice.", ((SpeechEvent.Error) EventDecoders.speech(
        "{\"type\":\"error\",\"error\":{\"message\":\"Bad voice.\",\"code\":\"voice\"}}")).message(),
        "nested");
    assertInstanceOf(SpeechEvent.Unknown.class, EventDecoders.speech("{\"type\":\"audio.meta\"}"));
  }

  @Test
  void transcriptionEvents() {
    assertEquals("tr_1", ((TranscriptionEvent.Created) EventDecoders.transcription(
        "{\"type\":\"transcript.created\",\"id\":\"tr_1\"}")).id());
    TranscriptionEvent.Partial p = assertInstanceOf(TranscriptionEvent.Partial.class,
        EventDecoders.transcription("{\"type\":\"transcript.partial\",\"text\":\"hello wor\","
            + "\"words\":[{\"text\":\"hello\",\"start\":0.1,\"end\":0.4,\"confidence\":0.9},"
            + "{\"word\":\"wor\",\"start\":0.5,\"end\":0.7}],\"is_final\":false,"
            + "\"speech_final\":false,\"start\":0,\"duration\":0.7}"));
    assertEquals(2, p.words().size());
    assertEquals("wor", p.words().get(1).text(), "a word named by 'word'");
    assertEquals(-1, p.words().get(1).confidence());
    assertEquals(-1, p.channelIndex());
    assertFalse(p.isFinal());
    TranscriptionEvent.Done done = (TranscriptionEvent.Done) EventDecoders.transcription(
        "{\"type\":\"transcript.done\",\"text\":\"hello world\",\"duration\":1.5}");
    assertEquals("hello world", done.text());
    assertEquals(1.5, done.duration());
    assertTrue(done.words().isEmpty());
    assertInstanceOf(TranscriptionEvent.Error.class,
        EventDecoders.transcription("{\"type\":\"error\",\"message\":\"bad audio\"}"));
  }
}
