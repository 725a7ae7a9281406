package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import java.util.Map;
import java.util.TreeMap;

/**
 * A streamed answer's content put back together from its deltas, for content capture only: per
 * choice, its parts in order (Anthropic content blocks by their index; for chat chunks the
 * reasoning, then the text, then the tool calls by their index).
 */
final class StreamedOutput {

  /** Chat chunks' fixed slots before the tool calls, which use their own indexes (0…). */
  static final int REASONING_SLOT = -2;
  static final int TEXT_SLOT = -1;

  private final Map<Integer, Choice> choices = new TreeMap<>();

  Choice choice(int index) {
    return choices.computeIfAbsent(index, i -> new Choice());
  }

  /**
   * The output messages; a choice without a finish reason ends as {@code fallback} (a stream cut
   * short: {@code "error"}).
   */
  JsonArray toMessages(Map<Integer, String> finishReasons, String fallback) {
    JsonArray out = new JsonArray();
    for (Map.Entry<Integer, Choice> e : choices.entrySet()) {
      JsonArray parts = new JsonArray();
      for (Part p : e.getValue().parts.values()) {
        switch (p.type) {
          case "reasoning":
            if (p.content.length() > 0) {
              parts.add(Content.reasoningPart(p.content.toString()));
            }
            break;
          case "tool_call":
            parts.add(Content.toolCallPart(p.id, p.name,
                p.content.length() == 0 ? null : Json.valueOf(p.content.toString())));
            break;
          default:
            parts.add(Content.textPart(p.content.toString()));
        }
      }
      String finish = finishReasons.get(e.getKey());
      out.add(Content.outputMessage(parts, finish == null ? fallback : finish));
    }
    return out;
  }

  static final class Choice {
    private final Map<Integer, Part> parts = new TreeMap<>();

    /** The part at {@code slot}, made with {@code type} on first use. */
    Part part(int slot, String type) {
      return parts.computeIfAbsent(slot, s -> new Part(type));
    }
  }

  static final class Part {
    final String type;
    final StringBuilder content = new StringBuilder();
    String id;
    String name;

    Part(String type) {
      this.type = type;
    }
  }
}
