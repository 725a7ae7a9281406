package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.State;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /v1/realtime}, the Voice Agent: a session (merged by {@code session.update}), an input
 * audio buffer with server-side voice activity detection, and a conversation kept in the
 * simulator's state so that {@code conversation_id} resumes it. Client events are handled on the
 * read loop in order; responses are sent by one worker thread per session, so that
 * {@code response.cancel} can stop one between two frames. Every server event has {@code type} and
 * {@code event_id}.
 */
final class RealtimeSocket implements WebSocket.Handler {
  /** Samples quieter than this (in absolute value) are silence to the voice activity detection. */
  static final int SILENCE = 500;
  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final Context ctx;
  private final WebSocket ws;
  private final Outbox out;
  private final ExecutorService worker;
  private int events;
  private JsonObject session;
  private State.RealtimeConversation conversation;
  /** The input buffer: samples since the last commit or clear, and an odd byte waiting for its pair. */
  private long bufferSamples;
  private int pendingByte = -1;
  /** Samples since the session opened: the clock of {@code audio_start_ms} and {@code audio_end_ms}. */
  private long sessionSamples;
  private boolean speaking;
  private long silentRun;
  private String turnItemId;
  private volatile RealtimeResponse active;

  RealtimeSocket(Context ctx, WebSocket ws, Delivery faults) {
    this.ctx = ctx;
    this.ws = ws;
    this.out = new Outbox(ws, faults, m -> event("error", Json.obj().put("error", Json.obj()
        .put("type", "server_error").put("code", "internal_error").put("message", m))));
    this.worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "xai-simulator-realtime-" + WORKERS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The greeting: {@code session.created}, {@code conversation.created} (or, for an unknown
   * {@code conversation_id}, an error and a close), then one {@code ping}. False when the socket
   * was closed.
   */
  boolean open(Query q) {
    session = Json.obj().put("object", "realtime.session").put("model", q.get("model", "grok-voice-latest"))
        .put("voice", "eve").put("turn_detection", Json.obj().put("type", "server_vad"))
        .put("audio", Json.obj()
            .put("input", Json.obj().put("format", Json.obj().put("type", "audio/pcm").put("rate", 24_000)))
            .put("output", Json.obj().put("format", Json.obj().put("type", "audio/pcm").put("rate", 24_000))))
        .build();
    String resume = q.get("conversation_id", null);
    State.RealtimeConversation known = resume == null ? null : ctx.state().realtimeConversations.get(resume);
    if (known != null) {
      session.addProperty("resumed", true);
    }
    emit("session.created", Json.obj().put("session", session.deepCopy()));
    if (resume != null && known == null) {
      emit("error", Json.obj().put("error", Json.obj().put("type", "invalid_request_error")
          .put("code", "conversation_not_found").put("message", "Conversation " + resume + " was not found.")));
      ws.close(1008, "conversation not found");
      return false;
    }
    if (known == null) {
      known = new State.RealtimeConversation("conv_" + ctx.ids().hex(24));
      ctx.state().realtimeConversations.put(known.id, known);
    }
    conversation = known;
    emit("conversation.created", Json.obj().put("conversation", Json.obj().put("id", conversation.id)
        .put("object", "realtime.conversation")));
    emit("ping", Json.obj());
    out.startCounting();
    return true;
  }

  @Override
  public void onText(String message) {
    JsonObject event = TtsSocket.parse(message);
    String type = Json.string(event, "type", null);
    if (type == null) {
      invalid(event == null ? "Events must be JSON objects." : "The event has no `type`.");
      return;
    }
    switch (type) {
      case "session.update" -> updateSession(event);
      case "input_audio_buffer.append" -> append(event);
      case "input_audio_buffer.commit" -> {
        if (bufferSamples == 0) {
          error("invalid_request_error", "input_audio_buffer_commit_empty", "The input audio buffer is empty.");
        } else {
          endAudioTurn(false);
        }
      }
      case "input_audio_buffer.clear" -> {
        bufferSamples = 0;
        pendingByte = -1;
        speaking = false;
        silentRun = 0;
        turnItemId = null;
        emit("input_audio_buffer.cleared", Json.obj());
      }
      case "conversation.item.create" -> createItem(event);
      case "conversation.item.delete" -> deleteItem(event);
      case "conversation.item.truncate" -> truncateItem(event);
      case "response.create" -> respond(Json.object(event, "response"));
      case "response.cancel" -> {
        RealtimeResponse r = active;
        if (r != null && !r.finished()) {
          r.cancel();
        } else {
          error("invalid_request_error", "response_cancel_not_active", "There is no response in progress to cancel.");
        }
      }
      case "pong" -> {
        // the answer to our keep-alive
      }
      default -> invalid("Unknown event type " + type + ".");
    }
  }

  @Override
  public void onBinary(byte[] data) {
    audio(data);
  }

  @Override
  public void onClose(int code, String reason) {
    RealtimeResponse r = active;
    if (r != null) {
      r.cancel();
    }
    worker.shutdownNow();
  }

  /** Sends one event: {@code type}, {@code event_id}, then {@code fields}; ids follow the order on the wire. */
  void emit(String type, Json.Obj fields) {
    synchronized (out) {
      out.send(event(type, fields));
    }
  }

  /** The first turn is over: the faults that count frames no longer apply. */
  void turnEnded() {
    out.turnEnded();
  }

  private JsonObject event(String type, Json.Obj fields) {
    JsonObject e = Json.obj().put("type", type).put("event_id", "event_" + (++events)).build();
    fields.build().entrySet().forEach(f -> e.add(f.getKey(), f.getValue()));
    return e;
  }

  private void updateSession(JsonObject event) {
    JsonObject update = Json.object(event, "session");
    if (update == null) {
      invalid("`session.update` needs a `session` object.");
      return;
    }
    synchronized (this) {
      for (Map.Entry<String, JsonElement> e : update.entrySet()) {
        session.add(e.getKey(), e.getValue().deepCopy());
      }
    }
    emit("session.updated", Json.obj().put("session", session()));
  }

  synchronized JsonObject session() {
    return session.deepCopy();
  }

  private void append(JsonObject event) {
    String audio = Json.string(event, "audio", null);
    byte[] bytes;
    try {
      bytes = audio == null ? null : Base64.getDecoder().decode(audio);
    } catch (IllegalArgumentException e) {
      bytes = null;
    }
    if (bytes == null) {
      invalid("`input_audio_buffer.append` needs `audio`: base64 of 16-bit PCM.");
      return;
    }
    audio(bytes);
  }

  /** Adds 16-bit little-endian samples to the buffer, running the voice activity detection on each. */
  private void audio(byte[] bytes) {
    JsonObject detection = Json.object(session, "turn_detection");
    boolean vad = "server_vad".equals(Json.string(detection, "type", null));
    int rate = inputRate();
    int i = 0;
    if (pendingByte >= 0 && bytes.length > 0) {
      sample((short) (pendingByte | (bytes[0] << 8)), rate, vad);
      pendingByte = -1;
      i = 1;
    }
    for (; i + 1 < bytes.length; i += 2) {
      sample((short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8)), rate, vad);
    }
    if (i < bytes.length) {
      pendingByte = bytes[i] & 0xff;
    }
  }

  private void sample(short value, int rate, boolean vad) {
    long at = sessionSamples++;
    bufferSamples++;
    if (!vad) {
      return;
    }
    boolean loud = Math.abs(value) >= SILENCE;
    if (!speaking) {
      if (loud) {
        speaking = true;
        silentRun = 0;
        turnItemId = itemId();
        emit("input_audio_buffer.speech_started", Json.obj().put("audio_start_ms", at * 1000 / rate)
            .put("item_id", turnItemId));
      }
      return;
    }
    silentRun = loud ? 0 : silentRun + 1;
    if (silentRun >= rate / 2) {
      emit("input_audio_buffer.speech_stopped", Json.obj()
          .put("audio_end_ms", (at - silentRun + 1) * 1000 / rate).put("item_id", turnItemId));
      endAudioTurn(true);
    }
  }

  /** Commits the buffer as a user message with its transcript, then answers it. */
  private void endAudioTurn(boolean byVad) {
    int rate = inputRate();
    String transcript = String.format(Locale.ROOT, "heard %.1f seconds of audio", (double) bufferSamples / rate);
    String itemId = turnItemId != null ? turnItemId : itemId();
    bufferSamples = 0;
    speaking = false;
    silentRun = 0;
    turnItemId = null;
    JsonArray content = new JsonArray();
    content.add(Json.obj().put("type", "input_audio").put("transcript", transcript).build());
    JsonObject item = Json.obj().put("id", itemId).put("object", "realtime.item").put("type", "message")
        .put("role", "user").put("status", "completed").put("content", content).build();
    String previous = add(item);
    emit("input_audio_buffer.committed", Json.obj().put("previous_item_id", previous).put("item_id", itemId));
    emit("conversation.item.added", Json.obj().put("previous_item_id", previous).put("item", item.deepCopy()));
    emit("conversation.item.input_audio_transcription.completed", Json.obj().put("item_id", itemId)
        .put("content_index", 0).put("transcript", transcript));
    respond(null);
  }

  private void createItem(JsonObject event) {
    JsonObject item = Json.object(event, "item");
    String type = Json.string(item, "type", null);
    if (item == null || type == null) {
      invalid("`conversation.item.create` needs an `item` with a `type`.");
      return;
    }
    if (!type.equals("message") && !type.equals("function_call_output") && !type.equals("function_call")) {
      invalid("Items of type " + type + " cannot be created; use message, function_call or function_call_output.");
      return;
    }
    JsonObject copy = item.deepCopy();
    if (Json.string(copy, "id", null) == null) {
      copy.addProperty("id", itemId());
    }
    String previous = add(copy);
    emit("conversation.item.added", Json.obj().put("previous_item_id", previous).put("item", copy.deepCopy()));
  }

  private void deleteItem(JsonObject event) {
    String id = Json.string(event, "item_id", "");
    boolean removed;
    synchronized (conversation.items) {
      removed = conversation.items.removeIf(i -> id.equals(Json.string(i, "id", null)));
    }
    if (!removed) {
      error("invalid_request_error", "item_not_found", "Item " + id + " was not found.");
      return;
    }
    emit("conversation.item.deleted", Json.obj().put("item_id", id));
  }

  /** Cuts an assistant item's transcript to what was played: a word per 100 ms of audio. */
  private void truncateItem(JsonObject event) {
    String id = Json.string(event, "item_id", "");
    int contentIndex = (int) Json.integer(event, "content_index", 0);
    long audioEndMs = Json.integer(event, "audio_end_ms", -1);
    String transcript = null;
    synchronized (conversation.items) {
      for (JsonObject item : conversation.items) {
        JsonArray content = Json.array(item, "content");
        if (id.equals(Json.string(item, "id", null)) && contentIndex >= 0 && contentIndex < content.size()
            && content.get(contentIndex).isJsonObject()) {
          JsonObject part = content.get(contentIndex).getAsJsonObject();
          String full = Json.string(part, "transcript", Json.string(part, "text", ""));
          List<String> words = RealtimeResponse.words(full);
          int kept = (int) Math.min(words.size(), Math.max(0, audioEndMs) / RealtimeResponse.WORD_MS);
          transcript = String.join(" ", words.subList(0, kept));
          part.addProperty(part.has("transcript") ? "transcript" : "text", transcript);
          break;
        }
      }
    }
    if (transcript == null || audioEndMs < 0) {
      error("invalid_request_error", "item_not_found", "No item " + id + " with content " + contentIndex
          + " to truncate (and audio_end_ms is required).");
      return;
    }
    emit("conversation.item.truncated", Json.obj().put("item_id", id).put("content_index", contentIndex)
        .put("audio_end_ms", audioEndMs).put("transcript", transcript));
  }

  /** Plans a response now (so it answers the conversation as it is) and sends it on the worker. */
  private void respond(JsonObject params) {
    RealtimeResponse r;
    synchronized (conversation.items) {
      r = RealtimeResponse.plan(this, ctx.ids(), session(), params, conversation.items);
    }
    active = r;
    try {
      worker.execute(r::run);
    } catch (RejectedExecutionException e) {
      // the socket is closing
    }
  }

  /** Appends an item to the conversation; returns the id of the one before it, or null. */
  String add(JsonObject item) {
    synchronized (conversation.items) {
      List<JsonObject> items = conversation.items;
      String previous = items.isEmpty() ? null : Json.string(items.get(items.size() - 1), "id", null);
      items.add(item);
      return previous;
    }
  }

  /** Runs {@code change} on the conversation's items under their lock. */
  void changeItems(Runnable change) {
    synchronized (conversation.items) {
      change.run();
    }
  }

  private int inputRate() {
    JsonObject format = Json.object(Json.object(Json.object(session, "audio"), "input"), "format");
    long rate = Json.integer(format, "rate", 24_000);
    return rate > 0 ? (int) rate : 24_000;
  }

  private String itemId() {
    return "item_" + ctx.ids().hex(24);
  }

  private void invalid(String message) {
    error("invalid_request_error", "invalid_event", message);
  }

  private void error(String type, String code, String message) {
    emit("error", Json.obj().put("error", Json.obj().put("type", type).put("code", code).put("message", message)));
  }
}
