package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Conversation;
import io.github.xaijava.simulator.internal.Json;
import java.util.ArrayList;
import java.util.List;

/** Helpers the route handlers share: model look-up with xAI's errors, and reading text out of content. */
final class Support {
  private Support() {}

  /**
   * The model a request names, resolved through aliases; answers 404 (unknown) or 400 (wrong kind)
   * and returns null when there is none to use. A missing name takes the kind's default.
   */
  static Catalogue.Model model(Call call, String name, Catalogue.Kind kind, boolean required) {
    if (name == null || name.isEmpty()) {
      if (required) {
        call.error(400, "The `model` field is required.");
        return null;
      }
      return Catalogue.fallback(kind);
    }
    Catalogue.Model m = Catalogue.find(name);
    if (m == null) {
      call.error(404, "The model " + name + " does not exist or your team " + Routes.TEAM_ID
          + " does not have access to it.");
      return null;
    }
    if (m.kind() != kind) {
      call.error(400, "The model " + m.id() + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " model and cannot serve " + call.path() + ".");
      return null;
    }
    return m;
  }

  /** Answers 400 "Argument not supported" when {@code body} sets one of {@code names}; true if it did. */
  static boolean rejectsUnsupported(Call call, JsonObject body, Catalogue.Model model, String... names) {
    for (String n : names) {
      if (body.has(n) && !body.get(n).isJsonNull()) {
        call.error(400, "Argument not supported on model " + model.id() + ": " + n);
        return true;
      }
    }
    return false;
  }

  /** The text of a content value: a string, or the {@code text} of each part of an array, joined. */
  static String text(JsonElement content) {
    if (content == null || content.isJsonNull()) {
      return "";
    }
    if (content.isJsonPrimitive()) {
      return content.getAsString();
    }
    StringBuilder sb = new StringBuilder();
    if (content.isJsonArray()) {
      for (JsonElement part : content.getAsJsonArray()) {
        if (part.isJsonPrimitive()) {
          sb.append(sb.length() == 0 ? "" : "\n").append(part.getAsString());
        } else if (part.isJsonObject() && part.getAsJsonObject().has("text")) {
          sb.append(sb.length() == 0 ? "" : "\n").append(Json.string(part.getAsJsonObject(), "text", ""));
        }
      }
    }
    return sb.toString();
  }

  /** The strings of an array property, or none. */
  static List<String> strings(JsonObject body, String key) {
    List<String> out = new ArrayList<>();
    JsonElement e = body.get(key);
    if (e != null && e.isJsonPrimitive()) {
      out.add(e.getAsString());
    } else if (e != null && e.isJsonArray()) {
      for (JsonElement s : e.getAsJsonArray()) {
        if (s.isJsonPrimitive()) {
          out.add(s.getAsString());
        }
      }
    }
    return out;
  }

  /** The model name an answer shows: grok-3-mini asked for high effort answers as grok-3-mini-high. */
  static String shownModel(Catalogue.Model model, String effort) {
    return model.id().equals("grok-3-mini") && "high".equals(effort) ? "grok-3-mini-high" : model.id();
  }

  /** Cuts text into the pieces a stream sends: one token each. */
  static List<String> pieces(String text) {
    return io.github.xaijava.simulator.internal.Tokenizer.tokens(text);
  }

  /** The chat usage of {@code n} choices: one prompt, every choice's completion and reasoning. */
  static JsonObject chatUsage(Catalogue.Model model, List<Conversation.Answer> answers) {
    int completion = 0;
    int reasoning = 0;
    for (Conversation.Answer a : answers) {
      completion += a.completionTokens();
      reasoning += a.reasoningTokens();
    }
    return chatUsage(model, answers.get(0).promptTokens(), completion, reasoning);
  }

  /** A usage block in the chat shape, with details and cost. */
  static JsonObject chatUsage(Catalogue.Model model, int prompt, int completion, int reasoning) {
    return Json.obj().put("prompt_tokens", prompt).put("completion_tokens", completion)
        .put("total_tokens", prompt + completion + reasoning)
        .put("prompt_tokens_details", Json.obj().put("text_tokens", prompt).put("audio_tokens", 0)
            .put("image_tokens", 0).put("cached_tokens", 0))
        .put("completion_tokens_details", Json.obj().put("reasoning_tokens", reasoning).put("audio_tokens", 0)
            .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0))
        .put("num_sources_used", 0).put("cost_in_usd_ticks", model.cost(prompt, 0, completion, reasoning))
        .build();
  }

  /** The {@code tool_choice} of chat and responses: a mode and, for a named function, its name. */
  static Conversation.ToolMode toolMode(JsonElement choice) {
    if (choice == null || choice.isJsonNull()) {
      return Conversation.ToolMode.AUTO;
    }
    if (choice.isJsonPrimitive()) {
      switch (choice.getAsString()) {
        case "none":
          return Conversation.ToolMode.NONE;
        case "required":
          return Conversation.ToolMode.REQUIRED;
        default:
          return Conversation.ToolMode.AUTO;
      }
    }
    return toolName(choice) == null ? Conversation.ToolMode.AUTO : Conversation.ToolMode.NAMED;
  }

  /** The function a {@code tool_choice} object names: {@code {function:{name}}} or {@code {name}}. */
  static String toolName(JsonElement choice) {
    if (choice == null || !choice.isJsonObject()) {
      return null;
    }
    JsonObject o = choice.getAsJsonObject();
    JsonObject function = Json.object(o, "function");
    return function != null ? Json.string(function, "name", null) : Json.string(o, "name", null);
  }

  /** A copy of {@code array}, or an empty array for null. */
  static JsonArray copy(JsonElement array) {
    return array != null && array.isJsonArray() ? array.getAsJsonArray().deepCopy() : new JsonArray();
  }
}
