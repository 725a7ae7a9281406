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
import java.util.ArrayList;
import java.util.List;

/** The legacy text APIs: {@code POST /v1/completions} (OpenAI style) and {@code POST /v1/complete} (Anthropic). */
final class CompletionsRoute {
  private final Context ctx;

  CompletionsRoute(Context ctx) {
    this.ctx = ctx;
  }

  /** {@code /v1/completions}: one choice per prompt and per {@code n}. */
  void completions(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    List<String> prompts = Support.strings(body, "prompt");
    if (prompts.isEmpty()) {
      prompts = List.of("");
    }
    int n = (int) Json.integer(body, "n", 1);
    List<String> texts = new ArrayList<>();
    List<String> finishes = new ArrayList<>();
    int promptTokens = 0;
    int completion = 0;
    for (String p : prompts) {
      for (int i = 0; i < n; i++) {
        Conversation.Prompt prompt = new Conversation.Prompt(List.of(Turn.of("user", p)), List.of(),
            Conversation.ToolMode.NONE, null, false, null, false, Json.integer(body, "max_tokens", -1),
            Support.strings(body, "stop"), null);
        Answer a = Conversation.answer(prompt, model, ctx.ids(), i);
        String text = " " + a.content();
        texts.add(Json.bool(body, "echo", false) ? p + text : text);
        finishes.add(a.finish());
        promptTokens += i == 0 ? a.promptTokens() : 0;
        completion += a.completionTokens() + 1;
      }
    }
    String id = ctx.ids().uuid();
    long created = ctx.settings().now();
    JsonObject usage = Support.chatUsage(model, promptTokens, completion, 0);
    if (Json.bool(body, "stream", false)) {
      EventStream s = call.events(Dialect.CHAT);
      for (int i = 0; i < texts.size(); i++) {
        for (String piece : Support.pieces(texts.get(i))) {
          s.send(null, sample(id, created, model, choice(i, piece, null), null));
        }
        s.send(null, sample(id, created, model, choice(i, "", finishes.get(i)), null));
      }
      if (Json.bool(Json.object(body, "stream_options"), "include_usage", false)) {
        s.send(null, sample(id, created, model, null, usage));
      }
      s.done();
      return;
    }
    JsonArray choices = new JsonArray();
    for (int i = 0; i < texts.size(); i++) {
      choices.add(choice(i, texts.get(i), finishes.get(i)));
    }
    JsonObject out = sample(id, created, model, null, usage);
    out.add("choices", choices);
    call.ok(reorder(out));
  }

  private static JsonObject choice(int index, String text, String finish) {
    return Json.obj().put("index", index).put("text", text).put("finish_reason", finish).build();
  }

  private static JsonObject sample(String id, long created, Catalogue.Model model, JsonObject choice, JsonObject usage) {
    JsonArray choices = new JsonArray();
    if (choice != null) {
      choices.add(choice);
    }
    Json.Obj o = Json.obj().put("id", id).put("object", "text_completion").put("created", created)
        .put("model", model.id()).put("choices", choices);
    if (usage != null) {
      o.put("usage", usage);
    }
    return o.put("system_fingerprint", model.fingerprint()).build();
  }

  /** Keeps {@code choices} before {@code usage} after replacing it. */
  private static JsonObject reorder(JsonObject o) {
    JsonObject out = new JsonObject();
    for (String k : List.of("id", "object", "created", "model", "choices", "usage", "system_fingerprint")) {
      JsonElement v = o.get(k);
      if (v != null) {
        out.add(k, v);
      }
    }
    return out;
  }

  /** {@code /v1/complete}: the prompt's last {@code Human:} turn answered after {@code Assistant:}. */
  void complete(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    String prompt = Json.string(body, "prompt", "");
    String question = prompt;
    int human = prompt.lastIndexOf("Human:");
    if (human >= 0) {
      question = prompt.substring(human + "Human:".length());
      int assistant = question.indexOf("Assistant:");
      question = assistant >= 0 ? question.substring(0, assistant) : question;
    }
    Conversation.Prompt p = new Conversation.Prompt(List.of(Turn.of("user", question.strip())), List.of(),
        Conversation.ToolMode.NONE, null, false, null, false, Json.integer(body, "max_tokens_to_sample", -1),
        Support.strings(body, "stop_sequences"), null);
    Answer a = Conversation.answer(p, model, ctx.ids(), 0);
    String id = "compl_" + ctx.ids().hex(24);
    String stop = "length".equals(a.finish()) ? "max_tokens" : "stop_sequence";
    String text = " " + a.content();
    if (Json.bool(body, "stream", false)) {
      EventStream s = call.events(Dialect.ANTHROPIC);
      s.send("ping", Json.obj().put("type", "ping").build());
      for (String piece : Support.pieces(text)) {
        s.send("completion", legacy(id, piece, null, model));
      }
      s.send("completion", legacy(id, "", stop, model));
      return;
    }
    call.ok(legacy(id, text, stop, model));
  }

  private static JsonObject legacy(String id, String completion, String stop, Catalogue.Model model) {
    return Json.obj().put("type", "completion").put("id", id).put("completion", completion)
        .put("stop_reason", stop).put("model", model.id()).build();
  }
}
