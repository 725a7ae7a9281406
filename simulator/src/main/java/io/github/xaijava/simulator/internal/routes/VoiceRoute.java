package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Audio;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Voice: {@code POST /v1/tts} speaks text as audio of the asked codec, made as it is sent (about
 * 60 ms a character at speed 1, so long text is a long download); with {@code with_timestamps}
 * the audio comes in base64 inside JSON with a time per character. Built-in voices and the ids of
 * custom voices are taken. The built-in voices list.
 */
final class VoiceRoute {
  /** The longest text one request may speak. */
  static final int MAX_TEXT = 15_000;
  private static final Set<Integer> RATES = Audio.SAMPLE_RATES;
  private static final List<String[]> VOICES = List.of(
      new String[] {"eve", "Eve", "en"}, new String[] {"ara", "Ara", "en"},
      new String[] {"leo", "Leo", "en"}, new String[] {"rex", "Rex", "en"},
      new String[] {"sal", "Sal", "en"});

  private final Context ctx;

  VoiceRoute(Context ctx) {
    this.ctx = ctx;
  }

  void speak(Call call) {
    JsonObject body = call.json();
    String text = Json.string(body, "text", "");
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      call.error(400, "`text` must have 1 to " + MAX_TEXT + " characters, got " + text.length() + ".");
      return;
    }
    if (Json.string(body, "language", "").isBlank()) {
      call.error(400, "`language` is required: a BCP-47 tag such as en, or auto.");
      return;
    }
    String voice = Json.string(body, "voice_id", "eve").toLowerCase(java.util.Locale.ROOT);
    if (voice(voice) == null && !ctx.state().customVoices.containsKey(voice)) {
      call.error(404, "Voice " + voice + " was not found.");
      return;
    }
    JsonObject format = Json.object(body, "output_format");
    String codec = Audio.codec(Json.string(format, "codec", null));
    int rate = (int) Json.integer(format, "sample_rate", codec.equals("mulaw") || codec.equals("alaw") ? 8000 : 24000);
    int bitRate = (int) Json.integer(format, "bit_rate", 128_000);
    double speed = body.has("speed") ? body.get("speed").getAsDouble() : 1.0;
    if (!Audio.known(codec)) {
      call.error(400, "`output_format.codec` must be mp3, wav, pcm, mulaw or alaw, got " + codec + ".");
      return;
    }
    if (!RATES.contains(rate)) {
      call.error(400, "`output_format.sample_rate` must be one of " + new java.util.TreeSet<>(RATES) + ", got " + rate + ".");
      return;
    }
    if (bitRate < 32_000 || bitRate > 192_000) {
      call.error(400, "`output_format.bit_rate` must be between 32000 and 192000, got " + bitRate + ".");
      return;
    }
    if (speed < 0.7 || speed > 1.5) {
      call.error(400, "`speed` must be between 0.7 and 1.5, got " + speed + ".");
      return;
    }
    double seconds = text.length() * 0.06 / speed;
    InputStream audio = Audio.stream(codec, rate, bitRate, seconds);
    if (!Json.bool(body, "with_timestamps", false)) {
      call.stream(200, Audio.contentType(codec), audio);
      return;
    }
    JsonArray chars = new JsonArray();
    JsonArray times = new JsonArray();
    double perChar = seconds / text.length();
    for (int i = 0; i < text.length(); i++) {
      chars.add(String.valueOf(text.charAt(i)));
      JsonArray span = new JsonArray();
      span.add(Math.round(i * perChar * 1000) / 1000.0);
      span.add(Math.round((i + 1) * perChar * 1000) / 1000.0);
      times.add(span);
    }
    call.ok(Json.obj().put("audio", Base64.getEncoder().encodeToString(readAll(audio)))
        .put("content_type", Audio.contentType(codec)).put("duration", seconds)
        .put("audio_timestamps", Json.obj().put("graph_chars", chars).put("graph_times", times))
        .build());
  }

  /**
   * {@code POST /v1/realtime/client_secrets}: a short-lived secret for a browser's realtime
   * session, answered flat ({@code value}, {@code expires_at}) as xAI's reference shows.
   */
  void clientSecret(Call call) {
    JsonObject body = call.body().length == 0 ? new JsonObject() : call.json();
    long seconds = Json.integer(Json.object(body, "expires_after"), "seconds", 600);
    if (seconds < 1 || seconds > 3600) {
      call.error(400, "`expires_after.seconds` must be between 1 and 3600, got " + seconds + ".");
      return;
    }
    String secret = "xai-realtime-" + ctx.ids().uuid().replace("-", "");
    long expiresAt = ctx.settings().now() + seconds;
    ctx.state().realtimeSecrets.put(secret, expiresAt);  // a realtime socket may authenticate with it
    call.ok(Json.obj().put("value", secret).put("expires_at", expiresAt).build());
  }

  void voices(Call call) {
    JsonArray voices = new JsonArray();
    VOICES.forEach(v -> voices.add(json(v)));
    call.ok(Json.obj().put("voices", voices).build());
  }

  void voice(Call call) {
    String[] voice = voice(call.param("voice_id").toLowerCase(java.util.Locale.ROOT));
    if (voice == null) {
      call.error(404, "Voice " + call.param("voice_id") + " was not found.");
      return;
    }
    call.ok(json(voice));
  }

  private static String[] voice(String id) {
    return VOICES.stream().filter(v -> v[0].equals(id)).findFirst().orElse(null);
  }

  private static JsonObject json(String[] voice) {
    return Json.obj().put("voice_id", voice[0]).put("name", voice[1]).put("language", voice[2]).build();
  }

  private static byte[] readAll(InputStream in) {
    try (InputStream source = in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      source.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
