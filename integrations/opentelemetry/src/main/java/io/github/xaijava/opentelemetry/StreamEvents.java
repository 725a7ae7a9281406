package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import okio.ByteString;

/**
 * Folds the {@code data:} payloads of a stream into an {@link Outcome}, one dialect per API:
 * chat completion chunks (usage in the last chunk, finish reasons per choice, {@code [DONE]} at
 * the end), Responses events (everything in {@code response.completed} or its failed and
 * incomplete twins) and Anthropic-shaped message events ({@code message_start},
 * {@code message_delta}, {@code message_stop}).
 *
 * <p>Most payloads of a stream are text deltas that tell telemetry nothing. {@link #worthParsing}
 * decides from the raw bytes, without parsing, whether a payload can carry what we record; only
 * those are parsed (all of them when content is captured, since the deltas then are the content).
 */
final class StreamEvents {

  private static final ByteString DONE = ByteString.encodeUtf8("[DONE]");
  private static final ByteString USAGE = ByteString.encodeUtf8("\"usage\"");
  private static final ByteString FINISH_REASON = ByteString.encodeUtf8("\"finish_reason\"");
  private static final ByteString ERROR = ByteString.encodeUtf8("\"error\"");
  private static final ByteString TYPE = ByteString.encodeUtf8("\"type\"");
  private static final ByteString QUOTE = ByteString.encodeUtf8("\"");

  private static final Set<String> RESPONSES_TYPES = Set.of("response.created",
      "response.completed", "response.incomplete", "response.failed", "response.done", "error");
  private static final Set<String> MESSAGES_TYPES =
      Set.of("message_start", "message_delta", "message_stop", "error");

  private StreamEvents() {
  }

  static boolean isDone(ByteString payload) {
    return payload.equals(DONE);
  }

  /** Whether a payload (not the first of its stream) may carry something this module records. */
  static boolean worthParsing(Operation op, ByteString payload) {
    switch (op) {
      case RESPONSES:
        return hasType(payload, RESPONSES_TYPES);
      case MESSAGES:
        return hasType(payload, MESSAGES_TYPES);
      default:
        return hasValue(payload, USAGE) || hasValue(payload, FINISH_REASON)
            || hasValue(payload, ERROR);
    }
  }

  /** Applies one parsed payload. */
  static void apply(Operation op, JsonObject event, Outcome out) {
    switch (op) {
      case RESPONSES:
        responsesEvent(event, out);
        break;
      case MESSAGES:
        messagesEvent(event, out);
        break;
      default:
        chunk(event, out);
    }
  }

  private static void chunk(JsonObject chunk, Outcome out) {
    if (out.id == null) {
      out.id = Json.string(chunk, "id");
    }
    if (out.model == null) {
      out.model = Json.string(chunk, "model");
    }
    JsonElement error = chunk.get("error");
    if (error != null && !error.isJsonNull()) {
      out.streamError = error.isJsonObject() ? orEmpty(Json.string(error.getAsJsonObject(), "code"))
          : orEmpty(Json.string(chunk, "code"));
      out.terminal = true;
      return;
    }
    JsonArray choices = Json.array(chunk, "choices");
    if (choices != null) {
      for (int i = 0; i < choices.size(); i++) {
        if (!choices.get(i).isJsonObject()) {
          continue;
        }
        JsonObject choice = choices.get(i).getAsJsonObject();
        int index = Answers.indexOf(choice, i);
        String reason = Json.string(choice, "finish_reason");
        if (reason != null) {
          out.finishReasons.put(index, reason);
        }
        if (out.streamed != null) {
          gather(out.streamed.choice(index), choice);
        }
      }
    }
    Answers.chatUsage(Json.object(chunk, "usage"), out);
  }

  /** A chunk's delta (or a legacy completion's text) added to its choice's content. */
  private static void gather(StreamedOutput.Choice choice, JsonObject chunkChoice) {
    String text = Json.string(chunkChoice, "text");
    JsonObject delta = Json.object(chunkChoice, "delta");
    String content = delta != null ? Json.string(delta, "content") : text;
    if (content != null) {
      choice.part(StreamedOutput.TEXT_SLOT, "text").content.append(content);
    }
    String reasoning = Json.string(delta, "reasoning_content");
    if (reasoning != null) {
      choice.part(StreamedOutput.REASONING_SLOT, "reasoning").content.append(reasoning);
    }
    JsonArray calls = Json.array(delta, "tool_calls");
    if (calls == null) {
      return;
    }
    for (int i = 0; i < calls.size(); i++) {
      if (!calls.get(i).isJsonObject()) {
        continue;
      }
      JsonObject call = calls.get(i).getAsJsonObject();
      StreamedOutput.Part part = choice.part(Answers.indexOf(call, i), "tool_call");
      if (Json.string(call, "id") != null) {
        part.id = Json.string(call, "id");
      }
      JsonObject function = Json.object(call, "function");
      if (Json.string(function, "name") != null) {
        part.name = Json.string(function, "name");
      }
      String arguments = Json.string(function, "arguments");
      if (arguments != null) {
        part.content.append(arguments);
      }
    }
  }

  private static void responsesEvent(JsonObject event, Outcome out) {
    String type = orEmpty(Json.string(event, "type"));
    JsonObject response = Json.object(event, "response");
    switch (type) {
      case "response.completed":
      case "response.incomplete":
      case "response.done":
        if (response != null) {
          Answers.response(response, out, out.streamed != null);
        }
        out.terminal = true;
        break;
      case "response.failed": {
        if (response != null) {
          Answers.response(response, out, out.streamed != null);
        }
        out.streamError = orEmpty(Json.string(Json.object(response, "error"), "code"));
        out.terminal = true;
        break;
      }
      case "error":
        out.streamError = orEmpty(Json.string(event, "code"));
        out.terminal = true;
        break;
      default:
        if (response != null) { // response.created, response.in_progress: id and model early
          if (out.id == null) {
            out.id = Json.string(response, "id");
          }
          if (out.model == null) {
            out.model = Json.string(response, "model");
          }
        }
    }
  }

  private static void messagesEvent(JsonObject event, Outcome out) {
    String type = orEmpty(Json.string(event, "type"));
    switch (type) {
      case "message_start": {
        JsonObject message = Json.object(event, "message");
        out.id = Json.string(message, "id");
        out.model = Json.string(message, "model");
        Answers.anthropicUsage(Json.object(message, "usage"), out);
        break;
      }
      case "message_delta": {
        String stop = Json.string(Json.object(event, "delta"), "stop_reason");
        if (stop != null) {
          out.finishReasons.put(0, stop);
        }
        Answers.anthropicUsage(Json.object(event, "usage"), out);
        break;
      }
      case "message_stop":
        out.terminal = true;
        break;
      case "error":
        out.streamError = orEmpty(Json.string(Json.object(event, "error"), "type"));
        out.terminal = true;
        break;
      case "content_block_start":
      case "content_block_delta":
        if (out.streamed != null) {
          block(event, out.streamed.choice(0));
        }
        break;
      default:
        break;
    }
  }

  private static void block(JsonObject event, StreamedOutput.Choice choice) {
    Long index = Json.integer(event, "index");
    if (index == null) {
      return;
    }
    JsonObject start = Json.object(event, "content_block");
    if (start != null) {
      String type = orEmpty(Json.string(start, "type"));
      StreamedOutput.Part part = choice.part(index.intValue(),
          "tool_use".equals(type) ? "tool_call" : "thinking".equals(type) ? "reasoning" : "text");
      part.id = Json.string(start, "id");
      part.name = Json.string(start, "name");
      return;
    }
    JsonObject delta = Json.object(event, "delta");
    String type = orEmpty(Json.string(delta, "type"));
    StreamedOutput.Part part;
    switch (type) {
      case "text_delta":
        choice.part(index.intValue(), "text").content.append(orEmpty(Json.string(delta, "text")));
        break;
      case "thinking_delta":
        choice.part(index.intValue(), "reasoning").content
            .append(orEmpty(Json.string(delta, "thinking")));
        break;
      case "input_json_delta":
        part = choice.part(index.intValue(), "tool_call");
        part.content.append(orEmpty(Json.string(delta, "partial_json")));
        break;
      default:
        break;
    }
  }

  /**
   * Whether {@code "key"} occurs as a member with a non-null value. In JSON text a quote inside a
   * string is escaped, so {@code "key"} followed by a colon can only be a member name.
   */
  static boolean hasValue(ByteString payload, ByteString quotedKey) {
    int from = 0;
    int at;
    while ((at = payload.indexOf(quotedKey, from)) >= 0) {
      int i = skipSpace(payload, at + quotedKey.size());
      if (i < payload.size() && payload.getByte(i) == ':') {
        i = skipSpace(payload, i + 1);
        if (i < payload.size() && payload.getByte(i) != 'n') {
          return true;
        }
      }
      from = at + 1;
    }
    return false;
  }

  /** Whether some member {@code "type"} has one of {@code types} as its string value. */
  static boolean hasType(ByteString payload, Set<String> types) {
    int from = 0;
    int at;
    while ((at = payload.indexOf(TYPE, from)) >= 0) {
      int i = skipSpace(payload, at + TYPE.size());
      if (i < payload.size() && payload.getByte(i) == ':') {
        i = skipSpace(payload, i + 1);
        if (i < payload.size() && payload.getByte(i) == '"') {
          int end = payload.indexOf(QUOTE, i + 1);
          if (end > i && end - i - 1 <= 64 && types.contains(payload.substring(i + 1, end).utf8())) {
            return true;
          }
        }
      }
      from = at + 1;
    }
    return false;
  }

  private static int skipSpace(ByteString s, int i) {
    while (i < s.size()) {
      byte b = s.getByte(i);
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        break;
      }
      i++;
    }
    return i;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
