package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Json;
import java.util.Locale;

/**
 * {@code /v1/stt}, streaming speech to text. Binary messages are audio; the transcript is made up
 * from how much audio came: one word ({@code word1}, {@code word2}, ...) per 500 ms, at least one
 * once any audio came. With interim results, every full second of audio gets a
 * {@code transcript.partial} (the transcript of exactly that many seconds, however the audio was
 * cut into messages); {@code finalize} gets a final one; {@code audio.done} gets
 * {@code transcript.done} and a normal close. A text message that is not JSON ends the socket
 * (1008).
 */
final class SttSocket implements WebSocket.Handler {
  /** Nominal bytes per second of Opus, which has no fixed size per sample: 32 kbit/s. */
  private static final int OPUS_BYTES_PER_SECOND = 4_000;
  private static final double WORD_SECONDS = 0.5;

  private final WebSocket ws;
  private final Outbox out;
  private final int bytesPerSecond;
  private final boolean interim;
  private final String id;
  private long bytes;
  private long secondsReported;
  private boolean done;

  SttSocket(Context ctx, WebSocket ws, Delivery faults, String encoding, int sampleRate, boolean interim) {
    this.ws = ws;
    this.interim = interim;
    this.bytesPerSecond = switch (encoding) {
      case "pcm" -> sampleRate * 2;
      case "opus" -> OPUS_BYTES_PER_SECOND;
      default -> sampleRate;  // G.711: one byte a sample
    };
    this.id = ctx.ids().uuid();
    this.out = new Outbox(ws, faults, m -> Json.obj().put("type", "error").put("code", "internal_error")
        .put("message", m).build());
  }

  /** Why the upgrade's query cannot be served (answered 400), or null. */
  static String refusal(Query q) {
    String encoding = q.get("encoding", "pcm").toLowerCase(Locale.ROOT);
    if (!encoding.equals("pcm") && !encoding.equals("mulaw") && !encoding.equals("alaw") && !encoding.equals("opus")) {
      return "`encoding` must be pcm, mulaw, alaw or opus, got " + encoding + ".";
    }
    Integer rate = q.integer("sample_rate", 16_000);
    if (rate == null || rate < 8_000 || rate > 48_000) {
      return "`sample_rate` must be a number from 8000 to 48000, got " + q.get("sample_rate", null) + ".";
    }
    if (q.bool("interim_results", true) == null) {
      return "`interim_results` must be true or false, got " + q.get("interim_results", null) + ".";
    }
    return null;
  }

  /** Sends {@code transcript.created}; the greeting, which faults do not count. */
  void open() {
    out.send(Json.obj().put("type", "transcript.created").put("id", id).build());
    out.startCounting();
  }

  @Override
  public void onBinary(byte[] data) {
    if (done) {
      return;
    }
    bytes += data.length;
    long seconds = bytes / bytesPerSecond;
    while (secondsReported < seconds) {
      secondsReported++;
      if (interim) {
        out.send(result("transcript.partial", secondsReported, false));
      }
    }
  }

  @Override
  public void onText(String message) {
    JsonObject event = TtsSocket.parse(message);
    if (event == null) {
      out.send(Json.obj().put("type", "error").put("message", "Messages must be JSON objects.").build());
      ws.close(1008, "invalid message");
      return;
    }
    String type = Json.string(event, "type", "");
    switch (type) {
      case "finalize", "Finalize" -> out.send(result("transcript.partial", seconds(), true));
      case "audio.done" -> {
        done = true;
        JsonObject result = result("transcript.done", seconds(), false);
        try {
          out.send(result);
        } finally {
          out.turnEnded();
        }
        ws.close(1000, "done");
      }
      default -> out.send(Json.obj().put("type", "error")
          .put("message", "Unknown message type " + type + "; expected finalize or audio.done.").build());
    }
  }

  private double seconds() {
    return (double) bytes / bytesPerSecond;
  }

  /** A partial (final or not) or the done event, for the first {@code seconds} of audio. */
  private JsonObject result(String type, double seconds, boolean isFinal) {
    JsonArray words = new JsonArray();
    StringBuilder text = new StringBuilder();
    int count = (int) Math.floor(seconds / WORD_SECONDS + 1e-9);
    if (count == 0 && seconds > 0) {
      count = 1;
    }
    for (int i = 0; i < count; i++) {
      String word = "word" + (i + 1);
      double start = i * WORD_SECONDS;
      double end = count == 1 && seconds < WORD_SECONDS ? seconds : (i + 1) * WORD_SECONDS;
      text.append(i == 0 ? "" : " ").append(word);
      words.add(Json.obj().put("text", word).put("start", round(start)).put("end", round(end))
          .put("confidence", 0.9).build());
    }
    Json.Obj event = Json.obj().put("type", type).put("text", text.toString()).put("words", words);
    if (type.equals("transcript.done")) {
      return event.put("duration", round(seconds)).build();
    }
    return event.put("is_final", isFinal).put("speech_final", isFinal).put("start", 0)
        .put("duration", round(seconds)).build();
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
