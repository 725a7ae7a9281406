package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Media;
import io.github.xaijava.simulator.internal.Multipart;
import io.github.xaijava.simulator.internal.State;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Skills: multipart upload of several {@code files} parts (name and description come from the front
 * matter of a {@code SKILL.md}, if any), a {@code has_more} cursor list, retrieve, delete, and the
 * content as a real zip of the uploaded files.
 */
final class SkillsRoute {
  private final Context ctx;

  SkillsRoute(Context ctx) {
    this.ctx = ctx;
  }

  void upload(Call call) {
    List<Multipart.Part> parts = Routes.multipart(call);
    if (parts == null) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    for (Multipart.Part p : parts) {
      if (p.name().equals("files") || p.name().equals("files[]")) {
        String path = p.filename() == null || p.filename().isEmpty() ? "file" + (files.size() + 1) : p.filename();
        files.put(path, p.content());
        total += p.content().length;
      }
    }
    if (files.isEmpty()) {
      call.error(400, "The multipart body has no `files` part.");
      return;
    }
    if (total > ctx.settings().maxUploadBytes()) {
      call.error(413, "Skill too large: " + total + " bytes; the limit is " + ctx.settings().maxUploadBytes() + " bytes.");
      return;
    }
    String first = files.keySet().iterator().next();
    String name = first.contains("/") ? first.substring(0, first.indexOf('/')) : first.replaceFirst("\\.[^.]*$", "");
    String description = "";
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith("SKILL.md")) {
        Map<String, String> front = frontMatter(new String(f.getValue(), StandardCharsets.UTF_8));
        name = front.getOrDefault("name", name);
        description = front.getOrDefault("description", description);
      }
    }
    State.StoredSkill skill = new State.StoredSkill("skill_" + ctx.ids().uuid(), name, description,
        ctx.settings().now(), State.copy(files), ctx.state().nextOrder());
    ctx.state().skills.put(skill.id(), skill);
    call.ok(json(skill));
  }

  /** A cursor page: {@code limit} (1-100, 100), {@code after} a skill id, {@code order} (desc). */
  void list(Call call) {
    List<State.StoredSkill> all = new ArrayList<>(ctx.state().skills.values());
    all.sort(Comparator.comparingLong(State.StoredSkill::createdAt).thenComparingLong(State.StoredSkill::order));
    CursorPage.answer(call, all, 100, State.StoredSkill::id, SkillsRoute::json, new JsonPrimitive(""), "Skill");
  }

  void retrieve(Call call) {
    State.StoredSkill s = find(call);
    if (s != null) {
      call.ok(json(s));
    }
  }

  void delete(Call call) {
    State.StoredSkill s = find(call);
    if (s != null) {
      ctx.state().skills.remove(s.id());
      call.ok(Json.obj().put("id", s.id()).put("deleted", true).put("object", "skill").build());
    }
  }

  void content(Call call) {
    State.StoredSkill s = find(call);
    if (s != null) {
      call.responseHeader("Content-Disposition", "attachment; filename=\"" + s.name().replace("\"", "") + ".zip\"");
      call.stream(200, "application/zip", new ByteArrayInputStream(Media.zip(s.files())));
    }
  }

  private State.StoredSkill find(Call call) {
    String id = call.param("skill_id");
    State.StoredSkill s = ctx.state().skills.get(id);
    if (s == null) {
      call.error(404, "Skill " + id + " was not found.");
    }
    return s;
  }

  private static JsonObject json(State.StoredSkill s) {
    return Json.obj().put("id", s.id()).put("object", "skill").put("created_at", s.createdAt())
        .put("default_version", "1").put("description", s.description()).put("latest_version", "1")
        .put("name", s.name()).build();
  }

  /** The {@code key: value} lines between the leading {@code ---} fences of a markdown file. */
  private static Map<String, String> frontMatter(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n");
    if (lines.length == 0 || !lines[0].trim().equals("---")) {
      return out;
    }
    for (int i = 1; i < lines.length && !lines[i].trim().equals("---"); i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        out.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim().replaceAll("^\"|\"$", ""));
      }
    }
    return out;
  }
}
