package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v1/realtime}, the Voice Agent. */
class WebSocketRealtimeTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static final List<String> AUDIO_RESPONSE_END = List.of("response.output_audio.done",
      "response.output_audio_transcript.done", "response.content_part.done", "response.output_item.done",
      "response.done");

  @Test
  void theGreetingThenASessionUpdate() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime?model=grok-voice-beta")) {
      ws.awaitOpen();
      JsonObject created = ws.next("session.created");
      JsonObject session = created.getAsJsonObject("session");
      assertEquals("realtime.session", session.get("object").getAsString());
      assertEquals("grok-voice-beta", session.get("model").getAsString());
      assertEquals("eve", session.get("voice").getAsString());
      assertEquals("server_vad", session.getAsJsonObject("turn_detection").get("type").getAsString());
      assertEquals(24_000, session.getAsJsonObject("audio").getAsJsonObject("output").getAsJsonObject("format")
          .get("rate").getAsInt());
      assertFalse(session.has("resumed"));
      JsonObject conversation = ws.next("conversation.created").getAsJsonObject("conversation");
      assertTrue(conversation.get("id").getAsString().startsWith("conv_"));
      assertEquals("realtime.conversation", conversation.get("object").getAsString());
      ws.next("ping");

      ws.send("{'type':'session.update','session':{'voice':'ara','instructions':'Be brief.'}}");
      JsonObject updated = ws.next("session.updated").getAsJsonObject("session");
      assertEquals("ara", updated.get("voice").getAsString());
      assertEquals("Be brief.", updated.get("instructions").getAsString());
      assertEquals("grok-voice-beta", updated.get("model").getAsString(), "merged, not replaced");
      ws.send("{'type':'pong'}");
      ws.send("{'type':'dance'}");
      JsonObject error = ws.next("error").getAsJsonObject("error");
      assertEquals("invalid_event", error.get("code").getAsString());
      ws.send("[1,2");
      assertEquals("invalid_event", ws.next("error").getAsJsonObject("error").get("code").getAsString());
    }
  }

  @Test
  void aTextTurnIsSpokenWordByWord() {
    try (Ws ws = open()) {
      ws.send("{'type':'conversation.item.create','item':{'type':'message','role':'user',"
          + "'content':[{'type':'input_text','text':'hello there'}]}}");
      JsonObject added = ws.next("conversation.item.added").getAsJsonObject("item");
      assertTrue(added.get("id").getAsString().startsWith("item_"));
      assertEquals("hello there", added.getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString());
      ws.send("{'type':'response.create'}");
      List<JsonObject> frames = ws.until("response.done");
      List<String> types = WebSocketFrontTest.types(frames);
      assertEquals(List.of("response.created", "response.output_item.added", "response.content_part.added"),
          types.subList(0, 3));
      assertEquals(AUDIO_RESPONSE_END, types.subList(types.size() - 5, types.size()));
      StringBuilder transcript = new StringBuilder();
      int audioFrames = 0;
      for (JsonObject f : frames) {
        switch (f.get("type").getAsString()) {
          case "response.output_audio_transcript.delta" -> transcript.append(f.get("delta").getAsString());
          case "response.output_audio.delta" -> {
            assertEquals(4_800, Base64.getDecoder().decode(f.get("delta").getAsString()).length, "100 ms at 24 kHz");
            audioFrames++;
          }
          default -> { }
        }
      }
      assertEquals("You said: hello there", transcript.toString());
      assertEquals(4, audioFrames, "one per word");
      JsonObject created = frames.get(0).getAsJsonObject("response");
      assertEquals("in_progress", created.get("status").getAsString());
      assertEquals("realtime.response", created.get("object").getAsString());
      JsonObject done = frames.get(frames.size() - 1).getAsJsonObject("response");
      assertEquals("completed", done.get("status").getAsString());
      assertEquals(created.get("id"), done.get("id"));
      JsonObject usage = done.getAsJsonObject("usage");
      assertEquals(usage.get("input_tokens").getAsInt() + usage.get("output_tokens").getAsInt(),
          usage.get("total_tokens").getAsInt());
      assertEquals("You said: hello there", frames.get(frames.size() - 4).get("transcript").getAsString());
      Set<String> eventIds = new HashSet<>();
      frames.forEach(f -> assertTrue(eventIds.add(f.get("event_id").getAsString()), "event ids are unique"));
    }
  }

  @Test
  void textOnlyAndTheBetaSpellingOfAudioDeltas() {
    try (Ws ws = open()) {
      ws.send("{'type':'session.update','session':{'modalities':['text']}}");
      ws.next("session.updated");
      userSays(ws, "hi");
      ws.send("{'type':'response.create'}");
      List<String> types = WebSocketFrontTest.types(ws.until("response.done"));
      assertEquals(List.of("response.created", "response.output_item.added", "response.content_part.added",
          "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
          "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.done"), types);

      ws.send("{'type':'session.update','session':{'modalities':['text','audio']}}");
      ws.next("session.updated");
      ws.send("{'type':'response.create','response':{'metadata':{'spelling':'beta'}}}");
      List<JsonObject> frames = ws.until("response.done");
      List<String> beta = WebSocketFrontTest.types(frames);
      assertTrue(beta.contains("response.audio.delta"), beta.toString());
      assertFalse(beta.contains("response.output_audio.delta"));
      assertEquals("beta", frames.get(0).getAsJsonObject("response").getAsJsonObject("metadata").get("spelling").getAsString());
      assertEquals("beta", frames.get(frames.size() - 1).getAsJsonObject("response").getAsJsonObject("metadata")
          .get("spelling").getAsString());
    }
  }

  @Test
  void anAudioTurnEndsBySilence() {
    try (Ws ws = open()) {
      byte[] audio = pcm(1_000, 600);
      for (int off = 0; off < audio.length; off += 4_800) {  // 100 ms appends
        byte[] chunk = Arrays.copyOfRange(audio, off, Math.min(audio.length, off + 4_800));
        ws.send("{'type':'input_audio_buffer.append','audio':'" + Base64.getEncoder().encodeToString(chunk) + "'}");
      }
      JsonObject started = ws.next("input_audio_buffer.speech_started");
      String itemId = started.get("item_id").getAsString();
      assertEquals(0, started.get("audio_start_ms").getAsInt());
      JsonObject stopped = ws.next("input_audio_buffer.speech_stopped");
      assertEquals(itemId, stopped.get("item_id").getAsString());
      long endMs = stopped.get("audio_end_ms").getAsLong();
      assertTrue(endMs >= 990 && endMs <= 1_000, "where the tone ended: " + endMs);
      JsonObject committed = ws.next("input_audio_buffer.committed");
      assertEquals(itemId, committed.get("item_id").getAsString());
      assertTrue(committed.get("previous_item_id").isJsonNull(), "the first item");
      JsonObject item = ws.next("conversation.item.added").getAsJsonObject("item");
      assertEquals("user", item.get("role").getAsString());
      JsonObject part = item.getAsJsonArray("content").get(0).getAsJsonObject();
      assertEquals("input_audio", part.get("type").getAsString());
      assertEquals("heard 1.5 seconds of audio", part.get("transcript").getAsString());
      assertEquals("heard 1.5 seconds of audio",
          ws.next("conversation.item.input_audio_transcription.completed").get("transcript").getAsString());
      List<JsonObject> response = ws.until("response.done");
      assertEquals("You said: heard 1.5 seconds of audio", response.get(response.size() - 4).get("transcript").getAsString());

      // binary frames are audio too; a manual commit ends the turn (no speech_stopped)
      ws.sendBinary(pcm(300, 0));
      ws.next("input_audio_buffer.speech_started");
      ws.send("{'type':'input_audio_buffer.commit'}");
      JsonObject second = ws.next("input_audio_buffer.committed");
      String answerId = response.get(1).getAsJsonObject("item").get("id").getAsString();
      assertEquals(answerId, second.get("previous_item_id").getAsString(), "after the conversation's last item");
      ws.next("conversation.item.added");
      assertEquals("heard 0.4 seconds of audio", ws.next("conversation.item.input_audio_transcription.completed")
          .get("transcript").getAsString(), "the 100 ms of silence left after the first turn, then 300 ms");
      ws.until("response.done");
      ws.send("{'type':'input_audio_buffer.append','audio':'" + Base64.getEncoder().encodeToString(new byte[960]) + "'}");
      ws.send("{'type':'input_audio_buffer.clear'}");
      ws.next("input_audio_buffer.cleared");
      ws.send("{'type':'input_audio_buffer.commit'}");
      assertEquals("input_audio_buffer_commit_empty", ws.next("error").getAsJsonObject("error").get("code").getAsString());
    }
  }

  @Test
  void aFunctionRoundTrip() {
    try (Ws ws = open()) {
      ws.send("{'type':'session.update','session':{'tools':[{'type':'function','name':'lookup',"
          + "'parameters':{'type':'object','properties':{'text':{'type':'string'}}}}]}}");
      ws.next("session.updated");
      userSays(ws, "find cats");
      ws.send("{'type':'response.create'}");
      List<JsonObject> call = ws.until("response.done");
      assertEquals(List.of("response.created", "response.output_item.added", "response.function_call_arguments.delta",
          "response.function_call_arguments.delta", "response.function_call_arguments.done", "response.output_item.done",
          "response.done"), WebSocketFrontTest.types(call));
      assertEquals("function_call", call.get(1).getAsJsonObject("item").get("type").getAsString());
      JsonObject args = call.get(4);
      assertEquals("lookup", args.get("name").getAsString());
      assertEquals(args.get("arguments").getAsString(), call.get(2).get("delta").getAsString() + call.get(3).get("delta").getAsString());
      assertEquals("find cats", JsonParser.parseString(args.get("arguments").getAsString()).getAsJsonObject()
          .get("text").getAsString());
      String callId = args.get("call_id").getAsString();
      JsonObject done = call.get(6).getAsJsonObject("response");
      assertEquals("completed", done.get("status").getAsString());
      assertEquals(callId, done.getAsJsonArray("output").get(0).getAsJsonObject().get("call_id").getAsString());

      ws.send("{'type':'conversation.item.create','item':{'type':'function_call_output','call_id':'" + callId
          + "','output':'42 cats'}}");
      assertEquals("function_call_output", ws.next("conversation.item.added").getAsJsonObject("item").get("type").getAsString());
      ws.send("{'type':'response.create'}");
      List<JsonObject> answer = ws.until("response.done");
      assertEquals("Tool said: 42 cats", answer.get(answer.size() - 4).get("transcript").getAsString());
    }
    try (Ws ws = open()) {  // the Chat Completions shape of a tool
      ws.send("{'type':'session.update','session':{'tools':[{'type':'function','function':{'name':'nested'}}]}}");
      ws.next("session.updated");
      userSays(ws, "x");
      ws.send("{'type':'response.create'}");
      assertEquals("nested", ws.until("response.function_call_arguments.done").stream()
          .filter(f -> f.has("name")).findFirst().orElseThrow().get("name").getAsString());
      ws.until("response.done");
    }
  }

  @Test
  void aCancelStopsTheResponseBetweenFrames() {
    xai.faults().onPath("/v1/realtime").drip(Duration.ofMillis(20));
    try (Ws ws = open()) {
      userSays(ws, "word ".repeat(40).trim());
      ws.send("{'type':'response.create'}");
      ws.next("response.created");
      ws.send("{'type':'response.cancel'}");
      List<JsonObject> rest = ws.until("response.done");
      JsonObject done = rest.get(rest.size() - 1).getAsJsonObject("response");
      assertEquals("cancelled", done.get("status").getAsString());
      long deltas = rest.stream().filter(f -> f.get("type").getAsString().equals("response.output_audio_transcript.delta")).count();
      assertTrue(deltas < 41, "stopped early: " + deltas + " of 41 words");
      assertFalse(WebSocketFrontTest.types(rest).contains("response.output_audio.done"));
      ws.send("{'type':'response.cancel'}");
      assertEquals("response_cancel_not_active", ws.next("error").getAsJsonObject("error").get("code").getAsString());
    }
  }

  @Test
  void aConversationResumesOnANewSocket() {
    String conversation;
    String itemId;
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime")) {
      ws.awaitOpen();
      ws.next("session.created");
      conversation = ws.next("conversation.created").getAsJsonObject("conversation").get("id").getAsString();
      ws.next("ping");
      itemId = userSays(ws, "remember me");
      ws.send("{'type':'response.create'}");
      ws.until("response.done");
    }
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime?conversation_id=" + conversation)) {
      ws.awaitOpen();
      assertTrue(ws.next("session.created").getAsJsonObject("session").get("resumed").getAsBoolean());
      assertEquals(conversation, ws.next("conversation.created").getAsJsonObject("conversation").get("id").getAsString());
      ws.next("ping");
      ws.send("{'type':'response.create'}");
      List<JsonObject> frames = ws.until("response.done");
      assertEquals("You said: remember me", frames.get(frames.size() - 4).get("transcript").getAsString(), "its history");
      ws.send("{'type':'conversation.item.truncate','item_id':'"
          + frames.get(1).getAsJsonObject("item").get("id").getAsString() + "','content_index':0,'audio_end_ms':250}");
      assertEquals("You said:", ws.next("conversation.item.truncated").get("transcript").getAsString(), "two words played");
      ws.send("{'type':'conversation.item.delete','item_id':'" + itemId + "'}");
      assertEquals(itemId, ws.next("conversation.item.deleted").get("item_id").getAsString());
    }
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime?conversation_id=conv_unknown")) {
      ws.awaitOpen();
      ws.next("session.created");
      JsonObject error = ws.next("error").getAsJsonObject("error");
      assertEquals("conversation_not_found", error.get("code").getAsString());
      assertEquals("invalid_request_error", error.get("type").getAsString());
      assertEquals("closing", ws.nextEvent().kind());
    }
  }

  @Test
  void aCutDropsTheConnectionInTheFirstTurn() {
    xai.faults().onPath("/v1/realtime").cutStreamAfter(3);
    try (Ws ws = open()) {
      userSays(ws, "hello");  // conversation.item.added: one
      ws.send("{'type':'response.create'}");
      ws.next("response.created");
      ws.next("response.output_item.added");
      assertEquals("failure", ws.nextEvent().kind(), "dropped, no close frame");
    }
  }

  @Test
  void anErrorFrameInTheFirstTurnThenTheSessionGoesOn() {
    xai.faults().onPath("/v1/realtime").errorFrameAfter(2);
    try (Ws ws = open()) {
      userSays(ws, "hello");
      ws.send("{'type':'response.create'}");
      ws.next("response.created");
      JsonObject error = ws.next("error").getAsJsonObject("error");
      assertEquals("internal_error", error.get("code").getAsString());
      assertEquals("server_error", error.get("type").getAsString());
      ws.send("{'type':'response.create'}");
      List<String> types = WebSocketFrontTest.types(ws.until("response.done"));
      assertEquals("response.created", types.get(0), "the next response is whole");
    }
  }

  /** Opens a session and reads its greeting. */
  private static Ws open() {
    Ws ws = Ws.open(xai.simulator(), "/v1/realtime");
    ws.awaitOpen();
    ws.next("session.created");
    ws.next("conversation.created");
    ws.next("ping");
    return ws;
  }

  /** Adds a user message; returns its id. */
  private static String userSays(Ws ws, String text) {
    ws.send("{'type':'conversation.item.create','item':{'type':'message','role':'user','content':[{'type':'input_text',"
        + "'text':'" + text + "'}]}}");
    return ws.next("conversation.item.added").getAsJsonObject("item").get("id").getAsString();
  }

  /** 16-bit PCM at 24 kHz: {@code toneMs} of a loud 440 Hz tone, then {@code silenceMs} of silence. */
  private static byte[] pcm(int toneMs, int silenceMs) {
    int tone = 24 * toneMs;
    int total = tone + 24 * silenceMs;
    byte[] out = new byte[total * 2];
    for (int i = 0; i < tone; i++) {
      short s = (short) (Math.sin(2 * Math.PI * 440 * i / 24_000.0) * 8_000);
      out[2 * i] = (byte) s;
      out[2 * i + 1] = (byte) (s >> 8);
    }
    return out;
  }
}
