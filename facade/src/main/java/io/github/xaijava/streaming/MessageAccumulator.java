package io.github.xaijava.streaming;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.MessageResponseContent;
import io.github.xaijava.generated.model.MessageUsage;
import io.github.xaijava.generated.model.ResponseRedactedThinkingBlock;
import io.github.xaijava.generated.model.ResponseTextBlock;
import io.github.xaijava.generated.model.ResponseThinkingBlock;
import io.github.xaijava.generated.model.ResponseToolUseBlock;
import java.util.TreeMap;

/**
 * Folds {@link MessageEvent}s into the {@link MessageResponse} a non-streamed call would return.
 *
 * <p>The message comes from {@code message_start}; content blocks are kept by {@code index}:
 * text and thinking fragments are concatenated, the signature is taken from
 * {@code signature_delta}, and a tool call's {@code input_json_delta} fragments are concatenated
 * and parsed as JSON when read (kept as a JSON string while still incomplete). Stop reason, stop
 * sequence and usage come from {@code message_delta}; a usage count it lacks keeps the value from
 * {@code message_start}. A block of an unknown type is kept as its start JSON. Thread-safe.
 */
public final class MessageAccumulator {

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
      start.message().ifPresent(m -> {
        message = m;
        MessageUsage initial = Lenient.get(m::usage);
        if (initial != null) {
          usage = initial;
        }
      });
    } else if (event instanceof MessageEvent.ContentBlockStart start) {
      JsonElement block = start.json().get("content_block");
      blocks.put(start.index(), new Block(block != null && block.isJsonObject()
          ? block.getAsJsonObject() : new JsonObject()));
    } else if (event instanceof MessageEvent.ContentBlockDelta delta) {
      blocks.computeIfAbsent(delta.index(), i -> new Block(new JsonObject())).accept(delta);
    } else if (event instanceof MessageEvent.MessageDelta delta) {
      delta.stopReason().ifPresent(r -> stopReason = r);
      delta.stopSequence().ifPresent(s -> stopSequence = s);
      delta.usage().ifPresent(u -> usage = merge(usage, u));
    }
  }

  /** The message folded so far, as a new object each call; empty before {@code message_start}. */
  public synchronized java.util.Optional<MessageResponse> result() {
    if (message == null) {
      return java.util.Optional.empty();
    }
    MessageResponse.Builder result = message.toBuilder().content(java.util.List.of());
    for (Block block : blocks.values()) {
      result.addContent(block.toContent());
    }
    if (stopReason != null) {
      result.stopReason(stopReason);
    }
    if (stopSequence != null) {
      result.stopSequence(stopSequence);
    }
    if (usage != null) {
      result.usage(usage);
    }
    return java.util.Optional.of(result.build());
  }

  /** {@code update}'s counts, falling back to {@code base}'s where the update has none. */
  private static MessageUsage merge(MessageUsage base, MessageUsage update) {
    if (base == null) {
      return update;
    }
    MessageUsage.Builder merged = base.toBuilder();
    Integer input = Lenient.get(update::inputTokens);
    Integer output = Lenient.get(update::outputTokens);
    Integer creation = Lenient.get(update::cacheCreationInputTokens);
    Integer read = Lenient.get(update::cacheReadInputTokens);
    if (input != null) {
      merged.inputTokens(input);
    }
    if (output != null) {
      merged.outputTokens(output);
    }
    if (creation != null) {
      merged.cacheCreationInputTokens(creation);
    }
    if (read != null) {
      merged.cacheReadInputTokens(read);
    }
    return merged.build();
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

    MessageResponseContent toContent() {
      String type = string(start, "type");
      if (type == null) {
        type = inputJson.length() > 0 ? "tool_use" : "text";
      }
      return switch (type) {
        case "text" -> ResponseTextBlock.builder().text(text.toString()).build();
        case "thinking" -> ResponseThinkingBlock.builder()
            .thinking(text.toString()).signature(signature).build();
        case "redacted_thinking" -> ResponseRedactedThinkingBlock.builder()
            .data(string(start, "data")).build();
        case "tool_use" -> ResponseToolUseBlock.builder()
            .id(string(start, "id"))
            .name(string(start, "name"))
            .input(input())
            .build();
        default -> new MessageResponseContent.Unknown(start);
      };
    }

    private JsonElement input() {
      if (inputJson.length() == 0) {
        JsonElement initial = start.get("input");
        return initial == null ? new JsonObject() : initial;
      }
      try {
        return JsonParser.parseString(inputJson.toString());
      } catch (JsonParseException incomplete) {
        return new JsonPrimitive(inputJson.toString());
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
