package io.github.xaijava.sockets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a {@link TranscriptionStream}, sent in the socket's URL: the audio's encoding
 * and rate, interim results, endpointing, language, key terms.
 */
public final class TranscriptionStreamOptions {

  private final Map<String, List<String>> query;
  private final AudioFormat format;

  private TranscriptionStreamOptions(Builder b) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.query = Map.copyOf(q);
    this.format = b.format;
  }

  /** A builder: 16 kHz PCM with interim results, as xAI's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  Map<String, List<String>> query() {
    return query;
  }

  /** The audio's encoding and rate. */
  public AudioFormat format() {
    return format;
  }

  @Override
  public String toString() {
    return "TranscriptionStreamOptions" + query;
  }

  /** Builds {@link TranscriptionStreamOptions}. */
  public static final class Builder {
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private AudioFormat format = AudioFormat.pcm(16000);

    private Builder() {
    }

    /** The audio you will send: {@link AudioFormat#pcm}, {@code pcmu}, {@code pcma} or {@code opus}. */
    public Builder format(AudioFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      String encoding = switch (format.type()) {
        case "audio/pcmu" -> "mulaw";
        case "audio/pcma" -> "alaw";
        case "audio/opus" -> "opus";
        default -> "pcm";
      };
      put("encoding", encoding);
      return put("sample_rate", Integer.toString(format.rate()));
    }

    /** Whether to send partial transcripts while the speaker talks (xAI: yes). */
    public Builder interimResults(boolean interim) {
      return put("interim_results", Boolean.toString(interim));
    }

    /** The silence, 0 to 5000 ms, that ends an utterance. */
    public Builder endpointingMs(int millis) {
      return put("endpointing", Integer.toString(millis));
    }

    /** The language spoken. */
    public Builder language(String language) {
      return put("language", language);
    }

    /** A word or phrase to favour; repeatable (up to 100). */
    public Builder keyterm(String term) {
      query.computeIfAbsent("keyterm", k -> new ArrayList<>()).add(term);
      return this;
    }

    /** Any other URL parameter xAI reads. */
    public Builder put(String name, String value) {
      List<String> values = new ArrayList<>();
      values.add(Objects.requireNonNull(value, "value == null"));
      query.put(Objects.requireNonNull(name, "name == null"), values);
      return this;
    }

    public TranscriptionStreamOptions build() {
      return new TranscriptionStreamOptions(this);
    }
  }
}
