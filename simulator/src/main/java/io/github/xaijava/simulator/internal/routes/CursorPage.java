package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code {object, data, first_id, last_id, has_more}} lists of skills and input items: query
 * {@code limit} (1-100), {@code order} (desc unless {@code asc}) and {@code after} (an id on the
 * previous page).
 */
final class CursorPage {
  private CursorPage() {}

  /**
   * Answers one page of {@code oldestFirst}, or 400/404 for a bad limit or an unknown {@code after}.
   *
   * @param emptyId what {@code first_id}/{@code last_id} say on an empty page (the document differs per list)
   */
  static <T> void answer(Call call, List<T> oldestFirst, int defaultLimit, Function<T, String> id,
      Function<T, JsonObject> json, JsonElement emptyId, String what) {
    int limit = Routes.intQuery(call, "limit", defaultLimit);
    if (limit < 1 || limit > 100) {
      call.error(400, "`limit` must be between 1 and 100, got " + limit + ".");
      return;
    }
    List<T> all = new ArrayList<>(oldestFirst);
    if (!"asc".equals(call.query("order"))) {
      Collections.reverse(all);
    }
    int start = 0;
    String after = call.query("after");
    if (after != null) {
      start = -1;
      for (int i = 0; i < all.size(); i++) {
        if (id.apply(all.get(i)).equals(after)) {
          start = i + 1;
        }
      }
      if (start < 0) {
        call.error(404, what + " " + after + " was not found.");
        return;
      }
    }
    List<T> page = all.subList(start, Math.min(all.size(), start + limit));
    JsonArray data = new JsonArray();
    page.forEach(item -> data.add(json.apply(item)));
    call.ok(Json.obj().put("object", "list").put("data", data)
        .put("first_id", page.isEmpty() ? emptyId : Json.nullable(id.apply(page.get(0))))
        .put("last_id", page.isEmpty() ? emptyId : Json.nullable(id.apply(page.get(page.size() - 1))))
        .put("has_more", start + page.size() < all.size()).build());
  }
}
