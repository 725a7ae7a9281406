package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.internal.Audio;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code /v1/tts}, streaming text to speech: {@code text.delta} messages add to the current
 * utterance, {@code text.done} speaks it (the same audio as {@code POST /v1/tts}: 60 ms a
 * character, in the socket's codec) as {@code audio.delta} frames of at most 8 KiB of audio, then
 * {@code audio.done}; {@code text.clear} drops it. Many utterances per socket. Mistakes get an
 * {@code error} frame and the socket stays open.
 */
final class TtsSocket implements WebSocket.Handler {
  /** The most audio one {@code audio.delta} carries. */
  static final int CHUNK = 8 * 1024;

  private final Context ctx;
  private final Outbox out;
  private final String codec;
  private final int sampleRate;
  private final int bitRate;
  private final StringBuilder text = new StringBuilder();

  TtsSocket(Context ctx, WebSocket ws, Delivery faults, String codec, int sampleRate, int bitRate) {
    this.ctx = ctx;
    this.codec = codec;
    this.sampleRate = sampleRate;
    this.bitRate = bitRate;
    this.out = new Outbox(ws, faults, m -> Json.obj().put("type", "error").put("code", "internal_error")
        .put("message", m).build());
    out.startCounting();
  }

  /** Why the upgrade's query cannot be served (answered 400), or null. */
  static String refusal(Query q) {
    if (q.get("language", "").isBlank()) {
      return "`language` is required: a BCP-47 tag such as en, or auto.";
    }
    String codec = Audio.codec(q.get("codec", null));
    if (!Audio.known(codec)) {
      return "`codec` must be mp3, wav, pcm, mulaw or alaw, got " + codec + ".";
    }
    Integer rate = q.integer("sample_rate", 24_000);
    if (rate == null || !Audio.SAMPLE_RATES.contains(rate)) {
      return "`sample_rate` must be one of " + Audio.SAMPLE_RATES + ", got " + q.get("sample_rate", null) + ".";
    }
    Integer bitRate = q.integer("bit_rate", 128_000);
    if (bitRate == null || bitRate < 32_000 || bitRate > 192_000) {
      return "`bit_rate` must be between 32000 and 192000, got " + q.get("bit_rate", null) + ".";
    }
    return null;
  }

  @Override
  public void onText(String message) {
    JsonObject event = parse(message);
    String type = Json.string(event, "type", null);
    if (event == null || type == null) {
      error("Messages must be JSON objects with a `type`.");
      return;
    }
    switch (type) {
      case "text.delta" -> {
        JsonElement delta = event.get("delta");
        if (delta == null || !delta.isJsonPrimitive()) {
          error("`text.delta` needs a string `delta`.");
          return;
        }
        text.append(delta.getAsString());
      }
      case "text.done" -> speak();
      case "text.clear" -> {
        text.setLength(0);
        out.send(Json.obj().put("type", "audio.clear").build());
      }
      default -> error("Unknown message type " + type + "; expected text.delta, text.done or text.clear.");
    }
  }

  @Override
  public void onBinary(byte[] data) {
    error("Binary messages are not accepted here: send text as `text.delta` messages.");
  }

  private void speak() {
    String utterance = text.toString();
    text.setLength(0);
    try {
      if (!utterance.isEmpty()) {
        double seconds = utterance.length() * 0.06;
        try (InputStream audio = Audio.stream(codec, sampleRate, bitRate, seconds)) {
          byte[] chunk = new byte[CHUNK];
          for (int n; (n = audio.readNBytes(chunk, 0, CHUNK)) > 0; ) {
            out.send(Json.obj().put("type", "audio.delta")
                .put("delta", Base64.getEncoder().encodeToString(Arrays.copyOf(chunk, n))).build());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      out.send(Json.obj().put("type", "audio.done").put("trace_id", ctx.ids().uuid()).build());
    } finally {
      out.turnEnded();
    }
  }

  private void error(String message) {
    out.send(Json.obj().put("type", "error").put("message", message).build());
  }

  static JsonObject parse(String message) {
    try {
      JsonElement e = JsonParser.parseString(message);
      return e.isJsonObject() ? e.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }
}
