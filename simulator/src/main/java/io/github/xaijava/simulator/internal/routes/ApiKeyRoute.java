package io.github.xaijava.simulator.internal.routes;

import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Errors;
import io.github.xaijava.simulator.internal.Json;

/** {@code GET /v1/api-key} and {@code GET /v1/me}: who the key belongs to, the key itself redacted. */
final class ApiKeyRoute {
  static final String USER_ID = "00000000-0000-4000-8000-00000000a11c";
  static final String KEY_ID = "00000000-0000-4000-8000-0000000000ee";

  void apiKey(Call call) {
    call.ok(Json.obj().put("redacted_api_key", Errors.mask(Routes.presentedKey(call))).put("user_id", USER_ID)
        .put("name", "simulator key").put("create_time", "2025-01-01T00:00:00Z")
        .put("modify_time", "2025-01-01T00:00:00Z").put("modified_by", USER_ID).put("team_id", Routes.TEAM_ID)
        .put("acls", Json.strings(java.util.List.of("api-key:model:*", "api-key:endpoint:*")))
        .put("api_key_id", KEY_ID).put("team_blocked", false).put("api_key_blocked", false)
        .put("api_key_disabled", false).build());
  }

  void me(Call call) {
    call.ok(Json.obj().put("user_id", USER_ID).put("team_id", Routes.TEAM_ID).put("zdr_status", "no_zdr")
        .put("team_blocked", false)
        .put("api_key", Json.obj().put("redacted_api_key", Errors.mask(Routes.presentedKey(call)))
            .put("api_key_id", KEY_ID).put("blocked", false).put("disabled", false))
        .build());
  }
}
