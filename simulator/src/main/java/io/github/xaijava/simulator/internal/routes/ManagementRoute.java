package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Errors;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * xAI's management API, with state, on the management key ({@code Dispatcher} checks it):
 * collections and their documents, the team's API keys, key validation, and two billing reads.
 * Protocol-buffer JSON as xAI writes it there: 64-bit counts as strings, document statuses as
 * enum names, the keys' fields in camel case. A document added to a collection is indexed over
 * reads: {@code PROCESSING}, then {@code EMBEDDING}, then {@code PROCESSED}; a file whose name
 * contains {@code fail} ends {@code FAILED}. A key's secret is in the answer that made it only.
 */
final class ManagementRoute {
  private final Context ctx;

  ManagementRoute(Context ctx) {
    this.ctx = ctx;
  }

  // --- collections ----------------------------------------------------------------------------

  void createCollection(Call call) {
    JsonObject body = call.json();
    String name = Json.string(body, "collection_name", "");
    if (name.isBlank()) {
      call.error(400, "`collection_name` is required.");
      return;
    }
    String id = "collection_" + ctx.ids().uuid();
    JsonObject metadata = body.deepCopy();
    metadata.addProperty("collection_id", id);
    metadata.addProperty("created_at", Instant.ofEpochSecond(ctx.settings().now()).toString());
    if (!metadata.has("index_configuration")) {
      metadata.add("index_configuration", Json.obj().put("model_name", "grok-embedding-small").build());
    }
    State.Collection collection = new State.Collection(id, metadata);
    ctx.state().collections.put(id, collection);
    call.ok(json(collection));
  }

  void listCollections(Call call) {
    List<State.Collection> all = new ArrayList<>(ctx.state().collections.values());
    all.sort(java.util.Comparator.comparing((State.Collection c) -> c.metadata.get("created_at").getAsString())
        .thenComparing(c -> c.id));
    TokenPage.answer(call, "collections", all, c -> c.id, this::json, 100, TokenPage.Names.SNAKE,
        TokenPage.End.EMPTY);
  }

  void getCollection(Call call) {
    State.Collection c = collection(call);
    if (c != null) {
      call.ok(json(c));
    }
  }

  void updateCollection(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return;
    }
    JsonObject body = call.json();
    synchronized (c) {
      for (String key : List.of("collection_name", "collection_description", "chunk_configuration")) {
        if (body.has(key)) {
          c.metadata.add(key, body.get(key).deepCopy());
        }
      }
      JsonArray fields = c.metadata.has("field_definitions")
          ? c.metadata.getAsJsonArray("field_definitions") : new JsonArray();
      for (JsonElement e : Json.array(body, "field_definition_updates")) {
        JsonObject update = e.getAsJsonObject();
        JsonObject field = Json.object(update, "field_definition");
        String op = Json.string(update, "operation", "").replace("FIELD_DEFINITION_", "");
        if (field == null || !(op.equals("ADD") || op.equals("DELETE"))) {
          call.error(400, "Each field_definition_update needs a field_definition and an operation ADD or DELETE.");
          return;
        }
        String key = Json.string(field, "key", "");
        for (int i = fields.size() - 1; i >= 0; i--) {
          if (Json.string(fields.get(i).getAsJsonObject(), "key", "").equals(key)) {
            fields.remove(i);
          }
        }
        if (op.equals("ADD")) {
          fields.add(field.deepCopy());
        }
      }
      c.metadata.add("field_definitions", fields);
      call.ok(json(c));
    }
  }

  void deleteCollection(Call call) {
    State.Collection c = collection(call);
    if (c != null) {
      ctx.state().collections.remove(c.id);
      call.ok(new JsonObject());
    }
  }

  void addDocument(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return;
    }
    String fileId = call.param("file_id");
    if (!ctx.state().files.containsKey(fileId)) {
      call.error(404, "File " + fileId + " was not found; upload it with POST /v1/files first.");
      return;
    }
    JsonObject fields = call.body().length == 0 ? null : Json.object(call.json(), "fields");
    synchronized (c) {
      c.documents.put(fileId, new State.Document(fileId, fields == null ? new JsonObject() : fields.deepCopy()));
    }
    call.ok(new JsonObject());
  }

  void listDocuments(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return;
    }
    List<State.Document> all;
    synchronized (c) {
      all = new ArrayList<>(c.documents.values());
    }
    TokenPage.answer(call, "documents", all, d -> d.fileId, this::json, 100,
        TokenPage.Names.SNAKE, TokenPage.End.EMPTY);
  }

  void getDocument(Call call) {
    State.Document d = document(call);
    if (d != null) {
      synchronized (d) {
        advance(d);
        call.ok(json(d));
      }
    }
  }

  void reindexDocument(Call call) {
    State.Document d = document(call);
    if (d != null) {
      synchronized (d) {
        d.status = "DOCUMENT_STATUS_PROCESSING";
        d.reads = 0;
      }
      call.ok(new JsonObject());
    }
  }

  void removeDocument(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return;
    }
    synchronized (c) {
      if (c.documents.remove(call.param("file_id")) == null) {
        call.error(404, "Collection " + c.id + " has no document " + call.param("file_id") + ".");
        return;
      }
    }
    call.ok(new JsonObject());
  }

  void batchGetDocuments(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return;
    }
    JsonArray documents = new JsonArray();
    synchronized (c) {
      for (String id : call.queryAll("file_ids")) {
        State.Document d = c.documents.get(id);
        if (d != null) {
          documents.add(json(d));
        }
      }
    }
    call.ok(Json.obj().put("documents", documents).build());
  }

  private void advance(State.Document d) {
    d.reads++;
    if (!d.status.equals("DOCUMENT_STATUS_PROCESSING") && !d.status.equals("DOCUMENT_STATUS_EMBEDDING")) {
      return;
    }
    State.StoredFile file = ctx.state().files.get(d.fileId);
    if (d.reads >= 2 && file != null && file.filename.toLowerCase(java.util.Locale.ROOT).contains("fail")) {
      d.status = "DOCUMENT_STATUS_FAILED";
    } else if (d.reads == 2) {
      d.status = "DOCUMENT_STATUS_EMBEDDING";
    } else if (d.reads >= 3) {
      d.status = "DOCUMENT_STATUS_PROCESSED";
    }
  }

  /** Whether {@code fileId} is an indexed document of the collection {@code collectionId}. */
  static boolean indexed(State state, String collectionId, String fileId) {
    State.Collection c = state.collections.get(collectionId);
    if (c == null) {
      return false;
    }
    synchronized (c) {
      State.Document d = c.documents.get(fileId);
      return d != null && d.status.equals("DOCUMENT_STATUS_PROCESSED");
    }
  }

  private State.Collection collection(Call call) {
    String id = call.param("collection_id");
    State.Collection c = ctx.state().collections.get(id);
    if (c == null) {
      call.error(404, "Collection " + id + " was not found.");
    }
    return c;
  }

  private State.Document document(Call call) {
    State.Collection c = collection(call);
    if (c == null) {
      return null;
    }
    synchronized (c) {
      State.Document d = c.documents.get(call.param("file_id"));
      if (d == null) {
        call.error(404, "Collection " + c.id + " has no document " + call.param("file_id") + ".");
      }
      return d;
    }
  }

  private JsonObject json(State.Collection c) {
    synchronized (c) {
      JsonObject out = c.metadata.deepCopy();
      long size = 0;
      for (State.Document d : c.documents.values()) {
        State.StoredFile f = ctx.state().files.get(d.fileId);
        size += f == null ? 0 : f.content.length;
      }
      out.addProperty("documents_count", Long.toString(c.documents.size()));
      out.addProperty("total_file_size", Long.toString(size));
      return out;
    }
  }

  private JsonObject json(State.Document d) {
    State.StoredFile f = ctx.state().files.get(d.fileId);
    Json.Obj file = Json.obj().put("file_id", d.fileId);
    if (f != null) {
      file.put("name", f.filename).put("size_bytes", Long.toString(f.content.length))
          .put("content_type", "text/plain").put("created_at", Instant.ofEpochSecond(f.createdAt).toString())
          .put("upload_status", "UPLOAD_STATUS_COMPLETE");
    }
    Json.Obj out = Json.obj().put("file_metadata", file).put("fields", d.fields.deepCopy()).put("status", d.status);
    if (d.status.equals("DOCUMENT_STATUS_PROCESSED")) {
      out.put("chunk_count", "1").put("chunks_processed_count", "1")
          .put("last_indexed_at", Instant.ofEpochSecond(ctx.settings().now()).toString());
    }
    if (d.status.equals("DOCUMENT_STATUS_FAILED")) {
      out.put("error_message", "The simulator fails files named like " + (f == null ? d.fileId : f.filename) + ".");
    }
    return out.build();
  }

  // --- API keys -------------------------------------------------------------------------------

  void createKey(Call call) {
    JsonObject body = call.json();
    String name = Json.string(body, "name", "");
    if (name.isBlank()) {
      call.error(400, "A key needs a `name`.");
      return;
    }
    if (!teamOf(call)) {
      return;
    }
    String id = ctx.ids().uuid();
    String secret = "xai-" + ctx.ids().uuid().replace("-", "") + ctx.ids().uuid().replace("-", "");
    String now = Instant.ofEpochSecond(ctx.settings().now()).toString();
    JsonArray acls = Json.array(body, "acls");
    Json.Obj key = Json.obj().put("apiKeyId", id).put("name", name)
        .put("redactedApiKey", "xai-..." + secret.substring(secret.length() - 4))
        .put("userId", "00000000-0000-4000-8000-0000000000u1").put("teamId", Routes.TEAM_ID)
        .put("createTime", now).put("modifyTime", now).put("disabled", false)
        .put("aclStrings", acls.deepCopy());
    for (String limit : List.of("qps", "qpm", "tpm")) {
      if (body.has(limit)) {
        key.put(limit, body.get(limit).getAsString());   // int64: a string in protocol-buffer JSON
      }
    }
    JsonObject stored = key.build();
    ctx.state().teamKeys.put(id, new State.TeamKey(id, name, stored));
    JsonObject answer = stored.deepCopy();
    answer.addProperty("apiKey", secret);   // the secret: in this answer only
    call.ok(answer);
  }

  void listKeys(Call call) {
    if (!teamOf(call)) {
      return;
    }
    List<State.TeamKey> all = new ArrayList<>(ctx.state().teamKeys.values());
    all.sort((a, b) -> a.id().compareTo(b.id()));
    TokenPage.answer(call, "apiKeys", all, State.TeamKey::id, k -> k.json().deepCopy(), 1000,
        TokenPage.Names.CAMEL, TokenPage.End.EMPTY);
  }

  void deleteKey(Call call) {
    State.TeamKey key = ctx.state().teamKeys.remove(call.param("apiKeyId"));
    if (key == null) {
      call.error(404, "API key " + call.param("apiKeyId") + " was not found.");
      return;
    }
    call.ok(new JsonObject());
  }

  void propagation(Call call) {
    if (!ctx.state().teamKeys.containsKey(call.param("apiKeyId"))) {
      call.error(404, "API key " + call.param("apiKeyId") + " was not found.");
      return;
    }
    call.ok(Json.obj().put("propagated", true).build());
  }

  void teamModels(Call call) {
    if (!teamOf(call)) {
      return;
    }
    JsonArray models = new JsonArray();
    for (String id : List.of("grok-4", "grok-4-fast", "grok-imagine-image", "grok-imagine-video")) {
      models.add(Json.obj().put("name", id).build());
    }
    call.ok(Json.obj().put("models", models).build());
  }

  void teamEndpoints(Call call) {
    if (!teamOf(call)) {
      return;
    }
    JsonArray endpoints = new JsonArray();
    for (String id : List.of("chat", "image", "video", "tts", "stt")) {
      endpoints.add(Json.obj().put("name", id).build());
    }
    call.ok(Json.obj().put("endpoints", endpoints).build());
  }

  void validate(Call call) {
    call.ok(Json.obj().put("teamId", Routes.TEAM_ID).put("apiKeyId", "management-key-1").build());
  }

  // --- billing --------------------------------------------------------------------------------

  void invoicePreview(Call call) {
    if (!teamOf(call)) {
      return;
    }
    Instant now = Instant.ofEpochSecond(ctx.settings().now());
    java.time.ZonedDateTime t = now.atZone(java.time.ZoneOffset.UTC);
    call.ok(Json.obj().put("coreInvoice", Json.obj().put("totalWithCorr", Json.obj().put("val", "1234")))
        .put("effectiveSpendingLimit", "50000").put("defaultCredits", "2500")
        .put("billingCycle", Json.obj().put("year", t.getYear()).put("month", t.getMonthValue())).build());
  }

  void prepaidBalance(Call call) {
    if (!teamOf(call)) {
      return;
    }
    call.ok(Json.obj().put("total", Json.obj().put("val", "-2500")).put("changes", new JsonArray()).build());
  }

  /** The team of the path must be the simulator's one team; 404 otherwise (true when it is). */
  private static boolean teamOf(Call call) {
    String team = call.param("teamId") != null ? call.param("teamId") : call.param("team_id");
    if (!Routes.TEAM_ID.equals(team)) {
      call.json(404, Errors.body(Errors.codeFor(404), "Team " + team + " was not found."));
      return false;
    }
    return true;
  }

}
