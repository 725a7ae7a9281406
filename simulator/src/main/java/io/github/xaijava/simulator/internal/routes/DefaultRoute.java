package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.OpenApi;
import io.github.xaijava.simulator.internal.Router;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The route of an operation of the API document that no hand-written route knows. xAI's document
 * gains operations before the simulator gains behaviour for them; without these routes a client
 * generated from the newer document would get 404 from the simulator, and every test of the new
 * operation would fail until someone wrote a route. A default route answers what the document
 * declares on success: the lowest 2xx, with an instance of its JSON schema, {@code {}} when it
 * gives no schema, no body when it declares none, and a few fixed bytes for other media types.
 *
 * <p>It is an ordinary route to the dispatcher, so the key check, faults, scripts, the recorded
 * requests and the request body check against the document (415, 422) apply to it as to any other.
 * Hand-written routes win: one is added only where no route has the operation's method and path.
 */
final class DefaultRoute {
  private DefaultRoute() {}

  /** Adds a default route for every operation of {@code api} that {@code router} has no route for. */
  static Router addMissing(Router router, OpenApi api) {
    Set<String> routed = new HashSet<>();
    for (Router.Route route : router.routes()) {
      routed.add(key(route.method(), route.template()));
    }
    for (OpenApi.Operation op : api.operations()) {
      if (routed.add(key(op.method(), op.path()))) {
        router.add(op.method(), op.path(), call -> answer(call, op, api));
      }
    }
    return router;
  }

  /** Parameter names do not make another route: {@code /v1/files/{id}} is {@code /v1/files/{file_id}}. */
  private static String key(String method, String template) {
    return method + " " + template.replaceAll("\\{[^}]+}", "{}");
  }

  private static void answer(Call call, OpenApi.Operation op, OpenApi api) {
    OpenApi.Success success = op.success();
    String type = success.contentType();
    if (type == null) {
      call.empty(success.status());
    } else if (isJson(type)) {
      call.json(success.status(), success.schema() == null ? new JsonObject() : api.instance(success.schema()));
    } else {
      call.bytes(success.status(), type,
          ("simulated content of " + op.method() + " " + op.path()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/json") || type.endsWith("+json");
  }
}
