package io.github.xaijava.generated.model;

import java.util.Base64;

/**
 * {@link TimestampedSpeech}'s audio as bytes, over its public accessors (the {@code helpers}
 * rule of {@code generated/shaping.json} attaches it).
 */
interface TimestampedSpeechAudio {

  String audio();

  /** The audio, decoded from base64, in the codec asked for. */
  default byte[] audioBytes() {
    return Base64.getDecoder().decode(audio());
  }
}
