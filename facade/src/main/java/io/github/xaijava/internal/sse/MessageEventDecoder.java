package io.github.xaijava.internal.sse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;
import io.github.xaijava.internal.json.JsonBodies;
import io.github.xaijava.streaming.MessageEvent;
import java.io.IOException;
import java.util.Optional;

/**
 * Anthropic-style message events, read in one pass like the responses events. The JSON
 * {@code type} decides; the {@code event:} line is the fallback when the JSON has none.
 * {@code message_stop} ends the stream, {@code error} fails it.
 */
final class MessageEventDecoder implements EventDecoder<MessageEvent> {

  private static final TypeAdapter<MessageResponse> MESSAGE = JsonBodies.adapter(MessageResponse.class);
  private static final TypeAdapter<MessageResponseContent> BLOCK =
      JsonBodies.adapter(MessageResponseContent.class);
  private static final TypeAdapter<MessageUsage> USAGE = JsonBodies.adapter(MessageUsage.class);

  private final StreamErrors errors;
  private boolean done;

  MessageEventDecoder(StreamErrors errors) {
    this.errors = errors;
  }

  /** The members of one event this decoder knows. */
  private static final class Members {
    String type;
    int index = -1;
    MessageResponse message;
    MessageResponseContent block;
    MessageUsage usage;
    String deltaType;
    String fragment;
    String stopReason;
    String stopSequence;
    JsonObject error;
  }

  @Override
  public MessageEvent decode(SseEvent event) {
    String data = event.data();
    if (data.isBlank()) {
      return null;
    }
    Members m = read(data);
    String type = m.type != null ? m.type : event.isDefaultType() ? "" : event.type();
    switch (type) {
      case "error" -> {
        JsonObject json = new JsonObject();
        json.add("error", m.error == null ? new JsonObject() : m.error);
        throw errors.fromJson("message stream failed", json);
      }
      case "message_start" -> {
        return new MessageEvent.MessageStart(Optional.ofNullable(m.message), data);
      }
      case "content_block_start" -> {
        return new MessageEvent.ContentBlockStart(m.index, Optional.ofNullable(m.block), data);
      }
      case "content_block_delta" -> {
        return new MessageEvent.ContentBlockDelta(m.index, EventFields.orEmpty(m.deltaType),
            EventFields.orEmpty(m.fragment), data);
      }
      case "content_block_stop" -> {
        return new MessageEvent.ContentBlockStop(m.index, data);
      }
      case "message_delta" -> {
        return new MessageEvent.MessageDelta(Optional.ofNullable(m.stopReason),
            Optional.ofNullable(m.stopSequence), Optional.ofNullable(m.usage), data);
      }
      case "message_stop" -> {
        done = true;
        return new MessageEvent.MessageStop(data);
      }
      case "ping" -> {
        return new MessageEvent.Ping(data);
      }
      default -> {
        return new MessageEvent.Unknown(type, data);
      }
    }
  }

  private Members read(String data) {
    Members m = new Members();
    try (JsonReader in = EventFields.open(data)) {
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "type" -> m.type = EventFields.string(in);
          case "index" -> m.index = (int) EventFields.number(in, -1);
          case "message" -> m.message = MESSAGE.read(in);
          case "content_block" -> m.block = BLOCK.read(in);
          case "usage" -> m.usage = USAGE.read(in);
          case "delta" -> readDelta(in, m);
          case "error" -> m.error = EventFields.object(in);
          default -> in.skipValue();
        }
      }
      in.endObject();
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      throw errors.malformed(data, e);
    }
    return m;
  }

  /** A block delta ({@code type} plus its fragment) or a message delta (stop reason). */
  private static void readDelta(JsonReader in, Members m) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      in.skipValue();
      return;
    }
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "type" -> m.deltaType = EventFields.string(in);
        case "text", "thinking", "signature", "partial_json" -> m.fragment = EventFields.string(in);
        case "stop_reason" -> m.stopReason = EventFields.string(in);
        case "stop_sequence" -> m.stopSequence = EventFields.string(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
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
