package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Multipart;
import io.github.xaijava.simulator.internal.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Custom voices, with state: made from a multipart form (labels, then the recording; a label
 * after the file is not seen), answered with 201; listed with {@code pagination_token}; labels
 * changed with PATCH (absent: kept, null: cleared); deleted; the recording downloaded as it was
 * sent. Text to speech accepts their ids.
 */
final class CustomVoicesRoute {
  static final Set<String> LABELS = Set.of("name", "description", "gender", "accent", "age",
      "language", "use_case", "tone");
  /** The longest recording taken, about 120 s of 48 kHz 16-bit stereo. */
  static final int MAX_AUDIO_BYTES = 25 * 1024 * 1024;

  private final Context ctx;

  CustomVoicesRoute(Context ctx) {
    this.ctx = ctx;
  }

  void create(Call call) {
    List<Multipart.Part> parts = Routes.multipart(call);
    if (parts == null) {
      return;
    }
    Multipart.Part file = null;
    JsonObject labels = new JsonObject();
    for (Multipart.Part p : parts) {
      if (p.name().equals("file")) {
        file = file == null ? p : file;
      } else if (file == null && LABELS.contains(p.name())) {
        labels.addProperty(p.name(), p.text().trim());
      }
    }
    if (file == null || file.content().length == 0) {
      call.error(400, "A custom voice needs its recording as a `file` part.");
      return;
    }
    if (file.content().length > MAX_AUDIO_BYTES) {
      call.error(413, "The recording is " + file.content().length + " bytes; at most "
          + MAX_AUDIO_BYTES + " are taken (about 120 seconds).");
      return;
    }
    String id = ctx.ids().uuid().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    State.CustomVoice voice = new State.CustomVoice(id, labels, file.content(),
        file.contentType() == null ? "application/octet-stream" : file.contentType(),
        ctx.settings().now(), ctx.state().nextOrder());
    ctx.state().customVoices.put(id, voice);
    call.json(201, json(voice));
  }

  void list(Call call) {
    List<State.CustomVoice> all = new ArrayList<>(ctx.state().customVoices.values());
    all.sort((a, b) -> Long.compare(a.order, b.order));
    TokenPage.answer(call, "voices", all, v -> v.id, CustomVoicesRoute::json, 1000,
        TokenPage.Names.SNAKE, TokenPage.End.NULL);
  }

  void retrieve(Call call) {
    State.CustomVoice voice = find(call);
    if (voice != null) {
      call.ok(json(voice));
    }
  }

  void update(Call call) {
    State.CustomVoice voice = find(call);
    if (voice == null) {
      return;
    }
    for (Map.Entry<String, JsonElement> e : call.json().entrySet()) {
      if (!LABELS.contains(e.getKey())) {
        call.error(400, "`" + e.getKey() + "` is not a label of a custom voice.");
        return;
      }
    }
    synchronized (voice) {
      for (Map.Entry<String, JsonElement> e : call.json().entrySet()) {
        if (e.getValue().isJsonNull()) {
          voice.labels.remove(e.getKey());
        } else {
          voice.labels.add(e.getKey(), e.getValue());
        }
      }
      call.ok(json(voice));
    }
  }

  void delete(Call call) {
    State.CustomVoice voice = find(call);
    if (voice != null) {
      ctx.state().customVoices.remove(voice.id);
      call.ok(Json.obj().put("deleted", true).build());
    }
  }

  void audio(Call call) {
    State.CustomVoice voice = find(call);
    if (voice != null) {
      call.bytes(200, voice.contentType, voice.audio);
    }
  }

  private State.CustomVoice find(Call call) {
    String id = call.param("voice_id");
    State.CustomVoice voice = ctx.state().customVoices.get(id);
    if (voice == null) {
      call.error(404, "Custom voice " + id + " was not found.");
    }
    return voice;
  }

  private static JsonObject json(State.CustomVoice voice) {
    JsonObject out = new JsonObject();
    out.addProperty("voice_id", voice.id);
    synchronized (voice) {
      voice.labels.entrySet().forEach(e -> out.add(e.getKey(), e.getValue().deepCopy()));
    }
    out.addProperty("created_at", Instant.ofEpochSecond(voice.createdAt).toString());
    return out;
  }
}
