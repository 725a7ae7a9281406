package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v1/tts} and {@code /v1/stt}, streaming. */
class WebSocketSpeechTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void twoUtterancesAndAClearOnOneTtsSocket() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/tts?language=en&voice=eve&codec=pcm&sample_rate=24000")) {
      ws.awaitOpen();
      ws.send("{'type':'text.delta','delta':'Hello '}");
      ws.send("{'type':'text.delta','delta':'world'}");
      ws.send("{'type':'text.done'}");
      Utterance first = utterance(ws);
      // 11 characters at 60 ms, 16-bit samples at 24 kHz: as POST /v1/tts speaks them.
      assertEquals(2 * (long) (11 * 0.06 * 24_000), first.bytes);
      assertEquals(4, first.frames, "8 KiB of audio a frame at most");
      assertTrue(first.traceId.matches("[0-9a-f-]{36}"), first.traceId);

      ws.send("{'type':'text.delta','delta':'Bye'}");
      ws.send("{'type':'text.done'}");
      Utterance second = utterance(ws);
      assertEquals(2 * (long) (3 * 0.06 * 24_000), second.bytes, "the buffer started empty again");

      ws.send("{'type':'text.delta','delta':'never spoken'}");
      ws.send("{'type':'text.clear'}");
      ws.next("audio.clear");
      ws.send("{'type':'text.done'}");
      Utterance nothing = utterance(ws);
      assertEquals(0, nothing.frames, "nothing to say: audio.done alone");
    }
  }

  @Test
  void mistakesGetAnErrorAndTheTtsSocketStaysOpen() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/tts?language=en")) {
      ws.awaitOpen();
      ws.send("{oops");
      assertTrue(ws.next("error").get("message").getAsString().contains("JSON"));
      ws.send("{'type':'speak'}");
      assertTrue(ws.next("error").get("message").getAsString().contains("speak"));
      ws.send("{'type':'text.delta','delta':'Hi'}");
      ws.send("{'type':'text.done'}");
      assertTrue(utterance(ws).frames > 0, "mp3 by default");
    }
  }

  @Test
  void anErrorFrameCutsTheFirstUtteranceOnly() {
    xai.faults().onPath("/v1/tts").errorFrameAfter(1);
    try (Ws ws = Ws.open(xai.simulator(), "/v1/tts?language=en&codec=pcm")) {
      ws.awaitOpen();
      ws.send("{'type':'text.delta','delta':'" + "long text ".repeat(10) + "'}");
      ws.send("{'type':'text.done'}");
      ws.next("audio.delta");
      JsonObject error = ws.next("error");
      assertEquals("internal_error", error.get("code").getAsString());
      ws.send("{'type':'text.delta','delta':'again'}");
      ws.send("{'type':'text.done'}");
      assertEquals(2 * (long) (5 * 0.06 * 24_000), utterance(ws).bytes);
    }
  }

  @Test
  void sttPartialsEverySecondThenAFinalAndTheDone() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/stt?sample_rate=16000&encoding=pcm&language=en")) {
      ws.awaitOpen();
      assertTrue(ws.next("transcript.created").get("id").getAsString().length() > 0);
      // 2.5 s of 16-bit audio at 16 kHz, in 100 ms messages
      for (int i = 0; i < 25; i++) {
        ws.sendBinary(new byte[3_200]);
      }
      JsonObject one = ws.next("transcript.partial");
      assertEquals("word1 word2", one.get("text").getAsString());
      assertEquals(false, one.get("is_final").getAsBoolean());
      assertEquals(false, one.get("speech_final").getAsBoolean());
      assertEquals(1.0, one.get("duration").getAsDouble());
      JsonObject two = ws.next("transcript.partial");
      assertEquals("word1 word2 word3 word4", two.get("text").getAsString());
      JsonArray words = two.getAsJsonArray("words");
      assertEquals(4, words.size());
      JsonObject third = words.get(2).getAsJsonObject();
      assertEquals("word3", third.get("text").getAsString());
      assertEquals(1.0, third.get("start").getAsDouble());
      assertEquals(1.5, third.get("end").getAsDouble());
      assertEquals(0.9, third.get("confidence").getAsDouble());

      ws.send("{'type':'Finalize'}");
      JsonObject fin = ws.next("transcript.partial");
      assertTrue(fin.get("is_final").getAsBoolean());
      assertTrue(fin.get("speech_final").getAsBoolean());
      assertEquals(2.5, fin.get("duration").getAsDouble());
      assertEquals("word1 word2 word3 word4 word5", fin.get("text").getAsString());

      ws.send("{'type':'audio.done'}");
      JsonObject done = ws.next("transcript.done");
      assertEquals("word1 word2 word3 word4 word5", done.get("text").getAsString());
      assertEquals(2.5, done.get("duration").getAsDouble());
      assertEquals(5, done.getAsJsonArray("words").size());
      Ws.Event closing = ws.nextEvent();
      assertEquals("closing", closing.kind());
      assertEquals(1000, closing.code());
    }
  }

  @Test
  void sttWithoutInterimResultsAndWithAShortClip() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/stt?interim_results=false&encoding=mulaw&sample_rate=8000")) {
      ws.awaitOpen();
      ws.next("transcript.created");
      ws.sendBinary(new byte[16_000]);  // two seconds of G.711, one byte a sample
      ws.sendBinary(new byte[800]);
      ws.send("{'type':'finalize'}");
      JsonObject fin = ws.next("transcript.partial");  // no interim partials came first
      assertEquals(2.1, fin.get("duration").getAsDouble());
      assertEquals(4, fin.getAsJsonArray("words").size());
      ws.send("{'type':'audio.done'}");
      ws.next("transcript.done");
    }
    try (Ws ws = Ws.open(xai.simulator(), "/v1/stt")) {
      ws.awaitOpen();
      ws.next("transcript.created");
      ws.sendBinary(new byte[3_200]);  // 100 ms
      ws.send("{'type':'audio.done'}");
      JsonObject done = ws.next("transcript.done");
      assertEquals("word1", done.get("text").getAsString(), "at least one word once audio came");
      assertEquals(0.1, done.getAsJsonArray("words").get(0).getAsJsonObject().get("end").getAsDouble());
    }
  }

  @Test
  void sttEndsOnATextThatIsNotJson() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/stt")) {
      ws.awaitOpen();
      ws.next("transcript.created");
      ws.send("hello?");
      ws.next("error");
      Ws.Event closing = ws.nextEvent();
      assertEquals(1008, closing.code());
    }
  }

  @Test
  void sttRefusesAnUnknownEncoding() {
    assertEquals(400, Ws.open(xai.simulator(), "/v1/stt?encoding=flac").awaitRefusal().status());
  }

  private record Utterance(long bytes, int frames, String traceId) {}

  /** The audio frames of one utterance, up to its audio.done. */
  private static Utterance utterance(Ws ws) {
    List<JsonObject> frames = new ArrayList<>(ws.until("audio.done"));
    JsonObject done = frames.remove(frames.size() - 1);
    long bytes = 0;
    for (JsonObject f : frames) {
      assertEquals("audio.delta", f.get("type").getAsString());
      byte[] audio = Base64.getDecoder().decode(f.get("delta").getAsString());
      assertTrue(audio.length <= 8 * 1024);
      bytes += audio.length;
    }
    return new Utterance(bytes, frames.size(), done.get("trace_id").getAsString());
  }
}
