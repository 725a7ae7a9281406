package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Tokenizer;
import java.nio.charset.StandardCharsets;

/** {@code POST /v1/tokenize-text}: the simulator's deterministic tokens, with ids and bytes. */
final class TokenizerRoute {
  void tokenize(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.LANGUAGE, true);
    if (model == null) {
      return;
    }
    JsonArray tokens = new JsonArray();
    for (String t : Tokenizer.tokens(Json.string(body, "text", ""))) {
      JsonArray bytes = new JsonArray();
      for (byte b : t.getBytes(StandardCharsets.UTF_8)) {
        bytes.add(b & 0xff);
      }
      tokens.add(Json.obj().put("token_id", Tokenizer.id(t)).put("string_token", t).put("token_bytes", bytes).build());
    }
    call.ok(Json.obj().put("token_ids", tokens).build());
  }
}
