package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Conversation;
import io.github.xaijava.simulator.internal.Conversation.Answer;
import io.github.xaijava.simulator.internal.Conversation.Turn;
import io.github.xaijava.simulator.internal.Dialect;
import io.github.xaijava.simulator.internal.EventStream;
import io.github.xaijava.simulator.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/messages}, the Anthropic-compatible API: Anthropic's shapes and event names. */
final class MessagesRoute {
  private final Context ctx;

  MessagesRoute(Context ctx) {
    this.ctx = ctx;
  }

  void create(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    List<Turn> turns = new ArrayList<>();
    JsonElement system = body.get("system");
    if (system != null && !system.isJsonNull()) {
      turns.add(Turn.of("system", Support.text(system)));
    }
    Map<String, String> toolNames = new HashMap<>();
    for (JsonElement e : Json.array(body, "messages")) {
      JsonObject m = e.getAsJsonObject();
      String role = Json.string(m, "role", "user");
      JsonElement content = m.get("content");
      if (content != null && content.isJsonArray()) {
        StringBuilder text = new StringBuilder();
        for (JsonElement p : content.getAsJsonArray()) {
          JsonObject part = p.getAsJsonObject();
          switch (Json.string(part, "type", "")) {
            case "tool_use":
              toolNames.put(Json.string(part, "id", ""), Json.string(part, "name", ""));
              break;
            case "tool_result":
              turns.add(new Turn("tool", Support.text(part.get("content")),
                  toolNames.get(Json.string(part, "tool_use_id", ""))));
              break;
            case "text":
              text.append(text.length() == 0 ? "" : "\n").append(Json.string(part, "text", ""));
              break;
            default:
              break;
          }
        }
        if (text.length() > 0) {
          turns.add(Turn.of(role, text.toString()));
        }
      } else {
        turns.add(Turn.of(role, Support.text(content)));
      }
    }
    List<Conversation.Tool> tools = new ArrayList<>();
    for (JsonElement t : Json.array(body, "tools")) {
      JsonObject tool = t.getAsJsonObject();
      tools.add(new Conversation.Tool(Json.string(tool, "name", "tool"), tool.get("input_schema")));
    }
    JsonObject choice = Json.object(body, "tool_choice");
    String choiceType = Json.string(choice, "type", "auto");
    Conversation.ToolMode mode = "none".equals(choiceType) ? Conversation.ToolMode.NONE
        : "tool".equals(choiceType) ? Conversation.ToolMode.NAMED
        : "any".equals(choiceType) ? Conversation.ToolMode.REQUIRED : Conversation.ToolMode.AUTO;
    Conversation.Prompt prompt = new Conversation.Prompt(turns, tools, mode, Json.string(choice, "name", null),
        !Json.bool(choice, "disable_parallel_tool_use", false), null, false, Json.integer(body, "max_tokens", -1),
        Support.strings(body, "stop_sequences"), null);
    Answer answer = Conversation.answer(prompt, model, ctx.ids(), 0);
    String id = "msg_" + ctx.ids().uuid().replace("-", "");
    JsonArray content = content(answer, id);
    String stop = "tool_calls".equals(answer.finish()) ? "tool_use"
        : "length".equals(answer.finish()) ? "max_tokens" : "end_turn";
    int output = answer.completionTokens() + answer.reasoningTokens();
    if (Json.bool(body, "stream", false)) {
      stream(call, id, model, content, stop, answer.promptTokens(), output);
      return;
    }
    call.ok(message(id, model, content, stop, usage(answer.promptTokens(), output)));
  }

  private JsonArray content(Answer a, String id) {
    JsonArray content = new JsonArray();
    if (a.reasoning() != null) {
      content.add(Json.obj().put("type", "thinking").put("thinking", a.reasoning())
          .put("signature", signature(id)).build());
    }
    if (a.content() != null) {
      content.add(Json.obj().put("type", "text").put("text", a.content()).build());
    }
    for (Conversation.ToolCall c : a.toolCalls()) {
      content.add(Json.obj().put("type", "tool_use").put("id", "toolu_" + c.id().substring("call_".length()))
          .put("name", c.name()).put("input", JsonParser.parseString(c.arguments())).build());
    }
    return content;
  }

  private static String signature(String id) {
    return Base64.getEncoder().encodeToString(("sim-signature:" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject usage(int input, int output) {
    return Json.obj().put("input_tokens", input).put("cache_creation_input_tokens", 0)
        .put("cache_read_input_tokens", 0).put("output_tokens", output).build();
  }

  private static JsonObject message(String id, Catalogue.Model model, JsonArray content, String stop, JsonObject usage) {
    return Json.obj().put("id", id).put("type", "message").put("role", "assistant").put("content", content)
        .put("model", model.id()).put("stop_reason", stop).put("stop_sequence", (String) null)
        .put("usage", usage).build();
  }

  private void stream(Call call, String id, Catalogue.Model model, JsonArray content, String stop, int input,
      int output) {
    EventStream s = call.events(Dialect.ANTHROPIC);
    JsonObject start = message(id, model, new JsonArray(), null, usage(input, 1));
    s.send("message_start", Json.obj().put("type", "message_start").put("message", start).build());
    for (int i = 0; i < content.size(); i++) {
      JsonObject block = content.get(i).getAsJsonObject();
      String type = Json.string(block, "type", "");
      JsonObject empty = block.deepCopy();
      switch (type) {
        case "thinking":
          empty.addProperty("thinking", "");
          empty.addProperty("signature", "");
          break;
        case "text":
          empty.addProperty("text", "");
          break;
        default:
          empty.add("input", new JsonObject());
      }
      s.send("content_block_start", Json.obj().put("type", "content_block_start").put("index", i)
          .put("content_block", empty).build());
      if (i == 0) {
        s.send("ping", Json.obj().put("type", "ping").build());
      }
      switch (type) {
        case "thinking":
          for (String piece : Support.pieces(Json.string(block, "thinking", ""))) {
            delta(s, i, Json.obj().put("type", "thinking_delta").put("thinking", piece));
          }
          delta(s, i, Json.obj().put("type", "signature_delta").put("signature", Json.string(block, "signature", "")));
          break;
        case "text":
          for (String piece : Support.pieces(Json.string(block, "text", ""))) {
            delta(s, i, Json.obj().put("type", "text_delta").put("text", piece));
          }
          break;
        default:
          String json = Json.write(block.get("input"));
          int half = json.length() / 2;
          for (String piece : half == 0 ? List.of(json) : List.of(json.substring(0, half), json.substring(half))) {
            delta(s, i, Json.obj().put("type", "input_json_delta").put("partial_json", piece));
          }
      }
      s.send("content_block_stop", Json.obj().put("type", "content_block_stop").put("index", i).build());
    }
    s.send("message_delta", Json.obj().put("type", "message_delta")
        .put("delta", Json.obj().put("stop_reason", stop).put("stop_sequence", (String) null))
        .put("usage", usage(input, output)).build());
    s.send("message_stop", Json.obj().put("type", "message_stop").build());
  }

  private static void delta(EventStream s, int index, Json.Obj delta) {
    s.send("content_block_delta", Json.obj().put("type", "content_block_delta").put("index", index)
        .put("delta", delta).build());
  }
}
