package io.github.xaijava.simulator.internal.routes;

import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Media;
import io.github.xaijava.simulator.internal.State;

/**
 * Video jobs: {@code POST /v1/videos/generations|edits|extensions} starts one; polls of
 * {@code GET /v1/videos/{id}} answer 202 once, then {@code pending} with growing {@code progress}
 * for the configured number of polls, then the outcome (done with a served video, failed, expired).
 */
final class VideosRoute {
  private final Context ctx;

  VideosRoute(Context ctx) {
    this.ctx = ctx;
  }

  void start(Call call) {
    Catalogue.Model model = Support.model(call, Json.string(call.json(), "model", null), Catalogue.Kind.VIDEO, false);
    if (model == null) {
      return;
    }
    int duration = (int) Json.integer(call.json(), "duration", 8);
    if (duration < 1 || duration > 15) {
      call.error(400, "`duration` must be between 1 and 15 seconds, got " + duration + ".");
      return;
    }
    String id = ctx.ids().uuid();
    String outcome = ctx.state().takeVideoOutcome(ctx.settings().videoOutcome());
    ctx.state().videos.put(id, new State.VideoJob(id, model.id(), duration, outcome));
    call.ok(Json.obj().put("request_id", id).build());
  }

  void poll(Call call) {
    String id = call.param("request_id");
    State.VideoJob job = ctx.state().videos.get(id);
    if (job == null) {
      call.error(404, "Video request " + id + " was not found.");
      return;
    }
    int poll;
    synchronized (job) {
      poll = ++job.polls;
    }
    int pending = ctx.settings().videoPendingPolls();
    if (poll == 1) {
      call.empty(202);
      return;
    }
    if (poll <= 1 + pending) {
      int progress = 100 * (poll - 1) / (pending + 1);
      call.ok(Json.obj().put("status", "pending").put("model", job.model).put("progress", progress).build());
      return;
    }
    switch (job.outcome) {
      case "failed":
        call.ok(Json.obj().put("status", "failed").put("model", job.model)
            .put("error", Json.obj().put("code", "internal_error").put("message", "Simulated failure of video job " + id))
            .build());
        return;
      case "expired":
        call.ok(Json.obj().put("status", "expired").put("model", job.model).build());
        return;
      default:
        String path = "/sim/videos/" + id + ".mp4";
        ctx.state().media.putIfAbsent(path, Media.mp4());
        Catalogue.Model model = Catalogue.find(job.model);
        call.ok(Json.obj().put("status", "done").put("model", job.model).put("progress", 100)
            .put("video", Json.obj().put("url", call.baseUrl() + path).put("duration", job.duration)
                .put("respect_moderation", true))
            .put("usage", Json.obj().put("cost_in_usd_ticks", model.unitPrice() * job.duration)).build());
    }
  }
}
