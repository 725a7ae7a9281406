package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Media;
import io.github.xaijava.simulator.internal.State;
import java.util.Base64;

/**
 * {@code POST /v1/images/generations} and {@code /edits}: {@code n} small PNGs, as URLs the simulator
 * serves itself ({@code /sim/images/<id>.png}, the default) or inline as {@code b64_json}; with
 * {@code deferred}, a request id to poll at {@code GET /v1/images/{request_id}}.
 */
final class ImagesRoute {
  private final Context ctx;

  ImagesRoute(Context ctx) {
    this.ctx = ctx;
  }

  void create(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.IMAGE, false);
    if (model == null) {
      return;
    }
    int n = (int) Json.integer(body, "n", 1);
    if (n < 1 || n > 10) {
      call.error(400, "`n` must be between 1 and 10, got " + n + ".");
      return;
    }
    String format = Json.string(body, "response_format", "url");
    if (!"url".equals(format) && !"b64_json".equals(format)) {
      call.error(400, "`response_format` must be url or b64_json, got " + format + ".");
      return;
    }
    boolean deferred = Json.bool(body, "deferred", false);
    if (deferred && !"url".equals(format)) {
      call.error(400, "A deferred image request answers URLs only: leave `response_format` unset or url.");
      return;
    }
    String prompt = Json.string(body, "prompt", "");
    JsonArray data = new JsonArray();
    for (int i = 0; i < n; i++) {
      byte[] png = Media.png(prompt + "#" + i);
      Json.Obj image = Json.obj();
      if ("b64_json".equals(format)) {
        image.put("b64_json", Base64.getEncoder().encodeToString(png));
      } else {
        String path = "/sim/images/" + ctx.ids().uuid() + ".png";
        ctx.state().media.put(path, png);
        image.put("url", call.baseUrl() + path);
      }
      data.add(image.put("mime_type", "image/png").put("revised_prompt", prompt).build());
    }
    Json.Obj answer = Json.obj().put("data", data)
        .put("usage", Json.obj().put("cost_in_usd_ticks", model.unitPrice() * n));
    if (deferred) {
      String id = ctx.ids().uuid();
      ctx.state().deferredImages.put(id, new State.DeferredImage(
          answer.put("request_id", id).put("status", "done").build()));
      call.ok(Json.obj().put("request_id", id).build());
      return;
    }
    call.ok(answer.build());
  }

  /**
   * {@code GET /v1/images/{request_id}}: 202 on the first poll, {@code pending} on the second,
   * then {@code done} with the images (for as long as the simulator runs).
   */
  void deferred(Call call) {
    String id = call.param("request_id");
    State.DeferredImage job = ctx.state().deferredImages.get(id);
    if (job == null) {
      call.error(404, "Deferred image request " + id + " was not found.");
      return;
    }
    int poll;
    synchronized (job) {
      poll = ++job.polls;
    }
    if (poll == 1) {
      call.empty(202);
    } else if (poll == 2) {
      call.ok(Json.obj().put("request_id", id).put("status", "pending").build());
    } else {
      call.ok(job.done);
    }
  }
}
