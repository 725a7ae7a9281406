package io.github.xaijava.sockets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a {@link SpeechStream}, sent in the socket's URL as xAI reads them: the
 * language (required), voice, codec, sample and bit rates, speed and latency.
 */
public final class SpeechStreamOptions {

  private final Map<String, List<String>> query;
  private final String codec;
  private final int sampleRate;

  private SpeechStreamOptions(Builder b) {
    this.query = Map.copyOf(b.query);
    this.codec = b.codec;
    this.sampleRate = b.sampleRate;
  }

  /**
   * A builder for speech in {@code language} (BCP-47, e.g. {@code en}, or {@code auto}); the rest
   * is xAI's default (voice {@code eve}, MP3 at 24 kHz) unless set.
   */
  public static Builder builder(String language) {
    return new Builder(language);
  }

  Map<String, List<String>> query() {
    return query;
  }

  /** The codec asked for ({@code mp3} when not set). */
  public String codec() {
    return codec;
  }

  /** The sample rate asked for (24000 when not set). */
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public String toString() {
    return "SpeechStreamOptions" + query;
  }

  /** Builds {@link SpeechStreamOptions}. */
  public static final class Builder {
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private String codec = "mp3";
    private int sampleRate = 24000;

    private Builder(String language) {
      put("language", Objects.requireNonNull(language, "language == null"));
    }

    /** A built-in voice or a custom voice id. */
    public Builder voice(String voice) {
      return put("voice", voice);
    }

    /** {@code mp3}, {@code wav}, {@code pcm}, {@code mulaw} or {@code alaw}. */
    public Builder codec(String codec) {
      this.codec = Objects.requireNonNull(codec, "codec == null");
      return put("codec", codec);
    }

    /** 8000 to 48000. */
    public Builder sampleRate(int rate) {
      this.sampleRate = rate;
      return put("sample_rate", Integer.toString(rate));
    }

    /** MP3 only: 32000 to 192000. */
    public Builder bitRate(int rate) {
      return put("bit_rate", Integer.toString(rate));
    }

    /** 0.7 to 1.5. */
    public Builder speed(double speed) {
      return put("speed", Double.toString(speed));
    }

    /** 0, 1 or 2: how much quality to trade for the first audio sooner. */
    public Builder optimizeStreamingLatency(int level) {
      return put("optimize_streaming_latency", Integer.toString(level));
    }

    /** Ask for character timestamps with each delta. */
    public Builder withTimestamps() {
      return put("with_timestamps", "true");
    }

    /** Any other URL parameter xAI reads. */
    public Builder put(String name, String value) {
      query.put(Objects.requireNonNull(name, "name == null"),
          List.of(Objects.requireNonNull(value, "value == null")));
      return this;
    }

    public SpeechStreamOptions build() {
      return new SpeechStreamOptions(this);
    }
  }
}
