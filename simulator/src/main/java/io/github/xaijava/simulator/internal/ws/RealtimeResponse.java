package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Audio;
import io.github.xaijava.simulator.internal.Ids;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One Voice Agent response: planned on the read loop from the conversation as it stands (a call of
 * the session's first function tool when the last item is a user message and tools are offered;
 * else {@code "Tool said: <output>"} after a function output, else {@code "You said: <user text>"}),
 * then sent on the session's worker, word by word: a transcript delta and 100 ms of tone (16-bit
 * PCM at the output rate) per word, or text deltas when the session's output is text only. A
 * cancel stops it between two frames.
 */
final class RealtimeResponse {
  /** How long each word is spoken. */
  static final int WORD_MS = 100;

  private final RealtimeSocket socket;
  private final String id;
  private final String itemId;
  private final JsonObject metadata;
  private final boolean textOnly;
  private final boolean betaAudioName;
  private final String codec;
  private final int rate;
  /** The answer's text; for a function call, its arguments. */
  private final String text;
  private final String functionName;
  private final String callId;
  private final JsonObject item;
  private final int inputTokens;
  private volatile boolean cancelled;
  private volatile boolean finished;

  private RealtimeResponse(RealtimeSocket socket, String id, String itemId, JsonObject metadata, boolean textOnly,
      boolean betaAudioName, String codec, int rate, String text, String functionName, String callId,
      JsonObject item, int inputTokens) {
    this.socket = socket;
    this.id = id;
    this.itemId = itemId;
    this.metadata = metadata;
    this.textOnly = textOnly;
    this.betaAudioName = betaAudioName;
    this.codec = codec;
    this.rate = rate;
    this.text = text;
    this.functionName = functionName;
    this.callId = callId;
    this.item = item;
    this.inputTokens = inputTokens;
  }

  /** Decides the response and adds its output item to {@code items} (the caller holds their lock). */
  static RealtimeResponse plan(RealtimeSocket socket, Ids ids, JsonObject session, JsonObject params,
      List<JsonObject> items) {
    JsonObject settings = session.deepCopy();
    if (params != null) {
      params.entrySet().forEach(e -> settings.add(e.getKey(), e.getValue()));
    }
    JsonObject last = items.isEmpty() ? null : items.get(items.size() - 1);
    boolean lastIsUser = last != null && "message".equals(Json.string(last, "type", null))
        && "user".equals(Json.string(last, "role", null));
    String userText = null;
    for (int i = items.size() - 1; i >= 0 && userText == null; i--) {
      JsonObject it = items.get(i);
      if ("message".equals(Json.string(it, "type", null)) && "user".equals(Json.string(it, "role", null))) {
        userText = firstText(it);
      }
    }
    String name = "none".equals(Json.string(settings, "tool_choice", "auto")) ? null : firstFunction(settings);
    String id = "resp_" + ids.hex(24);
    String itemId = "item_" + ids.hex(24);
    int inputTokens = 0;
    for (JsonObject it : items) {
      inputTokens += 4 + Tokenizer.count(firstText(it)) + Tokenizer.count(Json.string(it, "output", ""));
    }
    JsonObject metadata = Json.object(settings, "metadata");
    boolean beta = "beta".equals(Json.string(metadata, "spelling", null));
    JsonObject format = Json.object(Json.object(Json.object(settings, "audio"), "output"), "format");
    String codec = switch (Json.string(format, "type", "audio/pcm")) {
      case "audio/pcmu" -> "mulaw";
      case "audio/pcma" -> "alaw";
      default -> "pcm";
    };
    int rate = (int) Json.integer(format, "rate", 24_000);
    RealtimeResponse r;
    if (name != null && lastIsUser) {
      String arguments = Json.write(Json.obj().put("text", userText == null ? "" : userText).build());
      String callId = "call_" + ids.digits(8);
      JsonObject item = Json.obj().put("id", itemId).put("object", "realtime.item").put("type", "function_call")
          .put("status", "in_progress").put("name", name).put("call_id", callId).put("arguments", "").build();
      r = new RealtimeResponse(socket, id, itemId, metadata, true, beta, codec, rate, arguments, name, callId, item,
          inputTokens);
    } else {
      String answer;
      if (last != null && "function_call_output".equals(Json.string(last, "type", null))) {
        JsonElement output = last.get("output");
        answer = "Tool said: " + (output == null || output.isJsonNull() ? ""
            : output.isJsonPrimitive() ? output.getAsString() : Json.write(output));
      } else {
        answer = userText == null ? "Hello." : "You said: " + userText;
      }
      boolean textOnly = textOnly(settings);
      JsonObject item = Json.obj().put("id", itemId).put("object", "realtime.item").put("type", "message")
          .put("role", "assistant").put("status", "in_progress").put("content", new JsonArray()).build();
      r = new RealtimeResponse(socket, id, itemId, metadata, textOnly, beta, codec, rate > 0 ? rate : 24_000, answer,
          null, null, item, inputTokens);
    }
    items.add(r.item);
    return r;
  }

  void cancel() {
    cancelled = true;
  }

  boolean finished() {
    return finished;
  }

  /** Sends the response's events on the session's worker. */
  void run() {
    try {
      socket.emit("response.created", Json.obj().put("response", response("in_progress", new JsonArray(), false)));
      if (functionName != null) {
        runCall();
      } else {
        runMessage();
      }
    } catch (WebSocket.ClosedException e) {
      // the socket went away (or an injected cut dropped it)
    } finally {
      finished = true;
    }
  }

  private void runCall() {
    socket.emit("response.output_item.added", Json.obj().put("response_id", id).put("output_index", 0)
        .put("item", copy()));
    int half = text.length() / 2;
    for (String delta : List.of(text.substring(0, half), text.substring(half))) {
      if (cancelled) {
        done("cancelled", false);
        return;
      }
      socket.emit("response.function_call_arguments.delta", Json.obj().put("response_id", id).put("item_id", itemId)
          .put("output_index", 0).put("call_id", callId).put("delta", delta));
    }
    socket.emit("response.function_call_arguments.done", Json.obj().put("response_id", id).put("item_id", itemId)
        .put("output_index", 0).put("call_id", callId).put("name", functionName).put("arguments", text));
    socket.changeItems(() -> {
      item.addProperty("status", "completed");
      item.addProperty("arguments", text);
    });
    socket.emit("response.output_item.done", Json.obj().put("response_id", id).put("output_index", 0)
        .put("item", copy()));
    done("completed", true);
  }

  private void runMessage() {
    socket.emit("response.output_item.added", Json.obj().put("response_id", id).put("output_index", 0)
        .put("item", copy()));
    socket.emit("response.content_part.added", part(textOnly ? Json.obj().put("type", "text").put("text", "")
        : Json.obj().put("type", "audio").put("transcript", "")));
    List<String> words = words(text);
    byte[] audio = textOnly ? new byte[0] : tone(words.size());
    int perWord = words.isEmpty() ? 0 : audio.length / words.size();
    StringBuilder said = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (cancelled) {
        finishItem(said.toString(), "incomplete");
        done("cancelled", false);
        return;
      }
      String delta = (i == 0 ? "" : " ") + words.get(i);
      said.append(delta);
      if (textOnly) {
        socket.emit("response.output_text.delta", part(null).put("delta", delta));
      } else {
        socket.emit("response.output_audio_transcript.delta", part(null).put("delta", delta));
        byte[] chunk = Arrays.copyOfRange(audio, i * perWord, (i + 1) * perWord);
        socket.emit(betaAudioName ? "response.audio.delta" : "response.output_audio.delta",
            part(null).put("delta", Base64.getEncoder().encodeToString(chunk)));
      }
    }
    if (textOnly) {
      socket.emit("response.output_text.done", part(null).put("text", text));
    } else {
      socket.emit("response.output_audio.done", part(null));
      socket.emit("response.output_audio_transcript.done", part(null).put("transcript", text));
    }
    socket.emit("response.content_part.done", part(textOnly ? Json.obj().put("type", "text").put("text", text)
        : Json.obj().put("type", "audio").put("transcript", text)));
    finishItem(text, "completed");
    socket.emit("response.output_item.done", Json.obj().put("response_id", id).put("output_index", 0)
        .put("item", copy()));
    done("completed", true);
  }

  /** The fields every content event of this response has, plus {@code part} when given. */
  private Json.Obj part(Json.Obj part) {
    Json.Obj o = Json.obj().put("response_id", id).put("item_id", itemId).put("output_index", 0).put("content_index", 0);
    return part == null ? o : o.put("part", part);
  }

  private void finishItem(String said, String status) {
    socket.changeItems(() -> {
      JsonArray content = new JsonArray();
      content.add(textOnly ? Json.obj().put("type", "output_text").put("text", said).build()
          : Json.obj().put("type", "output_audio").put("transcript", said).build());
      item.add("content", content);
      item.addProperty("status", status);
    });
  }

  private void done(String status, boolean completed) {
    JsonArray output = new JsonArray();
    output.add(copy());
    JsonObject response = response(status, output, true);
    if (!completed) {
      response.add("status_details", Json.obj().put("type", "cancelled").put("reason", "client_cancelled").build());
    }
    try {
      socket.emit("response.done", Json.obj().put("response", response));
    } finally {
      finished = true;
      socket.turnEnded();
    }
  }

  private JsonObject response(String status, JsonArray output, boolean withUsage) {
    Json.Obj r = Json.obj().put("id", id).put("object", "realtime.response").put("status", status)
        .put("output", output);
    if (withUsage) {
      int outputTokens = Tokenizer.count(text);
      r.put("usage", Json.obj().put("input_tokens", inputTokens).put("output_tokens", outputTokens)
          .put("total_tokens", inputTokens + outputTokens));
    } else {
      r.put("usage", new JsonObject());
    }
    if (metadata != null) {
      r.put("metadata", metadata.deepCopy());
    }
    return r.build();
  }

  private JsonObject copy() {
    JsonObject[] c = new JsonObject[1];
    socket.changeItems(() -> c[0] = item.deepCopy());
    return c[0];
  }

  /** A quiet tone, {@link #WORD_MS} per word, in the output codec. */
  private byte[] tone(int words) {
    int bytesPerSample = codec.equals("pcm") ? 2 : 1;
    int perWord = rate * WORD_MS / 1000 * bytesPerSample;
    byte[] all = new byte[perWord * words];
    // A little longer than needed, so that rounding in the maker never leaves the last word short.
    try (InputStream in = Audio.stream(codec, rate, 0, words * WORD_MS / 1000.0 + 0.01)) {
      int n = in.readNBytes(all, 0, all.length);
      if (n < all.length) {
        throw new IllegalStateException("audio maker gave " + n + " of " + all.length + " bytes");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** The words of a text, split at spaces. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The first text of an item: an {@code input_text}/{@code text} part's text, or an audio part's transcript. */
  static String firstText(JsonObject item) {
    for (JsonElement e : Json.array(item, "content")) {
      if (e.isJsonObject()) {
        JsonObject part = e.getAsJsonObject();
        String t = Json.string(part, "text", Json.string(part, "transcript", null));
        if (t != null) {
          return t;
        }
      }
    }
    return "";
  }

  /** The name of the first function tool: {@code {type, name}} or {@code {type, function: {name}}}. */
  private static String firstFunction(JsonObject settings) {
    for (JsonElement t : Json.array(settings, "tools")) {
      if (t.isJsonObject() && "function".equals(Json.string(t.getAsJsonObject(), "type", null))) {
        JsonObject tool = t.getAsJsonObject();
        String name = Json.string(tool, "name", Json.string(Json.object(tool, "function"), "name", null));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /** Text only when the modalities asked for leave out audio. */
  private static boolean textOnly(JsonObject settings) {
    JsonArray modalities = settings.has("output_modalities") ? Json.array(settings, "output_modalities")
        : Json.array(settings, "modalities");
    if (modalities.size() == 0) {
      return false;
    }
    for (JsonElement m : modalities) {
      if (m.isJsonPrimitive() && "audio".equals(m.getAsString())) {
        return false;
      }
    }
    return true;
  }
}
