package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/chat/completions} (plain, streamed, deferred) and deferred completion polls. */
final class ChatRoute {
  private final Context ctx;

  ChatRoute(Context ctx) {
    this.ctx = ctx;
  }

  void create(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    String effort = Json.string(body, "reasoning_effort", null);
    if (effort != null && !model.id().startsWith("grok-3-mini")) {
      call.error(400, "Model " + model.id() + " does not support parameter reasoningEffort.");
      return;
    }
    if (model.thinks() && Support.rejectsUnsupported(call, body, model, "presence_penalty", "frequency_penalty")) {
      return;
    }
    if (Json.array(body, "messages").size() == 0) {
      call.error(400, "A chat request needs at least one message in `messages`.");
      return;
    }
    int n = (int) Json.integer(body, "n", 1);
    if (n < 1 || n > 128) {
      call.error(400, "`n` must be between 1 and 128, got " + n + ".");
      return;
    }
    Conversation.Prompt prompt = prompt(body);
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(Conversation.answer(prompt, model, ctx.ids(), i));
    }
    String id = ctx.ids().uuid();
    String shown = Support.shownModel(model, effort);
    if (Json.bool(body, "deferred", false)) {
      String requestId = ctx.ids().uuid();
      ctx.state().deferred.put(requestId, new State.DeferredCompletion(
          completion(id, shown, model, answers), ctx.settings().deferredPendingPolls()));
      call.ok(Json.obj().put("request_id", requestId).build());
      return;
    }
    if (Json.bool(body, "stream", false)) {
      boolean usage = Json.bool(Json.object(body, "stream_options"), "include_usage", false);
      stream(call, id, shown, model, answers, usage);
      return;
    }
    call.ok(completion(id, shown, model, answers));
  }

  /**
   * The completion a batch request of this API gets: the same deterministic answer as a direct
   * call. A model that is not a language model fails the request, as xAI fails models that do not
   * take batch requests.
   *
   * @throws IllegalArgumentException with the failure's message
   */
  JsonObject batchAnswer(JsonObject body) {
    String name = Json.string(body, "model", "");
    Catalogue.Model model = Catalogue.find(name);
    if (model == null || model.kind() != Catalogue.Kind.LANGUAGE) {
      throw new IllegalArgumentException("Model " + name + " is not supported for batch processing.");
    }
    if (Json.array(body, "messages").size() == 0) {
      throw new IllegalArgumentException("A chat request needs at least one message in `messages`.");
    }
    List<Answer> answers = List.of(Conversation.answer(prompt(body), model, ctx.ids(), 0));
    return completion(ctx.ids().uuid(), model.id(), model, answers);
  }

  /** {@code GET /v1/chat/deferred-completion/{request_id}}: 202 while pending, the completion once, then 404. */
  void deferred(Call call) {
    String id = call.param("request_id");
    State.DeferredCompletion job = ctx.state().deferred.get(id);
    if (job == null) {
      call.error(404, "Deferred completion " + id + " was not found: it never existed, or its result was already fetched.");
      return;
    }
    synchronized (job) {
      if (job.pending > 0) {
        job.pending--;
        call.empty(202);
        return;
      }
      ctx.state().deferred.remove(id);
    }
    call.ok(job.completion);
  }

  static Conversation.Prompt prompt(JsonObject body) {
    List<Turn> turns = new ArrayList<>();
    Map<String, String> callNames = new HashMap<>();
    for (JsonElement e : Json.array(body, "messages")) {
      JsonObject m = e.getAsJsonObject();
      String role = Json.string(m, "role", "user");
      for (JsonElement tc : Json.array(m, "tool_calls")) {
        JsonObject call = tc.getAsJsonObject();
        callNames.put(Json.string(call, "id", ""), Json.string(Json.object(call, "function"), "name", null));
      }
      if ("tool".equals(role) || "function".equals(role)) {
        String name = "function".equals(role) ? Json.string(m, "name", null)
            : callNames.get(Json.string(m, "tool_call_id", ""));
        turns.add(new Turn("tool", Support.text(m.get("content")), name));
      } else {
        turns.add(Turn.of(role, Support.text(m.get("content"))));
      }
    }
    List<Conversation.Tool> tools = new ArrayList<>();
    for (JsonElement t : Json.array(body, "tools")) {
      JsonObject function = Json.object(t.getAsJsonObject(), "function");
      if ("function".equals(Json.string(t.getAsJsonObject(), "type", "")) && function != null) {
        tools.add(new Conversation.Tool(Json.string(function, "name", "function"), function.get("parameters")));
      }
    }
    JsonObject format = Json.object(body, "response_format");
    String formatType = Json.string(format, "type", "text");
    JsonElement schema = null;
    if ("json_schema".equals(formatType)) {
      JsonObject js = Json.object(format, "json_schema");
      schema = js != null && js.has("schema") ? js.get("schema") : js;
    }
    long max = Json.integer(body, "max_completion_tokens", Json.integer(body, "max_tokens", -1));
    return new Conversation.Prompt(turns, tools, Support.toolMode(body.get("tool_choice")),
        Support.toolName(body.get("tool_choice")), Json.bool(body, "parallel_tool_calls", true), schema,
        "json_object".equals(formatType), max, Support.strings(body, "stop"),
        Json.string(body, "reasoning_effort", null));
  }

  private JsonObject completion(String id, String shown, Catalogue.Model model, List<Answer> answers) {
    JsonArray choices = new JsonArray();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      Json.Obj message = Json.obj().put("role", "assistant").put("content", a.content() == null ? "" : a.content());
      if (a.reasoning() != null) {
        message.put("reasoning_content", a.reasoning());
      }
      if (!a.toolCalls().isEmpty()) {
        message.put("tool_calls", toolCalls(a, false));
      }
      message.put("refusal", (String) null);
      choices.add(Json.obj().put("index", i).put("message", message).put("finish_reason", a.finish()).build());
    }
    return Json.obj().put("id", id).put("object", "chat.completion").put("created", ctx.settings().now())
        .put("model", shown).put("choices", choices)
        .put("usage", Support.chatUsage(model, answers))
        .put("system_fingerprint", model.fingerprint()).build();
  }

  private static JsonArray toolCalls(Answer a, boolean indexed) {
    JsonArray calls = new JsonArray();
    for (int i = 0; i < a.toolCalls().size(); i++) {
      calls.add(toolCall(a.toolCalls().get(i), indexed ? i : -1));
    }
    return calls;
  }

  private static JsonObject toolCall(Conversation.ToolCall c, int index) {
    Json.Obj o = Json.obj().put("id", c.id())
        .put("function", Json.obj().put("name", c.name()).put("arguments", c.arguments()));
    if (index >= 0) {
      o.put("index", index);
    }
    return o.put("type", "function").build();
  }

  private void stream(Call call, String id, String shown, Catalogue.Model model, List<Answer> answers,
      boolean includeUsage) {
    long created = ctx.settings().now();
    EventStream s = call.events(Dialect.CHAT);
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      boolean first = true;
      if (a.reasoning() != null) {
        for (String piece : Support.pieces(a.reasoning())) {
          s.send(null, chunk(id, created, shown, model, i, delta("reasoning_content", piece, first), null));
          first = false;
        }
      }
      if (a.content() != null) {
        for (String piece : Support.pieces(a.content())) {
          s.send(null, chunk(id, created, shown, model, i, delta("content", piece, first), null));
          first = false;
        }
      }
      for (int c = 0; c < a.toolCalls().size(); c++) {
        Json.Obj d = Json.obj();
        if (first) {
          d.put("role", "assistant");
        }
        JsonArray one = new JsonArray();
        one.add(toolCall(a.toolCalls().get(c), c));
        s.send(null, chunk(id, created, shown, model, i, d.put("tool_calls", one).build(), null));
        first = false;
      }
      if (first) {
        s.send(null, chunk(id, created, shown, model, i, Json.obj().put("role", "assistant").build(), null));
      }
      s.send(null, chunk(id, created, shown, model, i, new JsonObject(), a.finish()));
    }
    if (includeUsage) {
      s.send(null, Json.obj().put("id", id).put("object", "chat.completion.chunk").put("created", created)
          .put("model", shown).put("choices", new JsonArray())
          .put("usage", Support.chatUsage(model, answers))
          .put("system_fingerprint", model.fingerprint()).build());
    }
    s.done();
  }

  /** A delta as xAI writes it: the text first, then {@code role} on a choice's first chunk. */
  private static JsonObject delta(String field, String piece, boolean first) {
    Json.Obj d = Json.obj().put(field, piece);
    if (first) {
      d.put("role", "assistant");
    }
    return d.build();
  }

  private static JsonObject chunk(String id, long created, String shown, Catalogue.Model model, int index,
      JsonObject delta, String finish) {
    Json.Obj choice = Json.obj().put("index", index).put("delta", delta);
    if (finish != null) {
      choice.put("finish_reason", finish);
    }
    JsonArray choices = new JsonArray();
    choices.add(choice.build());
    return Json.obj().put("id", id).put("object", "chat.completion.chunk").put("created", created)
        .put("model", shown).put("choices", choices).put("system_fingerprint", model.fingerprint()).build();
  }
}
