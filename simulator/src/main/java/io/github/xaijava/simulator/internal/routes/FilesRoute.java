package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Multipart;
import io.github.xaijava.simulator.internal.State;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The files API on an in-memory store: multipart upload (with xAI's quirk that {@code expires_after}
 * counts only before the {@code file} part), paging with an always-present {@code pagination_token},
 * retrieve, delete, streamed content and public URLs.
 */
final class FilesRoute {
  private final Context ctx;

  FilesRoute(Context ctx) {
    this.ctx = ctx;
  }

  void upload(Call call) {
    List<Multipart.Part> parts = Routes.multipart(call);
    if (parts == null) {
      return;
    }
    Multipart.Part file = null;
    String purpose = null;
    Long expiresAfter = null;
    for (Multipart.Part p : parts) {
      switch (p.name()) {
        case "file":
          file = file == null ? p : file;
          break;
        case "purpose":
          purpose = p.text().trim();
          break;
        case "expires_after":
          if (file == null) { // xAI reads the field only while it has not seen the file yet
            try {
              expiresAfter = Long.parseLong(p.text().trim());
            } catch (NumberFormatException e) {
              call.error(400, "`expires_after` must be a number of seconds, got " + p.text().trim() + ".");
              return;
            }
          }
          break;
        default:
          break;
      }
    }
    if (file == null) {
      call.error(400, "The multipart body has no `file` part.");
      return;
    }
    if (file.content().length > ctx.settings().maxUploadBytes()) {
      call.error(413, "File too large: " + file.content().length + " bytes; the limit is "
          + ctx.settings().maxUploadBytes() + " bytes.");
      return;
    }
    long now = ctx.settings().now();
    String name = file.filename() == null || file.filename().isEmpty() ? "file" : file.filename();
    State.StoredFile stored = new State.StoredFile("file_" + ctx.ids().uuid(), name,
        purpose == null || purpose.isEmpty() ? "assistants" : purpose, file.content(), now,
        expiresAfter == null ? null : now + expiresAfter, ctx.state().nextOrder());
    ctx.state().files.put(stored.id, stored);
    call.ok(json(call, stored));
  }

  /** Lists a page: {@code limit} (1-100, 100), {@code order} (desc), {@code sort_by}, token, {@code after}, {@code filter}. */
  void list(Call call) {
    int limit = Routes.intQuery(call, "limit", 100);
    if (limit < 1 || limit > 100) {
      call.error(400, "`limit` must be between 1 and 100, got " + limit + ".");
      return;
    }
    String sortBy = call.query("sort_by") == null ? "created_at" : call.query("sort_by");
    Comparator<State.StoredFile> order;
    switch (sortBy) {
      case "created_at":
        order = Comparator.comparingLong((State.StoredFile f) -> f.createdAt).thenComparingLong(f -> f.order);
        break;
      case "filename":
        order = Comparator.comparing((State.StoredFile f) -> f.filename).thenComparingLong(f -> f.order);
        break;
      case "size":
        order = Comparator.comparingLong((State.StoredFile f) -> f.content.length).thenComparingLong(f -> f.order);
        break;
      default:
        call.error(400, "`sort_by` must be created_at, filename or size, got " + sortBy + ".");
        return;
    }
    String direction = call.query("order") == null ? "desc" : call.query("order").toLowerCase(Locale.ROOT);
    if (!"asc".equals(direction) && !"desc".equals(direction)) {
      call.error(400, "`order` must be asc or desc, got " + direction + ".");
      return;
    }
    if ("desc".equals(direction)) {
      order = order.reversed();
    }
    String filter = call.query("filter") == null ? "" : call.query("filter").toLowerCase(Locale.ROOT);
    List<State.StoredFile> all = ctx.state().fileList().stream()
        .filter(f -> f.filename.toLowerCase(Locale.ROOT).contains(filter)).sorted(order).collect(Collectors.toList());
    int start = 0;
    String token = call.query("pagination_token");
    if (token != null && !token.isEmpty()) {
      start = decodeToken(token);
      if (start < 0) {
        call.error(400, "`pagination_token` " + token + " is not a token this server gave out.");
        return;
      }
    } else if (call.query("after") != null) {
      String after = call.query("after");
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id.equals(after)) {
          start = i + 1;
        }
      }
    }
    start = Math.min(start, all.size());
    List<State.StoredFile> page = all.subList(start, Math.min(all.size(), start + limit));
    JsonArray data = new JsonArray();
    page.forEach(f -> data.add(json(call, f)));
    // xAI always sends a token, even after the last page: the client stops on a short page.
    call.ok(Json.obj().put("data", data).put("pagination_token", encodeToken(start + page.size())).build());
  }

  void retrieve(Call call) {
    State.StoredFile f = find(call);
    if (f != null) {
      call.ok(json(call, f));
    }
  }

  void delete(Call call) {
    State.StoredFile f = find(call);
    if (f != null) {
      ctx.state().files.remove(f.id);
      if (f.publicToken != null) {
        ctx.state().media.remove("/sim/public/" + f.publicToken);
      }
      call.ok(Json.obj().put("id", f.id).put("deleted", true).put("object", "file").build());
    }
  }

  /** The bytes as uploaded ({@code format=original}) or as text ({@code format=text}), streamed. */
  void content(Call call) {
    State.StoredFile f = find(call);
    if (f == null) {
      return;
    }
    String format = call.query("format") == null ? "original" : call.query("format");
    if (!"original".equals(format) && !"text".equals(format)) {
      call.error(400, "`format` must be original or text, got " + format + ".");
      return;
    }
    call.responseHeader("Content-Disposition", "attachment; filename=\"" + f.filename.replace("\"", "") + "\"");
    if ("text".equals(format)) {
      byte[] text = new String(f.content, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
      call.stream(200, "text/plain; charset=utf-8", new ByteArrayInputStream(text));
    } else {
      call.stream(200, "application/octet-stream", new ByteArrayInputStream(f.content));
    }
  }

  void createPublicUrl(Call call) {
    State.StoredFile f = find(call);
    if (f == null) {
      return;
    }
    long after = Json.integer(call.json(), "expires_after", 3600);
    if (after < 1) {
      call.error(400, "`expires_after` must be a positive number of seconds, got " + after + ".");
      return;
    }
    if (f.publicToken != null) {
      ctx.state().media.remove("/sim/public/" + f.publicToken);
    }
    f.publicToken = ctx.ids().hex(32);
    f.publicExpiresAt = ctx.settings().now() + after;
    ctx.state().media.put("/sim/public/" + f.publicToken, f.content);
    call.ok(Json.obj().put("public_url", publicUrl(call, f)).put("expires_at", f.publicExpiresAt).build());
  }

  void revokePublicUrl(Call call) {
    State.StoredFile f = find(call);
    if (f == null) {
      return;
    }
    String url = f.publicToken == null ? null : publicUrl(call, f);
    if (f.publicToken != null) {
      ctx.state().media.remove("/sim/public/" + f.publicToken);
    }
    f.publicToken = null;
    f.publicExpiresAt = null;
    call.ok(Json.obj().put("id", f.id).put("public_url", url).put("revoked", url != null).build());
  }

  private static String publicUrl(Call call, State.StoredFile f) {
    return call.baseUrl() + "/sim/public/" + f.publicToken;
  }

  private State.StoredFile find(Call call) {
    String id = call.param("file_id");
    State.StoredFile f = ctx.state().files.get(id);
    if (f == null) {
      call.error(404, "File " + id + " was not found.");
    }
    return f;
  }

  private static JsonObject json(Call call, State.StoredFile f) {
    Json.Obj o = Json.obj().put("id", f.id).put("object", "file").put("bytes", f.content.length)
        .put("created_at", f.createdAt);
    if (f.expiresAt != null) {
      o.put("expires_at", f.expiresAt);
    }
    o.put("filename", f.filename).put("purpose", f.purpose);
    if (f.publicToken != null) {
      o.put("public_url", publicUrl(call, f))
          .put("public_url_expires_at", f.publicExpiresAt);
    }
    return o.build();
  }

  private static String encodeToken(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeToken(String token) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return s.startsWith("offset:") ? Integer.parseInt(s.substring("offset:".length())) : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
