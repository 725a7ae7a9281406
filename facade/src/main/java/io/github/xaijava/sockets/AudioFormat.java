package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * An audio encoding of the voice sockets: {@code audio/pcm} (16-bit little-endian at a chosen
 * rate), {@code audio/pcmu} and {@code audio/pcma} (G.711 at 8 kHz), {@code audio/opus} (24 kHz).
 *
 * @param type the MIME type xAI names it by
 * @param rate samples per second
 */
public record AudioFormat(String type, int rate) {

  public AudioFormat {
    Objects.requireNonNull(type, "type == null");
    if (rate <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + rate);
    }
  }

  /** 16-bit little-endian PCM at {@code rate} (8000 to 48000; xAI's default is 24000). */
  public static AudioFormat pcm(int rate) {
    return new AudioFormat("audio/pcm", rate);
  }

  /** G.711 µ-law at 8 kHz. */
  public static AudioFormat pcmu() {
    return new AudioFormat("audio/pcmu", 8000);
  }

  /** G.711 A-law at 8 kHz. */
  public static AudioFormat pcma() {
    return new AudioFormat("audio/pcma", 8000);
  }

  /** Opus at 24 kHz, one packet per binary frame. */
  public static AudioFormat opus() {
    return new AudioFormat("audio/opus", 24000);
  }

  /** Bytes in {@code millis} of this audio; -1 for Opus, whose packets vary. */
  public int bytesFor(long millis) {
    return switch (type) {
      case "audio/pcm" -> (int) (rate * 2L * millis / 1000);
      case "audio/pcmu", "audio/pcma" -> (int) (rate * millis / 1000);
      default -> -1;
    };
  }

  JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    o.addProperty("rate", rate);
    return o;
  }
}
