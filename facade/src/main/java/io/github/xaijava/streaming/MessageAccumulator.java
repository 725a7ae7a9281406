package io.github.xaijava.streaming;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;
import io.github.xaijava.generated.model.RedactedThinkingBlock;
import io.github.xaijava.generated.model.ResponseTextBlock;
import io.github.xaijava.generated.model.ResponseThinkingBlock;
import io.github.xaijava.generated.model.ResponseToolUseBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Folds {@link MessageEvent}s into the {@link MessageResponse} a non-streamed call would return.
 *
 * <p>The message comes from {@code message_start}; content blocks are kept by {@code index}:
 * text and thinking fragments are concatenated, the signature is taken from
 * {@code signature_delta}, and a tool call's {@code input_json_delta} fragments are concatenated
 * and parsed as JSON when read (left as the raw string while still incomplete). Stop reason,
 * stop sequence and usage come from {@code message_delta}. A block of an unknown type is kept
 * as its start JSON. Thread-safe.
 */
public final class MessageAccumulator {

  private final Gson gson = XaiJson.gson();
  private MessageResponse message;
  private final TreeMap<Integer, Block> blocks = new TreeMap<>();
  private String stopReason;
  private String stopSequence;
  private MessageUsage usage;

  /** An accumulator that has seen no event. */
  public MessageAccumulator() {
  }

  /** Folds one more event in. */
  public synchronized void accept(MessageEvent event) {
    if (event instanceof MessageEvent.MessageStart start) {
      message = start.message();
      if (message != null && message.getUsage() != null) {
        usage = message.getUsage();
      }
    } else if (event instanceof MessageEvent.ContentBlockStart start) {
      JsonObject raw = start.raw();
      JsonElement block = raw.get("content_block");
      blocks.put(start.index(), new Block(block != null && block.isJsonObject()
          ? block.getAsJsonObject() : new JsonObject()));
    } else if (event instanceof MessageEvent.ContentBlockDelta delta) {
      blocks.computeIfAbsent(delta.index(), i -> new Block(new JsonObject())).accept(delta);
    } else if (event instanceof MessageEvent.MessageDelta delta) {
      if (delta.stopReason() != null) {
        stopReason = delta.stopReason();
      }
      if (delta.stopSequence() != null) {
        stopSequence = delta.stopSequence();
      }
      if (delta.usage() != null) {
        usage = merge(usage, delta.usage());
      }
    }
  }

  /** The message folded so far, as a new object each call; null before {@code message_start}. */
  public synchronized MessageResponse result() {
    if (message == null) {
      return null;
    }
    MessageResponse result = gson.fromJson(gson.toJsonTree(message), MessageResponse.class);
    List<MessageResponseContent> content = new ArrayList<>();
    for (Block block : blocks.values()) {
      content.add(block.toContent(gson));
    }
    result.content(content);
    if (stopReason != null) {
      result.stopReason(stopReason);
    }
    if (stopSequence != null) {
      result.stopSequence(stopSequence);
    }
    if (usage != null) {
      result.usage(gson.fromJson(gson.toJsonTree(usage), MessageUsage.class));
    }
    return result;
  }

  private static MessageUsage merge(MessageUsage base, MessageUsage update) {
    MessageUsage merged = base == null ? new MessageUsage() : base;
    MessageUsage copy = new MessageUsage()
        .inputTokens(update.getInputTokens() != null ? update.getInputTokens() : merged.getInputTokens())
        .outputTokens(update.getOutputTokens() != null ? update.getOutputTokens() : merged.getOutputTokens())
        .cacheCreationInputTokens(update.getCacheCreationInputTokens() != null
            ? update.getCacheCreationInputTokens() : merged.getCacheCreationInputTokens())
        .cacheReadInputTokens(update.getCacheReadInputTokens() != null
            ? update.getCacheReadInputTokens() : merged.getCacheReadInputTokens());
    return copy;
  }

  private static final class Block {
    final JsonObject start;
    final StringBuilder text = new StringBuilder();
    final StringBuilder inputJson = new StringBuilder();
    String signature;

    Block(JsonObject start) {
      this.start = start;
      String type = string(start, "type");
      if ("text".equals(type)) {
        text.append(nonNull(string(start, "text")));
      } else if ("thinking".equals(type)) {
        text.append(nonNull(string(start, "thinking")));
        signature = string(start, "signature");
      }
    }

    void accept(MessageEvent.ContentBlockDelta delta) {
      switch (delta.deltaType()) {
        case "text_delta", "thinking_delta" -> text.append(delta.fragment());
        case "signature_delta" -> signature = delta.fragment();
        case "input_json_delta" -> inputJson.append(delta.fragment());
        default -> {
          // unknown delta: visible on the event itself
        }
      }
    }

    MessageResponseContent toContent(Gson gson) {
      String type = string(start, "type");
      if (type == null) {
        type = inputJson.length() > 0 ? "tool_use" : "text";
      }
      switch (type) {
        case "text":
          return MessageResponseContent.ofResponseTextBlock(
              new ResponseTextBlock().text(text.toString()));
        case "thinking":
          return MessageResponseContent.ofResponseThinkingBlock(
              new ResponseThinkingBlock().thinking(text.toString()).signature(signature));
        case "redacted_thinking":
          return MessageResponseContent.ofRedactedThinkingBlock(
              new RedactedThinkingBlock().data(string(start, "data")));
        case "tool_use":
          return MessageResponseContent.ofResponseToolUseBlock(new ResponseToolUseBlock()
              .id(string(start, "id"))
              .name(string(start, "name"))
              .input(input(gson)));
        default:
          return MessageResponseContent.ofUnknown(start.deepCopy());
      }
    }

    private Object input(Gson gson) {
      if (inputJson.length() == 0) {
        JsonElement initial = start.get("input");
        return initial == null ? new java.util.LinkedHashMap<String, Object>()
            : gson.fromJson(initial, Object.class);
      }
      try {
        return gson.fromJson(JsonParser.parseString(inputJson.toString()), Object.class);
      } catch (JsonParseException incomplete) {
        return inputJson.toString();
      }
    }

    private static String string(JsonObject json, String name) {
      JsonElement e = json.get(name);
      return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String nonNull(String s) {
      return s == null ? "" : s;
    }
  }
}
