package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.State;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /v1/documents/search}: keyword search over the text of uploaded files. A collection
 * made through the management API holds its indexed documents; for an id it does not know, every
 * text file counts as a member. A file
 * is cut into paragraphs; a paragraph scores the share of the query's words it contains.
 */
final class DocumentsRoute {
  private final Context ctx;

  DocumentsRoute(Context ctx) {
    this.ctx = ctx;
  }

  private record Hit(State.StoredFile file, int chunk, String text, float score) {}

  void search(Call call) {
    JsonObject body = call.json();
    Set<String> terms = new LinkedHashSet<>(words(Json.string(body, "query", "")));
    if (terms.isEmpty()) {
      call.error(400, "`query` must contain at least one word.");
      return;
    }
    JsonArray collections = Json.array(Json.object(body, "source"), "collection_ids");
    int limit = (int) Json.integer(body, "limit", 10);
    List<Hit> hits = new ArrayList<>();
    // Collections made through the management API hold their indexed documents; any other
    // collection id counts every text file as a member, as before collections existed here.
    List<String> known = new ArrayList<>();
    collections.forEach(c -> {
      if (ctx.state().collections.containsKey(c.getAsString())) {
        known.add(c.getAsString());
      }
    });
    for (State.StoredFile f : ctx.state().fileList()) {
      if (!known.isEmpty() && known.stream().noneMatch(c -> ManagementRoute.indexed(ctx.state(), c, f.id))) {
        continue;
      }
      String text = new String(f.content, StandardCharsets.UTF_8);
      if (text.indexOf('\0') >= 0) {
        continue; // binary: nothing to search
      }
      String[] chunks = text.split("\\n\\s*\\n");
      for (int i = 0; i < chunks.length; i++) {
        Set<String> present = new LinkedHashSet<>(words(chunks[i]));
        long found = terms.stream().filter(present::contains).count();
        if (found > 0) {
          hits.add(new Hit(f, i, chunks[i].strip(), (float) found / terms.size()));
        }
      }
    }
    hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingLong(h -> h.file().order)
        .thenComparingInt(Hit::chunk));
    JsonArray matches = new JsonArray();
    for (Hit h : hits.subList(0, Math.min(Math.max(limit, 0), hits.size()))) {
      matches.add(Json.obj().put("file_id", h.file().id).put("chunk_id", h.file().id + "-chunk-" + h.chunk())
          .put("chunk_content", h.text()).put("score", h.score()).put("collection_ids", collections.deepCopy())
          .put("fields", Json.obj().put("filename", h.file().filename)).put("page_number", 1).build());
    }
    call.ok(Json.obj().put("matches", matches).build());
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
