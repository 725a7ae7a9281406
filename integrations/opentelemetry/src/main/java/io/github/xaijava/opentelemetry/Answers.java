package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads xAI's answers into an {@link Outcome}: whole JSON answers here, and the pieces streams
 * share with them (usage blocks, a Responses object). Each API has its own usage shape; all are
 * turned into the conventions' meaning:
 * <ul>
 *   <li>chat completions and legacy completions: input = {@code prompt_tokens} (cached tokens
 *       are part of it); output = {@code total_tokens - prompt_tokens}, because xAI counts
 *       reasoning tokens apart from {@code completion_tokens} (total = prompt + completion +
 *       reasoning) while the conventions want them in the output count; without a total,
 *       completion + reasoning;</li>
 *   <li>responses: {@code input_tokens} and {@code output_tokens} as they are (they already
 *       include cached and reasoning tokens);</li>
 *   <li>messages (Anthropic's shape): input = {@code input_tokens} + cache reads + cache writes,
 *       which Anthropic counts apart;</li>
 *   <li>embeddings: input only; images and videos: the cost only.</li>
 * </ul>
 */
final class Answers {

  private Answers() {
  }

  /** A whole (not streamed) answer. */
  static void read(Operation op, JsonObject answer, Outcome out, boolean capture) {
    switch (op) {
      case CHAT_COMPLETIONS:
      case COMPLETIONS: {
        out.id = Json.string(answer, "id");
        out.model = Json.string(answer, "model");
        JsonArray choices = Json.array(answer, "choices");
        if (choices != null) {
          for (int i = 0; i < choices.size(); i++) {
            JsonElement c = choices.get(i);
            if (c.isJsonObject()) {
              String reason = Json.string(c.getAsJsonObject(), "finish_reason");
              if (reason != null) {
                out.finishReasons.put(indexOf(c.getAsJsonObject(), i), reason);
              }
            }
          }
        }
        chatUsage(Json.object(answer, "usage"), out);
        if (capture) {
          out.outputMessages = Content.chatOutput(choices);
        }
        break;
      }
      case RESPONSES:
        response(answer, out, capture);
        break;
      case MESSAGES: {
        out.id = Json.string(answer, "id");
        out.model = Json.string(answer, "model");
        String stop = Json.string(answer, "stop_reason");
        if (stop != null) {
          out.finishReasons.put(0, stop);
        }
        anthropicUsage(Json.object(answer, "usage"), out);
        if (capture) {
          out.outputMessages = Content.anthropicOutput(answer.get("content"), stop);
        }
        break;
      }
      case EMBEDDINGS: {
        out.id = Json.string(answer, "id");
        out.model = Json.string(answer, "model");
        JsonObject usage = Json.object(answer, "usage");
        Long input = Json.integer(usage, "prompt_tokens");
        out.inputTokens = input != null ? input : Json.integer(usage, "input_tokens");
        cost(usage, out);
        break;
      }
      default: {
        // Images and videos: a deferred or video request answers its request id only.
        String id = Json.string(answer, "id");
        out.id = id != null ? id : Json.string(answer, "request_id");
        out.model = Json.string(answer, "model");
        cost(Json.object(answer, "usage"), out);
        if (capture && op.isImage()) {
          JsonArray data = Json.array(answer, "data");
          if (data != null) {
            out.outputMessages = Content.imagesOutput(data);
          }
        }
      }
    }
  }

  /** A Responses API object: whole, or the one {@code response.completed} carries. */
  static void response(JsonObject response, Outcome out, boolean capture) {
    String id = Json.string(response, "id");
    if (id != null) {
      out.id = id;
    }
    String model = Json.string(response, "model");
    if (model != null) {
      out.model = model;
    }
    JsonArray output = Json.array(response, "output");
    String finish = responsesFinishReason(response, output);
    if (finish != null) {
      out.finishReasons.put(0, finish);
    }
    JsonObject usage = Json.object(response, "usage");
    if (usage != null) {
      out.inputTokens = Json.integer(usage, "input_tokens");
      out.outputTokens = Json.integer(usage, "output_tokens");
      out.cacheReadTokens = Json.integer(Json.object(usage, "input_tokens_details"),
          "cached_tokens");
      out.reasoningTokens = Json.integer(Json.object(usage, "output_tokens_details"),
          "reasoning_tokens");
      cost(usage, out);
    }
    if (capture && output != null) {
      out.outputMessages = Content.responsesOutput(output, finish);
    }
  }

  /**
   * The Responses API has a status, not a finish reason: a completed response that asks for a
   * function call finishes as {@code tool_calls} (the word xAI's chat completions use), any other
   * as {@code stop}; an incomplete one with its reason ({@code max_output_tokens}…); a failed one
   * as {@code error}. A response still queued or in progress has none.
   */
  private static String responsesFinishReason(JsonObject response, JsonArray output) {
    String status = Json.string(response, "status");
    if (status == null) {
      return null;
    }
    switch (status) {
      case "completed":
        if (output != null) {
          for (JsonElement item : output) {
            if (item.isJsonObject()
                && "function_call".equals(Json.string(item.getAsJsonObject(), "type"))) {
              return "tool_calls";
            }
          }
        }
        return "stop";
      case "incomplete": {
        String reason = Json.string(Json.object(response, "incomplete_details"), "reason");
        return reason != null ? reason : "incomplete";
      }
      case "failed":
        return "error";
      case "queued":
      case "in_progress":
        return null;
      default:
        return status;
    }
  }

  /** A chat (or legacy completions) usage block; absent fields leave what is known. */
  static void chatUsage(JsonObject usage, Outcome out) {
    if (usage == null) {
      return;
    }
    Long prompt = Json.integer(usage, "prompt_tokens");
    Long completion = Json.integer(usage, "completion_tokens");
    Long total = Json.integer(usage, "total_tokens");
    Long reasoning = Json.integer(Json.object(usage, "completion_tokens_details"),
        "reasoning_tokens");
    if (prompt != null) {
      out.inputTokens = prompt;
    }
    if (total != null && prompt != null && total >= prompt) {
      out.outputTokens = total - prompt;
    } else if (completion != null) {
      out.outputTokens = Json.plus(completion, reasoning);
    }
    if (reasoning != null) {
      out.reasoningTokens = reasoning;
    }
    Long cached = Json.integer(Json.object(usage, "prompt_tokens_details"), "cached_tokens");
    if (cached != null) {
      out.cacheReadTokens = cached;
    }
    cost(usage, out);
  }

  /** An Anthropic-shaped usage block (answer, {@code message_start}, {@code message_delta}). */
  static void anthropicUsage(JsonObject usage, Outcome out) {
    if (usage == null) {
      return;
    }
    Long input = Json.integer(usage, "input_tokens");
    Long cacheRead = Json.integer(usage, "cache_read_input_tokens");
    if (input != null) {
      out.inputTokens = Json.plus(Json.plus(input, cacheRead),
          Json.integer(usage, "cache_creation_input_tokens"));
    }
    if (cacheRead != null) {
      out.cacheReadTokens = cacheRead;
    }
    Long output = Json.integer(usage, "output_tokens");
    if (output != null) {
      out.outputTokens = output;
    }
    cost(usage, out);
  }

  private static void cost(JsonObject usage, Outcome out) {
    Long ticks = Json.integer(usage, "cost_in_usd_ticks");
    if (ticks != null) {
      out.costTicks = ticks;
    }
  }

  static int indexOf(JsonObject choice, int fallback) {
    Long index = Json.integer(choice, "index");
    return index == null || index < 0 || index > Integer.MAX_VALUE ? fallback : index.intValue();
  }
}
