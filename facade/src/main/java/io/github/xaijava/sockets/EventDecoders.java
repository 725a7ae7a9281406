package io.github.xaijava.sockets;

import static io.github.xaijava.internal.sockets.Frames.number;
import static io.github.xaijava.internal.sockets.Frames.object;
import static io.github.xaijava.internal.sockets.Frames.string;

import com.google.gson.JsonObject;
import io.github.xaijava.internal.sockets.Frames;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads the sockets' frames into their events: Voice Agent frames in every spelling the sources
 * report, speech and transcription frames.
 */
final class EventDecoders {

  private EventDecoders() {
  }

  static VoiceEvent voice(String text) {
    JsonObject j = Frames.parse(text);
    String type = string(j, "type");
    String responseId = string(j, "response_id");
    String itemId = string(j, "item_id");
    switch (type) {
      case "session.created", "session.updated":
        return new VoiceEvent.Session(type, object(j, "session").orElseGet(JsonObject::new), j);
      case "conversation.created":
        return new VoiceEvent.ConversationCreated(type,
            string(object(j, "conversation").orElse(null), "id"), j);
      case "input_audio_buffer.speech_started":
        return new VoiceEvent.Speech(type, itemId, number(j, "audio_start_ms"), j);
      case "input_audio_buffer.speech_stopped":
        return new VoiceEvent.Speech(type, itemId, number(j, "audio_end_ms"), j);
      case "input_audio_buffer.committed", "input_audio_buffer.cleared",
          "input_audio_buffer.timeout_triggered", "input_audio_buffer.dtmf_event_received":
        return new VoiceEvent.InputAudio(type, itemId, j);
      case "conversation.item.input_audio_transcription.updated",
          "conversation.item.input_audio_transcription.completed":
        return new VoiceEvent.InputTranscript(type, itemId, string(j, "transcript"), j);
      case "conversation.item.added", "conversation.item.created", "conversation.item.deleted",
          "conversation.item.truncated": {
        Optional<JsonObject> item = object(j, "item");
        String id = itemId.isEmpty() ? string(item.orElse(null), "id") : itemId;
        return new VoiceEvent.Item(type, id, item, j);
      }
      case "response.created", "response.done": {
        JsonObject r = object(j, "response").orElse(null);
        return new VoiceEvent.ResponseLifecycle(type, string(r, "id"), string(r, "status"),
            usage(r), j);
      }
      case "response.output_item.added", "response.output_item.done",
          "response.content_part.added", "response.content_part.done": {
        String id = itemId.isEmpty() ? string(object(j, "item").orElse(null), "id") : itemId;
        return new VoiceEvent.OutputPart(type, responseId, id, (int) number(j, "output_index"), j);
      }
      case "response.output_audio.delta", "response.audio.delta":
        return new VoiceEvent.AudioDelta(type, responseId, itemId, audio(string(j, "delta")), j);
      case "response.output_audio.done", "response.audio.done":
        return new VoiceEvent.OutputDone(type, responseId, itemId, "", j);
      case "response.output_audio_transcript.done", "response.audio_transcript.done":
        return new VoiceEvent.OutputDone(type, responseId, itemId, string(j, "transcript"), j);
      case "response.output_text.done", "response.text.done":
        return new VoiceEvent.OutputDone(type, responseId, itemId, string(j, "text"), j);
      case "response.output_text.delta", "response.text.delta",
          "response.output_audio_transcript.delta", "response.audio_transcript.delta":
        return new VoiceEvent.TextDelta(type, responseId, itemId, string(j, "delta"), j);
      case "response.function_call_arguments.delta":
        return new VoiceEvent.FunctionCallDelta(type, string(j, "call_id"), string(j, "delta"), j);
      case "response.function_call_arguments.done":
        return new VoiceEvent.FunctionCall(type, responseId, string(j, "call_id"),
            string(j, "name"), string(j, "arguments"), j);
      case "error": {
        String[] e = Frames.error(j);
        return new VoiceEvent.Error(type, e[1], e[0], e[2], j);
      }
      case "ping":
        return new VoiceEvent.Ping(type, j);
      default:
        return new VoiceEvent.Unknown(type, j);
    }
  }

  private static Optional<VoiceEvent.Usage> usage(JsonObject response) {
    Optional<JsonObject> u = object(response, "usage");
    if (u.isEmpty() || u.get().size() == 0) {
      return Optional.empty();
    }
    JsonObject o = u.get();
    return Optional.of(new VoiceEvent.Usage(number(o, "input_tokens"), number(o, "output_tokens"),
        number(o, "total_tokens")));
  }

  private static byte[] audio(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /** Reads one speech frame. */
  static SpeechEvent speech(String text) {
    JsonObject j = Frames.parse(text);
    String type = Frames.string(j, "type");
    return switch (type) {
      case "audio.delta" -> new SpeechEvent.AudioDelta(type, speechBase64(Frames.string(j, "delta")),
          Frames.object(j, "audio_timestamps"), j);
      case "audio.done" -> new SpeechEvent.AudioDone(type, Frames.string(j, "trace_id"), j);
      case "audio.clear", "audio.cleared" -> new SpeechEvent.AudioCleared(type, j);
      case "error" -> {
        String[] e = Frames.error(j);
        yield new SpeechEvent.Error(type, e[0], e[2], j);
      }
      default -> new SpeechEvent.Unknown(type, j);
    };
  }

  private static byte[] speechBase64(String s) {
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /** Reads one transcription frame. */
  static TranscriptionEvent transcription(String text) {
    JsonObject j = Frames.parse(text);
    String type = Frames.string(j, "type");
    return switch (type) {
      case "transcript.created" -> new TranscriptionEvent.Created(type, Frames.string(j, "id"), j);
      case "transcript.partial" -> new TranscriptionEvent.Partial(type, Frames.string(j, "text"), words(j),
          Frames.flag(j, "is_final"), Frames.flag(j, "speech_final"), Frames.decimal(j, "start"),
          Frames.decimal(j, "duration"), (int) Frames.number(j, "channel_index"), j);
      case "transcript.done" -> new TranscriptionEvent.Done(type, Frames.string(j, "text"), words(j),
          Frames.decimal(j, "duration"), j);
      case "error" -> {
        String[] e = Frames.error(j);
        yield new TranscriptionEvent.Error(type, e[0], e[2], j);
      }
      default -> new TranscriptionEvent.Unknown(type, j);
    };
  }

  private static List<TranscriptionEvent.Word> words(JsonObject j) {
    JsonElement w = j.get("words");
    if (w == null || !w.isJsonArray()) {
      return List.of();
    }
    List<TranscriptionEvent.Word> words = new ArrayList<>();
    for (JsonElement e : w.getAsJsonArray()) {
      if (e.isJsonObject()) {
        JsonObject o = e.getAsJsonObject();
        words.add(new TranscriptionEvent.Word(Frames.string(o, "text").isEmpty() ? Frames.string(o, "word")
            : Frames.string(o, "text"), Frames.decimal(o, "start"), Frames.decimal(o, "end"),
            Frames.decimal(o, "confidence")));
      }
    }
    return List.copyOf(words);
  }
}
