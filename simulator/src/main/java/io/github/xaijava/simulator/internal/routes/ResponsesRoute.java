package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Conversation;
import io.github.xaijava.simulator.internal.Conversation.Answer;
import io.github.xaijava.simulator.internal.Conversation.Turn;
import io.github.xaijava.simulator.internal.Dialect;
import io.github.xaijava.simulator.internal.EventStream;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.State;
import io.github.xaijava.simulator.internal.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Responses API: create (plain or streamed), stored responses, their input items, compaction. */
final class ResponsesRoute {
  private final Context ctx;

  ResponsesRoute(Context ctx) {
    this.ctx = ctx;
  }

  void create(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    if (Json.bool(body, "background", false)) {
      call.error(400, "Argument not supported: background");
      return;
    }
    String previousId = Json.string(body, "previous_response_id", null);
    List<Turn> history = new ArrayList<>();
    if (previousId != null) {
      State.StoredResponse previous = ctx.state().responses.get(previousId);
      if (previous == null) {
        call.error(404, "Response with id " + previousId + " was not found.");
        return;
      }
      history.addAll(previous.history());
    }
    String instructions = Json.string(body, "instructions", null);
    if (instructions != null) {
      history.add(Turn.of("system", instructions));
    }
    Map<String, String> callNames = new HashMap<>();
    for (Turn t : history) {
      if ("assistant-call".equals(t.role())) {
        callNames.put(t.name(), t.text());
      }
    }
    List<JsonObject> inputItems = inputItems(body.get("input"));
    for (JsonObject item : inputItems) {
      history.add(turn(item, callNames));
    }
    String effort = Json.string(Json.object(body, "reasoning"), "effort", Json.string(body, "reasoning_effort", null));
    List<Conversation.Tool> tools = new ArrayList<>();
    for (JsonElement t : Json.array(body, "tools")) {
      JsonObject tool = t.getAsJsonObject();
      if ("function".equals(Json.string(tool, "type", ""))) {
        tools.add(new Conversation.Tool(Json.string(tool, "name", "function"), tool.get("parameters")));
      }
    }
    JsonObject format = Json.object(Json.object(body, "text"), "format");
    String formatType = Json.string(format, "type", "text");
    Conversation.Prompt prompt = new Conversation.Prompt(visible(history), tools,
        Support.toolMode(body.get("tool_choice")), Support.toolName(body.get("tool_choice")),
        Json.bool(body, "parallel_tool_calls", true), "json_schema".equals(formatType) ? format.get("schema") : null,
        "json_object".equals(formatType), Json.integer(body, "max_output_tokens", -1), List.of(), effort);
    Answer answer = Conversation.answer(prompt, model, ctx.ids(), 0);

    String id = ctx.ids().uuid();
    boolean encrypted = Support.strings(body, "include").contains("reasoning.encrypted_content");
    JsonArray output = output(answer, model, id, encrypted);
    for (JsonElement item : output) {
      JsonObject o = item.getAsJsonObject();
      if ("function_call".equals(Json.string(o, "type", ""))) {
        history.add(new Turn("assistant-call", Json.string(o, "name", ""), Json.string(o, "call_id", "")));
      } else if ("message".equals(Json.string(o, "type", ""))) {
        history.add(Turn.of("assistant", answer.content()));
      }
    }
    long created = ctx.settings().now();
    boolean store = Json.bool(body, "store", true);
    JsonObject done = response(body, id, created, Support.shownModel(model, effort), "completed", output,
        usage(model, answer), store, format);
    // A WebSocket's turn is kept even with store=false: the socket may continue from it while it is
    // the socket's latest, and forgets it after (see ws.ResponsesSocket).
    if (store || call.internal()) {
      List<JsonObject> withIds = new ArrayList<>();
      for (JsonObject item : inputItems) {
        JsonObject copy = item.deepCopy();
        if (!copy.has("id")) {
          copy.addProperty("id", "msg_" + ctx.ids().uuid());
        }
        withIds.add(copy);
      }
      ctx.state().responses.put(id, new State.StoredResponse(done, withIds, history));
    }
    if (Json.bool(body, "stream", false)) {
      stream(call, body, done, format);
    } else {
      call.ok(done);
    }
  }

  void retrieve(Call call) {
    State.StoredResponse r = stored(call);
    if (r != null) {
      call.ok(r.response());
    }
  }

  void delete(Call call) {
    State.StoredResponse r = stored(call);
    if (r != null) {
      ctx.state().responses.remove(call.param("response_id"));
      call.ok(Json.obj().put("id", call.param("response_id")).put("object", "response").put("deleted", true).build());
    }
  }

  /** Input items as a cursor list: {@code limit} 1-100 (20), {@code order} (desc), {@code after} an item id. */
  void inputItems(Call call) {
    State.StoredResponse r = stored(call);
    if (r != null) {
      CursorPage.answer(call, r.inputItems(), 20, item -> Json.string(item, "id", ""), item -> item,
          JsonNull.INSTANCE, "Input item");
    }
  }

  /** {@code POST /v1/responses/compact}: the conversation folded into one encrypted compaction item. */
  void compact(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    List<JsonObject> items = inputItems(body.get("input"));
    StringBuilder summary = new StringBuilder();
    int tokens = 0;
    for (JsonObject item : items) {
      Turn t = turn(item, Map.of());
      summary.append(t.role()).append(": ").append(t.text()).append('\n');
      tokens += 4 + Tokenizer.count(t.text());
    }
    String encrypted = Base64.getEncoder().encodeToString(summary.toString().getBytes(StandardCharsets.UTF_8));
    JsonArray output = new JsonArray();
    output.add(Json.obj().put("type", "compaction").put("id", "cmp_" + ctx.ids().uuid())
        .put("encrypted_content", encrypted).build());
    int out = Tokenizer.count(encrypted) / 4 + 1;
    call.ok(Json.obj().put("object", "response.compaction").put("id", ctx.ids().uuid())
        .put("created_at", ctx.settings().now()).put("model", model.id()).put("output", output)
        .put("usage", Json.obj().put("input_tokens", tokens)
            .put("input_tokens_details", Json.obj().put("cached_tokens", 0)).put("output_tokens", out)
            .put("output_tokens_details", Json.obj().put("reasoning_tokens", 0)).put("total_tokens", tokens + out)
            .put("dropped_message_count", items.size()))
        .build());
  }

  private State.StoredResponse stored(Call call) {
    String id = call.param("response_id");
    State.StoredResponse r = ctx.state().responses.get(id);
    if (r == null) {
      call.error(404, "Response with id " + id + " was not found.");
    }
    return r;
  }

  /** The input as items: a string is one user message. */
  private static List<JsonObject> inputItems(JsonElement input) {
    List<JsonObject> items = new ArrayList<>();
    if (input != null && input.isJsonPrimitive()) {
      JsonArray content = new JsonArray();
      content.add(Json.obj().put("type", "input_text").put("text", input.getAsString()).build());
      items.add(Json.obj().put("type", "message").put("role", "user").put("content", content).build());
    } else if (input != null && input.isJsonArray()) {
      for (JsonElement e : input.getAsJsonArray()) {
        if (e.isJsonObject()) {
          items.add(e.getAsJsonObject());
        }
      }
    }
    return items;
  }

  private static Turn turn(JsonObject item, Map<String, String> callNames) {
    String type = Json.string(item, "type", "message");
    switch (type) {
      case "function_call":
        callNames.put(Json.string(item, "call_id", ""), Json.string(item, "name", ""));
        return new Turn("assistant-call", Json.string(item, "name", ""), Json.string(item, "call_id", ""));
      case "function_call_output":
        return new Turn("tool", Support.text(item.get("output")), callNames.get(Json.string(item, "call_id", "")));
      case "message":
        return Turn.of(Json.string(item, "role", "user"), Support.text(item.get("content")));
      default:
        return new Turn("other", "", null);
    }
  }

  /** The history as the model sees it: calls the assistant made are not turns of their own. */
  private static List<Turn> visible(List<Turn> history) {
    List<Turn> out = new ArrayList<>();
    for (Turn t : history) {
      if (!"assistant-call".equals(t.role()) && !"other".equals(t.role())) {
        out.add(t);
      }
    }
    return out;
  }

  private JsonArray output(Answer answer, Catalogue.Model model, String id, boolean encrypted) {
    JsonArray output = new JsonArray();
    if (model.thinks()) {
      JsonArray summary = new JsonArray();
      if (answer.reasoning() != null) {
        summary.add(Json.obj().put("text", answer.reasoning()).put("type", "summary_text").build());
      }
      Json.Obj reasoning = Json.obj().put("id", "rs_" + id).put("summary", summary).put("type", "reasoning")
          .put("status", "completed");
      if (encrypted) {
        String hidden = answer.reasoning() == null ? "hidden reasoning of " + id : answer.reasoning();
        reasoning.put("encrypted_content",
            Base64.getEncoder().encodeToString(hidden.getBytes(StandardCharsets.UTF_8)));
      }
      output.add(reasoning.build());
    }
    for (Conversation.ToolCall c : answer.toolCalls()) {
      output.add(Json.obj().put("arguments", c.arguments()).put("call_id", c.id()).put("name", c.name())
          .put("type", "function_call").put("id", "fc_" + ctx.ids().uuid()).put("status", "completed").build());
    }
    if (answer.content() != null) {
      JsonArray content = new JsonArray();
      content.add(Json.obj().put("type", "output_text").put("text", answer.content())
          .put("logprobs", new JsonArray()).put("annotations", new JsonArray()).build());
      output.add(Json.obj().put("content", content).put("id", "msg_" + id).put("role", "assistant")
          .put("type", "message").put("status", "completed").build());
    }
    return output;
  }

  private static JsonObject usage(Catalogue.Model model, Answer a) {
    int output = a.completionTokens() + a.reasoningTokens();
    return Json.obj().put("input_tokens", a.promptTokens())
        .put("input_tokens_details", Json.obj().put("cached_tokens", 0)).put("output_tokens", output)
        .put("output_tokens_details", Json.obj().put("reasoning_tokens", a.reasoningTokens()))
        .put("total_tokens", a.promptTokens() + output).put("num_sources_used", 0)
        .put("num_server_side_tools_used", 0)
        .put("cost_in_usd_ticks", model.cost(a.promptTokens(), 0, a.completionTokens(), a.reasoningTokens()))
        .build();
  }

  private JsonObject response(JsonObject body, String id, long created, String model, String status,
      JsonArray output, JsonObject usage, boolean store, JsonObject format) {
    JsonObject reasoning = Json.object(body, "reasoning");
    JsonElement toolChoice = body.has("tool_choice") ? body.get("tool_choice") : new JsonPrimitive("auto");
    JsonObject text = Json.obj().put("format", format == null ? Json.obj().put("type", "text").build() : format).build();
    boolean completed = "completed".equals(status);
    return Json.obj().put("background", false).put("completed_at", completed ? created : null)
        .put("created_at", created).put("error", JsonNull.INSTANCE).put("frequency_penalty", 0)
        .put("id", id).put("incomplete_details", JsonNull.INSTANCE)
        .put("instructions", Json.string(body, "instructions", null))
        .put("max_output_tokens", body.has("max_output_tokens") ? body.get("max_output_tokens") : null)
        .put("max_tool_calls", JsonNull.INSTANCE)
        .put("metadata", body.has("metadata") && body.get("metadata").isJsonObject() ? body.get("metadata") : new JsonObject())
        .put("model", model).put("object", "response").put("output", output)
        .put("parallel_tool_calls", Json.bool(body, "parallel_tool_calls", true)).put("presence_penalty", 0)
        .put("previous_response_id", Json.string(body, "previous_response_id", null))
        .put("prompt_cache_key", Json.string(body, "prompt_cache_key", null))
        .put("reasoning", reasoning == null ? null : reasoning)
        .put("safety_identifier", Json.string(body, "safety_identifier", null)).put("service_tier", "default")
        .put("status", status).put("store", store)
        .put("temperature", body.has("temperature") ? body.get("temperature") : null).put("text", text)
        .put("tool_choice", toolChoice).put("tools", Support.copy(body.get("tools"))).put("top_logprobs", 0)
        .put("top_p", body.has("top_p") ? body.get("top_p") : null).put("truncation", "disabled")
        .put("usage", completed ? usage : null).put("user", Json.string(body, "user", null)).build();
  }

  /** The streamed form: the event sequence xAI sends, each with {@code sequence_number} from 0. */
  private void stream(Call call, JsonObject body, JsonObject done, JsonObject format) {
    EventStream s = call.events(Dialect.RESPONSES);
    JsonObject pending = response(body, Json.string(done, "id", ""), Json.integer(done, "created_at", 0),
        Json.string(done, "model", ""), "in_progress", new JsonArray(), null, Json.bool(done, "store", true), format);
    event(s, "response.created", Json.obj().put("response", pending));
    event(s, "response.in_progress", Json.obj().put("response", pending));
    JsonArray output = done.getAsJsonArray("output");
    for (int i = 0; i < output.size(); i++) {
      JsonObject item = output.get(i).getAsJsonObject();
      String itemId = Json.string(item, "id", "");
      String type = Json.string(item, "type", "");
      event(s, "response.output_item.added", Json.obj().put("output_index", i).put("item", started(item)));
      if ("reasoning".equals(type)) {
        JsonArray summary = item.getAsJsonArray("summary");
        for (int k = 0; k < summary.size(); k++) {
          String text = Json.string(summary.get(k).getAsJsonObject(), "text", "");
          JsonObject empty = Json.obj().put("type", "summary_text").put("text", "").build();
          event(s, "response.reasoning_summary_part.added", Json.obj().put("item_id", itemId)
              .put("output_index", i).put("summary_index", k).put("part", empty));
          for (String piece : Support.pieces(text)) {
            event(s, "response.reasoning_summary_text.delta", Json.obj().put("item_id", itemId)
                .put("output_index", i).put("summary_index", k).put("delta", piece));
          }
          event(s, "response.reasoning_summary_text.done", Json.obj().put("item_id", itemId)
              .put("output_index", i).put("summary_index", k).put("text", text));
          event(s, "response.reasoning_summary_part.done", Json.obj().put("item_id", itemId)
              .put("output_index", i).put("summary_index", k)
              .put("part", Json.obj().put("type", "summary_text").put("text", text)));
        }
      } else if ("function_call".equals(type)) {
        String arguments = Json.string(item, "arguments", "");
        event(s, "response.function_call_arguments.delta", Json.obj().put("item_id", itemId)
            .put("output_index", i).put("delta", arguments));
        event(s, "response.function_call_arguments.done", Json.obj().put("item_id", itemId)
            .put("output_index", i).put("arguments", arguments));
      } else if ("message".equals(type)) {
        String text = Json.string(item.getAsJsonArray("content").get(0).getAsJsonObject(), "text", "");
        JsonObject emptyPart = Json.obj().put("type", "output_text").put("text", "")
            .put("logprobs", new JsonArray()).put("annotations", new JsonArray()).build();
        event(s, "response.content_part.added", Json.obj().put("item_id", itemId).put("output_index", i)
            .put("content_index", 0).put("part", emptyPart));
        for (String piece : Support.pieces(text)) {
          event(s, "response.output_text.delta", Json.obj().put("item_id", itemId).put("output_index", i)
              .put("content_index", 0).put("delta", piece).put("logprobs", new JsonArray()));
        }
        event(s, "response.output_text.done", Json.obj().put("item_id", itemId).put("output_index", i)
            .put("content_index", 0).put("text", text).put("logprobs", new JsonArray()));
        event(s, "response.content_part.done", Json.obj().put("item_id", itemId).put("output_index", i)
            .put("content_index", 0).put("part", item.getAsJsonArray("content").get(0)));
      }
      event(s, "response.output_item.done", Json.obj().put("output_index", i).put("item", item));
    }
    event(s, "response.completed", Json.obj().put("response", done));
  }

  /** An output item as first announced: in progress, with its text still empty. */
  private static JsonObject started(JsonObject item) {
    JsonObject copy = item.deepCopy();
    copy.addProperty("status", "in_progress");
    switch (Json.string(item, "type", "")) {
      case "reasoning":
        copy.add("summary", new JsonArray());
        copy.remove("encrypted_content");
        break;
      case "message":
        copy.add("content", new JsonArray());
        break;
      case "function_call":
        copy.addProperty("arguments", "");
        break;
      default:
        break;
    }
    return copy;
  }

  private static void event(EventStream s, String type, Json.Obj fields) {
    JsonObject payload = Json.obj().put("type", type).put("sequence_number", s.sent()).build();
    for (Map.Entry<String, JsonElement> e : fields.build().entrySet()) {
      payload.add(e.getKey(), e.getValue());
    }
    s.send(type, payload);
  }
}
