package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Media;
import io.github.xaijava.simulator.internal.State;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Batch API, with state. A batch moves on each time it is read ({@code GET
 * /v1/batches/{id}}): a file batch loads its JSONL file on the first read (an unreadable line makes
 * xAI cancel it, with {@code cancel_by_xai_message}), then each read finishes half of the pending
 * requests (at least one). A request for a model that is not of its kind fails; failures come in
 * the three shapes the sources report, in turn (a plain {@code error} string, an {@code error}
 * object with a gRPC code, a top-level {@code error_message}). Lists page with
 * {@code pagination_token}, absent on the last page ({@link TokenPage}). Times: {@code create_time} in RFC 3339,
 * {@code expire_time} a bare date, as both forms are reported.
 */
final class BatchesRoute {
  /** The largest add-requests body xAI takes (its guide: 25 MB). */
  static final int MAX_ADD_BYTES = 25_000_000;

  /** What each kind of request is run by, and the endpoint xAI names it with. */
  private static final Map<String, String> ENDPOINTS = Map.of(
      "chat_get_completion", "xai_api.Chat/GetCompletion",
      "responses", "xai_api.Chat/GetCompletion",
      "image_generation", "xai_api.Image/GenerateImage",
      "image_edit", "xai_api.Image/EditImage",
      "video_generation", "xai_api.Video/GenerateVideo",
      "video_extension", "xai_api.Video/ExtendVideo");

  /** The JSONL line's {@code url} to the kind of request. */
  private static final Map<String, String> KINDS_BY_URL = Map.of(
      "/v1/chat/completions", "chat_get_completion",
      "/v1/responses", "responses",
      "/v1/images/generations", "image_generation",
      "/v1/images/edits", "image_edit",
      "/v1/videos/generations", "video_generation",
      "/v1/videos", "video_generation",
      "/v1/videos/edits", "video_generation",
      "/v1/videos/extensions", "video_extension");

  private final Context ctx;
  private final ChatRoute chat;

  BatchesRoute(Context ctx, ChatRoute chat) {
    this.ctx = ctx;
    this.chat = chat;
  }

  void create(Call call) {
    JsonObject body = call.json();
    String name = Json.string(body, "name", "");
    if (name.isBlank()) {
      call.error(400, "A batch needs a `name`.");
      return;
    }
    String file = Json.string(body, "input_file_id", null);
    if (file != null && !ctx.state().files.containsKey(file)) {
      call.error(404, "File " + file + " was not found.");
      return;
    }
    State.Batch batch = new State.Batch("batch_" + ctx.ids().uuid(), name, ctx.settings().now(), file);
    ctx.state().batches.put(batch.id, batch);
    call.ok(json(batch));
  }

  void list(Call call) {
    List<State.Batch> all = new ArrayList<>(ctx.state().batches.values());
    all.sort((a, b) -> a.id.compareTo(b.id));
    TokenPage.answer(call, "batches", all, b -> b.id, this::json, 100, TokenPage.Names.SNAKE,
        TokenPage.End.ABSENT);
  }

  void get(Call call) {
    State.Batch batch = find(call);
    if (batch == null) {
      return;
    }
    synchronized (batch) {
      advance(batch, call.baseUrl());
      call.ok(json(batch));
    }
  }

  void cancel(Call call) {
    State.Batch batch = find(call);
    if (batch == null) {
      return;
    }
    synchronized (batch) {
      if (batch.cancelledAt == null) {
        batch.cancelledAt = ctx.settings().now();
        for (State.BatchItem item : batch.items) {
          if (item.state.equals("pending")) {
            item.state = "cancelled";
            item.finishedAt = batch.cancelledAt;
          }
        }
      }
      call.ok(json(batch));
    }
  }

  void addRequests(Call call) {
    State.Batch batch = find(call);
    if (batch == null) {
      return;
    }
    if (call.body().length > MAX_ADD_BYTES) {
      call.error(413, "The request is " + call.body().length + " bytes; one call may add at most "
          + MAX_ADD_BYTES + " bytes of requests.");
      return;
    }
    synchronized (batch) {
      if (batch.inputFileId != null) {
        call.error(400, "Batch " + batch.id + " takes its requests from file " + batch.inputFileId
            + "; requests cannot be added to it.");
        return;
      }
      if (batch.cancelledAt != null) {
        call.error(400, "Batch " + batch.id + " was cancelled; no requests can be added.");
        return;
      }
      List<State.BatchItem> added = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      batch.items.forEach(i -> ids.add(i.id));
      int index = 0;
      for (JsonElement e : Json.array(call.json(), "batch_requests")) {
        JsonObject request = e.getAsJsonObject();
        JsonObject wrapped = Json.object(request, "batch_request");
        if (wrapped == null || wrapped.size() != 1 || !ENDPOINTS.containsKey(wrapped.keySet().iterator().next())) {
          call.error(400, "batch_requests[" + index + "].batch_request must hold exactly one of "
              + new java.util.TreeSet<>(ENDPOINTS.keySet()) + ".");
          return;
        }
        String id = Json.string(request, "batch_request_id", ctx.ids().uuid());
        if (!ids.add(id)) {
          call.error(400, "batch_request_id " + id + " is used twice in batch " + batch.id + ".");
          return;
        }
        String kind = wrapped.keySet().iterator().next();
        added.add(new State.BatchItem(id, kind, wrapped.getAsJsonObject(kind), ctx.settings().now()));
        index++;
      }
      batch.items.addAll(added);
    }
    call.ok(new JsonObject());
  }

  void requests(Call call) {
    State.Batch batch = find(call);
    if (batch == null) {
      return;
    }
    List<State.BatchItem> items;
    synchronized (batch) {
      items = new ArrayList<>(batch.items);
    }
    TokenPage.answer(call, "batch_request_metadata", items, item -> item.id, item -> Json.obj()
        .put("batch_request_id", item.id)
        .put("endpoint", ENDPOINTS.get(item.kind))
        .put("model", Json.string(item.body, "model", ""))
        .put("state", item.state)
        .put("create_time", time(item.createdAt))
        .putIfPresent("finish_time", item.finishedAt == null ? null : Json.nullable(time(item.finishedAt)))
        .build(), 1000, TokenPage.Names.SNAKE, TokenPage.End.ABSENT);
  }

  void results(Call call) {
    State.Batch batch = find(call);
    if (batch == null) {
      return;
    }
    List<State.BatchItem> finished = new ArrayList<>();
    synchronized (batch) {
      for (State.BatchItem item : batch.items) {
        if (item.result != null) {
          finished.add(item);
        }
      }
    }
    TokenPage.answer(call, "results", finished, item -> item.id, item -> item.result, 1000,
        TokenPage.Names.SNAKE, TokenPage.End.ABSENT);
  }

  private State.Batch find(Call call) {
    String id = call.param("batch_id");
    State.Batch batch = ctx.state().batches.get(id);
    if (batch == null) {
      call.error(404, "Batch " + id + " was not found.");
    }
    return batch;
  }

  /** One read's worth of progress: load the file, or finish half of what is pending. */
  private void advance(State.Batch batch, String baseUrl) {
    if (batch.cancelledAt != null) {
      return;
    }
    if (!batch.loaded) {
      load(batch);
      return;
    }
    List<State.BatchItem> pending = new ArrayList<>();
    for (State.BatchItem item : batch.items) {
      if (item.state.equals("pending")) {
        pending.add(item);
      }
    }
    int failures = (int) batch.items.stream().filter(i -> i.state.equals("failed")).count();
    for (State.BatchItem item : pending.subList(0, (pending.size() + 1) / 2)) {
      item.finishedAt = ctx.settings().now();
      try {
        JsonObject answer = run(item, baseUrl);
        item.state = "succeeded";
        String key = item.kind.equals("responses") ? "chat_get_completion"
            : item.kind.equals("image_edit") ? "image_generation"
            : item.kind.equals("video_extension") ? "video_generation" : item.kind;
        item.result = Json.obj().put("batch_request_id", item.id)
            .put("batch_result", Json.obj().put("response", Json.obj().put(key, answer))).build();
      } catch (IllegalArgumentException failed) {
        item.state = "failed";
        item.result = failure(item.id, failed.getMessage(), failures++);
      }
    }
  }

  /** A failed request's result, in the shape {@code turn} picks. */
  private static JsonObject failure(String id, String message, int turn) {
    Json.Obj result = Json.obj().put("batch_request_id", id);
    switch (turn % 3) {
      case 0 -> result.put("batch_result", Json.obj().put("error", message));
      case 1 -> result.put("batch_result", Json.obj().put("error",
          Json.obj().put("code", 3).put("message", message)));
      default -> result.put("error_message", message);
    }
    return result.build();
  }

  /** Reads a file batch's JSONL; the first unreadable line cancels the batch, as xAI does. */
  private void load(State.Batch batch) {
    batch.loaded = true;
    State.StoredFile file = ctx.state().files.get(batch.inputFileId);
    String problem = null;
    List<State.BatchItem> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = file == null ? new String[0]
        : new String(file.content, StandardCharsets.UTF_8).split("\n");
    for (int n = 0; n < lines.length && problem == null; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
        String id = Json.string(entry, "custom_id", null);
        String kind = KINDS_BY_URL.get(Json.string(entry, "url", ""));
        JsonObject body = Json.object(entry, "body");
        if (id == null || kind == null || body == null) {
          problem = "line " + (n + 1) + " needs custom_id, a supported url and a body";
        } else if (!ids.add(id)) {
          problem = "line " + (n + 1) + " repeats custom_id " + id;
        } else {
          items.add(new State.BatchItem(id, kind, body, ctx.settings().now()));
        }
      } catch (JsonParseException | IllegalStateException e) {
        problem = "line " + (n + 1) + " is not a JSON object";
      }
    }
    if (file == null) {
      problem = "its file " + batch.inputFileId + " is gone";
    }
    if (problem != null) {
      batch.cancelledAt = ctx.settings().now();
      batch.cancelledByXai = "The input file could not be loaded: " + problem + ".";
      return;
    }
    batch.items.addAll(items);
  }

  /** Runs one request as its endpoint would; a request its endpoint refuses fails. */
  private JsonObject run(State.BatchItem item, String baseUrl) {
    switch (item.kind) {
      case "chat_get_completion":
        return chat.batchAnswer(item.body);
      case "responses":
        return chat.batchAnswer(asChat(item.body));
      case "image_generation":
      case "image_edit": {
        Catalogue.Model model = model(item.body, Catalogue.Kind.IMAGE);
        String path = "/sim/images/" + ctx.ids().uuid() + ".png";
        ctx.state().media.put(path, Media.png(Json.string(item.body, "prompt", "")));
        JsonArray data = new JsonArray();
        data.add(Json.obj().put("url", baseUrl + path).put("mime_type", "image/png").build());
        return Json.obj().put("data", data)
            .put("usage", Json.obj().put("cost_in_usd_ticks", model.unitPrice())).build();
      }
      default: {
        Catalogue.Model model = model(item.body, Catalogue.Kind.VIDEO);
        String path = "/sim/videos/" + ctx.ids().uuid() + ".mp4";
        ctx.state().media.put(path, Media.mp4());
        int duration = (int) Json.integer(item.body, "duration", 8);
        return Json.obj().put("request_id", item.id).put("status", "done").put("model", model.id())
            .put("progress", 100)
            .put("video", Json.obj().put("url", baseUrl + path).put("duration", duration)
                .put("respect_moderation", true))
            .put("usage", Json.obj().put("cost_in_usd_ticks", model.unitPrice() * duration)).build();
      }
    }
  }

  private static Catalogue.Model model(JsonObject body, Catalogue.Kind kind) {
    String name = Json.string(body, "model", null);
    Catalogue.Model model = name == null ? Catalogue.fallback(kind) : Catalogue.find(name);
    if (model == null || model.kind() != kind) {
      throw new IllegalArgumentException("Model " + name + " is not supported for batch processing.");
    }
    return model;
  }

  /** A responses request as the chat request it amounts to (its input as messages). */
  private static JsonObject asChat(JsonObject responses) {
    JsonArray messages = new JsonArray();
    JsonElement input = responses.get("input");
    if (input != null && input.isJsonPrimitive()) {
      messages.add(Json.obj().put("role", "user").put("content", input.getAsString()).build());
    } else if (input != null && input.isJsonArray()) {
      for (JsonElement item : input.getAsJsonArray()) {
        if (item.isJsonObject() && item.getAsJsonObject().has("role")) {
          messages.add(Json.obj().put("role", Json.string(item.getAsJsonObject(), "role", "user"))
              .put("content", item.getAsJsonObject().get("content")).build());
        }
      }
    }
    return Json.obj().put("model", Json.string(responses, "model", "")).put("messages", messages).build();
  }

  private JsonObject json(State.Batch batch) {
    int pending = 0;
    int success = 0;
    int error = 0;
    int cancelled = 0;
    for (State.BatchItem item : batch.items) {
      switch (item.state) {
        case "pending" -> pending++;
        case "succeeded" -> success++;
        case "failed" -> error++;
        default -> cancelled++;
      }
    }
    return Json.obj().put("batch_id", batch.id).put("name", batch.name)
        .put("create_time", time(batch.createdAt))
        .put("expire_time", Instant.ofEpochSecond(batch.createdAt + 86_400).atOffset(ZoneOffset.UTC)
            .toLocalDate().toString())
        .put("create_api_key_id", "00000000-0000-4000-8000-00000000key1")
        .putIfPresent("input_file_id", batch.inputFileId == null ? null : Json.nullable(batch.inputFileId))
        .putIfPresent("cancel_time", batch.cancelledAt == null ? null : Json.nullable(time(batch.cancelledAt)))
        .putIfPresent("cancel_by_xai_message",
            batch.cancelledByXai == null ? null : Json.nullable(batch.cancelledByXai))
        .put("state", Json.obj().put("num_requests", batch.items.size()).put("num_pending", pending)
            .put("num_success", success).put("num_error", error).put("num_cancelled", cancelled))
        .build();
  }

  private static String time(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).toString();
  }
}
