package io.github.xaijava.streaming;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;
import java.util.Optional;

/**
 * One event of a streamed Anthropic-compatible message ({@code POST /v1/messages} with
 * {@code "stream": true}), typed by its {@code type}.
 *
 * <p>Order: {@link MessageStart}, then per content block {@link ContentBlockStart},
 * {@link ContentBlockDelta}s and {@link ContentBlockStop}, then {@link MessageDelta} (stop reason,
 * output usage) and {@link MessageStop}; {@link Ping}s may come anywhere. An {@code error} event
 * ends the stream with an {@link io.github.xaijava.errors.XaiStreamException}; a type this version
 * does not know arrives as {@link Unknown}. Every event keeps its JSON text as received
 * ({@link #data()}).
 */
public sealed interface MessageEvent {

  /** The {@code type} field as sent. */
  String type();

  /** The event's JSON exactly as received. */
  String data();

  /** The event's JSON, parsed anew on each call. */
  default JsonObject json() {
    return JsonParser.parseString(data()).getAsJsonObject();
  }

  /** {@code message_start}: the message with empty content and the input usage. */
  record MessageStart(Optional<MessageResponse> message, String data) implements MessageEvent {
    @Override
    public String type() {
      return "message_start";
    }
  }

  /** {@code content_block_start}: block {@code index} opens; {@code block} is its initial form. */
  record ContentBlockStart(int index, Optional<MessageResponseContent> block, String data)
      implements MessageEvent {
    @Override
    public String type() {
      return "content_block_start";
    }
  }

  /**
   * {@code content_block_delta}: a fragment for block {@code index}.
   *
   * @param deltaType {@code text_delta}, {@code thinking_delta}, {@code signature_delta},
   *     {@code input_json_delta} or one this version does not know
   * @param fragment the text, thinking, signature or partial JSON carried ({@code ""} for an
   *     unknown delta type; see {@link #json()})
   */
  record ContentBlockDelta(int index, String deltaType, String fragment, String data)
      implements MessageEvent {
    @Override
    public String type() {
      return "content_block_delta";
    }
  }

  /** {@code content_block_stop}: block {@code index} is complete. */
  record ContentBlockStop(int index, String data) implements MessageEvent {
    @Override
    public String type() {
      return "content_block_stop";
    }
  }

  /** {@code message_delta}: top-level changes at the end, such as the stop reason and usage. */
  record MessageDelta(Optional<String> stopReason, Optional<String> stopSequence,
      Optional<MessageUsage> usage, String data) implements MessageEvent {
    @Override
    public String type() {
      return "message_delta";
    }
  }

  /** {@code message_stop}: the last event. */
  record MessageStop(String data) implements MessageEvent {
    @Override
    public String type() {
      return "message_stop";
    }
  }

  /** {@code ping}: a keep-alive. */
  record Ping(String data) implements MessageEvent {
    @Override
    public String type() {
      return "ping";
    }
  }

  /** An event whose {@code type} this version does not know. */
  record Unknown(String type, String data) implements MessageEvent {
  }
}
