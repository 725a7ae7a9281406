package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Multipart;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/stt}: a multipart form, read as xAI reads it (a field after the file part is
 * not seen). The audio comes as a {@code file} part or a {@code url}, never both. The transcript
 * names what it heard (the file's name and size, or the URL) so a test can tell answers apart;
 * its duration is read from a WAV header, else estimated from the size; with {@code diarize}
 * the words alternate between two speakers.
 */
final class SpeechToTextRoute {

  void transcribe(Call call) {
    List<Multipart.Part> parts = Routes.multipart(call);
    if (parts == null) {
      return;
    }
    Multipart.Part file = null;
    String url = null;
    String language = null;
    boolean diarize = false;
    List<String> keyterms = new ArrayList<>();
    for (Multipart.Part p : parts) {
      if (p.name().equals("file")) {
        file = file == null ? p : file;
        continue;
      }
      if (file != null) {
        continue;   // xAI reads the fields only until the file part
      }
      switch (p.name()) {
        case "url" -> url = p.text().trim();
        case "language" -> language = p.text().trim();
        case "diarize" -> diarize = Boolean.parseBoolean(p.text().trim());
        case "keyterm" -> keyterms.add(p.text().trim());
        default -> { }
      }
    }
    if ((file == null) == (url == null)) {
      call.error(400, "Send the audio as a `file` part or as a `url`, not " + (file == null ? "neither" : "both") + ".");
      return;
    }
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      call.error(400, "`url` must be an http or https URL, got " + url + ".");
      return;
    }
    String heard = file != null
        ? "Simulated transcript of " + (file.filename() == null ? "audio" : file.filename()) + " ("
            + file.content().length + " bytes)"
        : "Simulated transcript of " + url;
    if (!keyterms.isEmpty()) {
      heard += " with " + String.join(" and ", keyterms);
    }
    double duration = file == null ? 3.0 : duration(file.content());
    String[] words = heard.split(" ");
    JsonArray timed = new JsonArray();
    for (int i = 0; i < words.length; i++) {
      Json.Obj word = Json.obj().put("text", words[i])
          .put("start", Math.round(duration * i / words.length * 1000) / 1000.0)
          .put("end", Math.round(duration * (i + 1) / words.length * 1000) / 1000.0)
          .put("confidence", 0.98);
      if (diarize) {
        word.put("speaker", i % 2);
      }
      timed.add(word.build());
    }
    call.ok(Json.obj().put("text", heard).put("language", language == null ? "en" : language)
        .put("duration", duration).put("words", timed).build());
  }

  /** A WAV file's length from its header; otherwise the size read as 16 kHz 16-bit mono. */
  static double duration(byte[] audio) {
    if (audio.length >= 44 && new String(audio, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")) {
      ByteBuffer header = ByteBuffer.wrap(audio, 0, 44).order(ByteOrder.LITTLE_ENDIAN);
      int byteRate = header.getInt(28);
      long data = Integer.toUnsignedLong(header.getInt(40));
      if (byteRate > 0) {
        return Math.round(data * 1000.0 / byteRate) / 1000.0;
      }
    }
    return Math.round(audio.length * 1000.0 / 32_000) / 1000.0;
  }
}
