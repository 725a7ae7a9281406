package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Router;

/** The model lists: {@code /v1/models} (OpenAI shape) and the kind-specific lists with prices. */
final class ModelsRoute {
  void list(Call call) {
    JsonArray data = new JsonArray();
    Catalogue.all().forEach(m -> data.add(Catalogue.brief(m)));
    call.ok(Json.obj().put("data", data).put("object", "list").build());
  }

  void get(Call call) {
    Catalogue.Model m = find(call, null);
    if (m != null) {
      call.ok(Catalogue.brief(m));
    }
  }

  /** {@code /v1/language-models} and its siblings: {@code {"models": [...]}} with the full objects. */
  Router.Handler list(Catalogue.Kind kind) {
    return call -> {
      JsonArray models = new JsonArray();
      Catalogue.all(kind).forEach(m -> models.add(Catalogue.detail(m)));
      call.ok(Json.obj().put("models", models).build());
    };
  }

  Router.Handler get(Catalogue.Kind kind) {
    return call -> {
      Catalogue.Model m = find(call, kind);
      if (m != null) {
        call.ok(Catalogue.detail(m));
      }
    };
  }

  private static Catalogue.Model find(Call call, Catalogue.Kind kind) {
    String id = call.param("model_id");
    Catalogue.Model m = Catalogue.find(id);
    if (m == null || (kind != null && m.kind() != kind)) {
      call.error(404, "The model " + id + " does not exist or your team " + Routes.TEAM_ID
          + " does not have access to it.");
      return null;
    }
    return m;
  }
}
