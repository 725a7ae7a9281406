package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Media;
import java.util.Base64;

/**
 * {@code POST /v1/images/generations} and {@code /edits}: {@code n} small PNGs, as URLs the simulator
 * serves itself ({@code /sim/images/<id>.png}, the default) or inline as {@code b64_json}.
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
    call.ok(Json.obj().put("data", data)
        .put("usage", Json.obj().put("cost_in_usd_ticks", model.unitPrice() * n)).build());
  }
}
