package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * One event of a {@link VoiceSession} (xAI's Voice Agent socket), typed by its {@code type}.
 *
 * <pre>{@code
 * for (VoiceEvent event : session) {
 *   if (event instanceof VoiceEvent.AudioDelta audio) {
 *     speaker.write(audio.audio());
 *   } else if (event instanceof VoiceEvent.ResponseLifecycle r && r.isDone()) {
 *     break;
 *   }
 * }
 * }</pre>
 *
 * <p>Every event keeps its JSON as received ({@link #json()}). What xAI's sources report in more
 * than one form is read in all of them: audio deltas as {@code response.output_audio.delta} and
 * {@code response.audio.delta}, text as {@code response.output_text.delta} and
 * {@code response.text.delta}, transcripts likewise; absent indexes read as -1, absent strings as
 * {@code ""}, an empty {@code usage} as none. A type this version does not know is
 * {@link Unknown}. Errors are events ({@link Error}): most leave the session open.
 */
public sealed interface VoiceEvent {

  /** The {@code type} field as sent. */
  String type();

  /** The event as received (a copy is not made: do not change it). */
  JsonObject json();

  /** {@code session.created} and {@code session.updated}: the whole session configuration. */
  record Session(String type, JsonObject session, JsonObject json) implements VoiceEvent {
    /** Whether this is the first, {@code session.created}. */
    public boolean isCreated() {
      return type.equals("session.created");
    }
  }

  /** {@code conversation.created}: keep {@link #conversationId()} to resume the session. */
  record ConversationCreated(String type, String conversationId, JsonObject json)
      implements VoiceEvent {
  }

  /**
   * {@code input_audio_buffer.speech_started} and {@code .speech_stopped}: the server heard the
   * user start or stop; {@code millis} is {@code audio_start_ms} or {@code audio_end_ms}.
   */
  record Speech(String type, String itemId, long millis, JsonObject json) implements VoiceEvent {
    /** Whether the user started speaking (barge in: stop playing the answer). */
    public boolean isStarted() {
      return type.endsWith("speech_started");
    }
  }

  /**
   * The rest of the input buffer's events: {@code .committed}, {@code .cleared},
   * {@code .timeout_triggered}, {@code .dtmf_event_received}.
   */
  record InputAudio(String type, String itemId, JsonObject json) implements VoiceEvent {
  }

  /**
   * {@code conversation.item.input_audio_transcription.updated} (the whole transcript so far, not
   * a delta) and {@code .completed}.
   */
  record InputTranscript(String type, String itemId, String transcript, JsonObject json)
      implements VoiceEvent {
    /** Whether the transcript is final. */
    public boolean isCompleted() {
      return type.endsWith(".completed");
    }
  }

  /**
   * {@code conversation.item.added} (also {@code .created}), {@code .deleted} and
   * {@code .truncated}: a conversation item changed.
   */
  record Item(String type, String itemId, Optional<JsonObject> item, JsonObject json)
      implements VoiceEvent {
  }

  /**
   * {@code response.created} and {@code response.done}: a response began or ended, with its
   * {@code status} ({@code completed}, {@code cancelled}, {@code incomplete}, ...) and, when
   * reported and not empty, its usage.
   */
  record ResponseLifecycle(String type, String responseId, String status, Optional<Usage> usage,
      JsonObject json) implements VoiceEvent {
    /** Whether this is {@code response.done}. */
    public boolean isDone() {
      return type.equals("response.done");
    }
  }

  /** Tokens a voice response used. */
  record Usage(long inputTokens, long outputTokens, long totalTokens) {
  }

  /**
   * The response's structure: {@code response.output_item.added|done} and
   * {@code response.content_part.added|done} (the part may be missing, as reported).
   */
  record OutputPart(String type, String responseId, String itemId, int outputIndex,
      JsonObject json) implements VoiceEvent {
  }

  /** Audio of the answer, decoded from base64 (PCM unless the session chose otherwise). */
  record AudioDelta(String type, String responseId, String itemId, byte[] audio, JsonObject json)
      implements VoiceEvent {
  }

  /** {@code response.output_audio.delta}'s end, and text's: {@code .done} of audio or text. */
  record OutputDone(String type, String responseId, String itemId, String text, JsonObject json)
      implements VoiceEvent {
  }

  /** A fragment of the answer's text or of its spoken transcript. */
  record TextDelta(String type, String responseId, String itemId, String delta, JsonObject json)
      implements VoiceEvent {
    /** Whether this is the transcript of spoken audio (rather than a text answer). */
    public boolean isTranscript() {
      return type.contains("transcript");
    }
  }

  /** {@code response.function_call_arguments.delta}: a fragment of a call's arguments. */
  record FunctionCallDelta(String type, String callId, String delta, JsonObject json)
      implements VoiceEvent {
  }

  /**
   * {@code response.function_call_arguments.done}: the model calls your function. Answer with
   * {@link VoiceSession#sendFunctionOutput} (or let {@link VoiceSession#answerToolCalls} do it).
   */
  record FunctionCall(String type, String responseId, String callId, String name,
      String arguments, JsonObject json) implements VoiceEvent {
  }

  /** {@code error}: xAI's {@code type} ({@code invalid_request_error}, ...), code and message. */
  record Error(String type, String errorType, String code, String message, JsonObject json)
      implements VoiceEvent {
  }

  /** {@code ping}: a keep-alive; the session needs no answer. */
  record Ping(String type, JsonObject json) implements VoiceEvent {
  }

  /** A type this version does not know (MCP progress, new events): read {@link #json()}. */
  record Unknown(String type, JsonObject json) implements VoiceEvent {
  }
}
