package io.github.xaijava.streaming;

import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;

/**
 * One event of a streamed Anthropic-compatible message ({@code POST /v1/messages} with
 * {@code "stream": true}), typed by its {@code type}.
 *
 * <p>Order: {@link MessageStart}, then per content block {@link ContentBlockStart},
 * {@link ContentBlockDelta}s and {@link ContentBlockStop}, then {@link MessageDelta} (stop reason,
 * output usage) and {@link MessageStop}; {@link Ping}s may come anywhere. An {@code error} event
 * ends the stream with an {@link io.github.xaijava.errors.XaiStreamException}; a type this version
 * does not know arrives as {@link Unknown}.
 */
public sealed interface MessageEvent {

  /** The {@code type} field as sent. */
  String type();

  /** A copy of the event's JSON as received. */
  JsonObject json();

  /** {@code message_start}: the message with empty content and the input usage. */
  record MessageStart(MessageResponse message, JsonObject raw) implements MessageEvent {
    @Override
    public String type() {
      return "message_start";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code content_block_start}: block {@code index} opens; {@code block} is its initial form. */
  record ContentBlockStart(int index, MessageResponseContent block, JsonObject raw)
      implements MessageEvent {
    @Override
    public String type() {
      return "content_block_start";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
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
  record ContentBlockDelta(int index, String deltaType, String fragment, JsonObject raw)
      implements MessageEvent {
    @Override
    public String type() {
      return "content_block_delta";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code content_block_stop}: block {@code index} is complete. */
  record ContentBlockStop(int index, JsonObject raw) implements MessageEvent {
    @Override
    public String type() {
      return "content_block_stop";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code message_delta}: top-level changes at the end, such as the stop reason and usage. */
  record MessageDelta(String stopReason, String stopSequence, MessageUsage usage, JsonObject raw)
      implements MessageEvent {
    @Override
    public String type() {
      return "message_delta";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code message_stop}: the last event. */
  record MessageStop(JsonObject raw) implements MessageEvent {
    @Override
    public String type() {
      return "message_stop";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code ping}: a keep-alive. */
  record Ping(JsonObject raw) implements MessageEvent {
    @Override
    public String type() {
      return "ping";
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** An event whose {@code type} this version does not know, kept as JSON. */
  record Unknown(String type, JsonObject raw) implements MessageEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }
}
