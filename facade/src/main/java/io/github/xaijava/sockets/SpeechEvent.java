package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * One event of a {@link SpeechStream} (xAI's streaming text-to-speech socket). Errors are events:
 * the stream's helpers turn them into exceptions. An unknown type is {@link Unknown}.
 */
public sealed interface SpeechEvent {

  /** The {@code type} field as sent. */
  String type();

  /** The event as received. */
  JsonObject json();

  /** {@code audio.delta}: audio in the stream's codec, decoded; timestamps when asked for. */
  record AudioDelta(String type, byte[] audio, Optional<JsonObject> timestamps, JsonObject json)
      implements SpeechEvent {
  }

  /** {@code audio.done}: the utterance's audio is complete. */
  record AudioDone(String type, String traceId, JsonObject json) implements SpeechEvent {
  }

  /** {@code audio.clear}: the server dropped the utterance after {@link SpeechStream#clear()}. */
  record AudioCleared(String type, JsonObject json) implements SpeechEvent {
  }

  /** {@code error}, with the message at the top level or nested, as reported. */
  record Error(String type, String code, String message, JsonObject json) implements SpeechEvent {
  }

  /** A type this version does not know. */
  record Unknown(String type, JsonObject json) implements SpeechEvent {
  }
}
