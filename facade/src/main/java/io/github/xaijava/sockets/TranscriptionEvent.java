package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One event of a {@link TranscriptionStream} (xAI's streaming speech-to-text socket). An unknown
 * type is {@link Unknown}; absent numbers read as -1.
 */
public sealed interface TranscriptionEvent {

  /** The {@code type} field as sent. */
  String type();

  /** The event as received. */
  JsonObject json();

  /** A recognised word, its times in seconds; confidence -1 when not reported. */
  record Word(String text, double start, double end, double confidence) {
  }

  /** {@code transcript.created}: the server is ready for audio. */
  record Created(String type, String id, JsonObject json) implements TranscriptionEvent {
  }

  /**
   * {@code transcript.partial}: the transcript so far of the current utterance; {@code isFinal}
   * when it will not change, {@code speechFinal} when the speaker finished the turn.
   */
  record Partial(String type, String text, List<Word> words, boolean isFinal, boolean speechFinal,
      double start, double duration, int channelIndex, JsonObject json)
      implements TranscriptionEvent {
  }

  /** {@code transcript.done}: the whole transcript; the socket closes after it. */
  record Done(String type, String text, List<Word> words, double duration, JsonObject json)
      implements TranscriptionEvent {
  }

  /** {@code error}: most close the socket. */
  record Error(String type, String code, String message, JsonObject json)
      implements TranscriptionEvent {
  }

  /** A type this version does not know. */
  record Unknown(String type, JsonObject json) implements TranscriptionEvent {
  }
}
