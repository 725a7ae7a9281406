package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Json;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that continues with a token (batches, custom voices, collections, keys): the
 * token is the id of the next page's first entry. How the last page says so differs between xAI's
 * APIs, and each form is kept so clients are tried on all of them.
 */
final class TokenPage {

  /** How the last page ends the list. */
  enum End {
    /** No token at all (the batch API). */
    ABSENT,
    /** {@code null} (custom voices). */
    NULL,
    /** An empty string (the management API). */
    EMPTY
  }

  /** The query parameters' and the token's names: snake case, or the management API's camel case. */
  record Names(String limit, String token) {
    static final Names SNAKE = new Names("limit", "pagination_token");
    static final Names CAMEL = new Names("pageSize", "paginationToken");
  }

  private TokenPage() {}

  /** Answers one page of {@code all} under {@code key}, or 400 for a bad limit or token. */
  static <T> void answer(Call call, String key, List<T> all, Function<T, String> id,
      Function<T, JsonObject> json, int maxLimit, Names names, End end) {
    int limit = Routes.intQuery(call, names.limit(), 100);
    if (limit < 1 || limit > maxLimit) {
      call.error(400, "`" + names.limit() + "` must be between 1 and " + maxLimit + ", got " + limit + ".");
      return;
    }
    String token = call.query(names.token());
    int start = 0;
    if (token != null && !token.isEmpty()) {
      start = -1;
      for (int i = 0; i < all.size() && start < 0; i++) {
        if (id.apply(all.get(i)).equals(token)) {
          start = i;
        }
      }
      if (start < 0) {
        call.error(400, names.token() + " " + token + " is not one this list gave.");
        return;
      }
    }
    int stop = Math.min(all.size(), start + limit);
    JsonArray items = new JsonArray();
    all.subList(start, stop).forEach(item -> items.add(json.apply(item)));
    Json.Obj page = Json.obj().put(key, items);
    if (stop < all.size()) {
      page.put(names.token(), id.apply(all.get(stop)));
    } else if (end == End.NULL) {
      page.put(names.token(), JsonNull.INSTANCE);
    } else if (end == End.EMPTY) {
      page.put(names.token(), "");
    }
    call.ok(page.build());
  }
}
