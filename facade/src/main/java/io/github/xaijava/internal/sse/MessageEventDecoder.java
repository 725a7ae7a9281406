package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;
import io.github.xaijava.streaming.MessageEvent;

/**
 * Anthropic-style message events. The JSON {@code type} decides; the {@code event:} line is the
 * fallback when the JSON has none. {@code message_stop} ends the stream, {@code error} fails it.
 */
final class MessageEventDecoder implements EventDecoder<MessageEvent> {

  private final Gson gson;
  private boolean done;

  MessageEventDecoder(Gson gson) {
    this.gson = gson;
  }

  @Override
  public MessageEvent decode(SseEvent event) {
    String data = event.data();
    if (data.isBlank()) {
      return null;
    }
    JsonObject json = Json.parseObject(data);
    String type = Json.string(json, "type");
    if (type == null) {
      type = event.isDefaultType() ? "" : event.type();
    }
    int index = Json.integer(json, "index");
    switch (type) {
      case "error" -> throw StreamErrors.fromJson("message stream failed", json);
      case "message_start" -> {
        JsonObject message = Json.object(json, "message");
        return new MessageEvent.MessageStart(
            message == null ? null : gson.fromJson(message, MessageResponse.class), json);
      }
      case "content_block_start" -> {
        JsonObject block = Json.object(json, "content_block");
        return new MessageEvent.ContentBlockStart(index,
            block == null ? null : gson.fromJson(block, MessageResponseContent.class), json);
      }
      case "content_block_delta" -> {
        JsonObject delta = Json.object(json, "delta");
        String deltaType = delta == null ? "" : String.valueOf(Json.string(delta, "type"));
        String fragment = delta == null ? null : switch (deltaType) {
          case "text_delta" -> Json.string(delta, "text");
          case "thinking_delta" -> Json.string(delta, "thinking");
          case "signature_delta" -> Json.string(delta, "signature");
          case "input_json_delta" -> Json.string(delta, "partial_json");
          default -> null;
        };
        return new MessageEvent.ContentBlockDelta(index, deltaType,
            fragment == null ? "" : fragment, json);
      }
      case "content_block_stop" -> {
        return new MessageEvent.ContentBlockStop(index, json);
      }
      case "message_delta" -> {
        JsonObject delta = Json.object(json, "delta");
        JsonObject usage = Json.object(json, "usage");
        return new MessageEvent.MessageDelta(
            delta == null ? null : Json.string(delta, "stop_reason"),
            delta == null ? null : Json.string(delta, "stop_sequence"),
            usage == null ? null : gson.fromJson(usage, MessageUsage.class), json);
      }
      case "message_stop" -> {
        done = true;
        return new MessageEvent.MessageStop(json);
      }
      case "ping" -> {
        return new MessageEvent.Ping(json);
      }
      default -> {
        return new MessageEvent.Unknown(type, json);
      }
    }
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public void onEndOfInput() {
    throw StreamErrors.truncated("no message_stop");
  }
}
