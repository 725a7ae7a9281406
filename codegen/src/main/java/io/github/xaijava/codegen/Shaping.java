package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shaping rules of the build ({@code generated/shaping.json}), keyed by operation ids, path
 * segments and schema names only, so that any version of xAI's document yields the same Java API
 * where its structure is the same. A rule for a name the document does not have is ignored.
 */
final class Shaping {

  /** How one union's inline forms and holder forms are named. */
  record UnionRule(String prefix, String suffix, Map<String, String> names,
      Map<String, String> forms) {
  }

  /** A convenience method rendered from a template partial into the named schema's class. */
  record Helper(String name, List<String> requires, boolean onBuilder) {
  }

  final Map<String, String> groups = new LinkedHashMap<>();
  final Map<String, String> methods = new LinkedHashMap<>();
  final List<String> streaming = new ArrayList<>();
  /** Service-layer rules by operation id: the service method's name and its behaviour. */
  final Map<String, JsonObject> services = new LinkedHashMap<>();
  /** Facade types that service rules name, by simple name: their fully qualified names. */
  final Map<String, String> facadeTypes = new LinkedHashMap<>();
  final Map<String, String> renames = new LinkedHashMap<>();
  /** Constant names for enum values that are not Java identifiers, by value. */
  final Map<String, String> enumNames = new LinkedHashMap<>();
  final Map<String, UnionRule> unions = new LinkedHashMap<>();
  final Map<String, String> inlineNames = new LinkedHashMap<>();
  final List<String> jsonObjects = new ArrayList<>();
  /** Schemas no operation uses that are left out of the generated layer. */
  final List<String> drop = new ArrayList<>();
  final List<String> notRequired = new ArrayList<>();
  final Map<String, List<String>> discriminators = new LinkedHashMap<>();
  final Map<String, List<Helper>> helpers = new LinkedHashMap<>();

  static Shaping read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The rules in {@code json}, the text of a {@code shaping.json}. */
  static Shaping parse(String json) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    Shaping s = new Shaping();
    strings(root, "groups", s.groups);
    JsonObject operations = object(root, "operations");
    for (Map.Entry<String, JsonElement> op : operations.entrySet()) {
      if (op.getKey().startsWith("//")) {
        continue;
      }
      JsonObject rule = op.getValue().getAsJsonObject();
      if (rule.has("method")) {
        s.methods.put(op.getKey(), rule.get("method").getAsString());
      }
      if (rule.has("streaming") && rule.get("streaming").getAsBoolean()) {
        s.streaming.add(op.getKey());
      }
      if (rule.has("service") && rule.get("service").isJsonObject()) {
        s.services.put(op.getKey(), rule.getAsJsonObject("service"));
      }
    }
    strings(root, "facadeTypes", s.facadeTypes);
    strings(root, "renames", s.renames);
    strings(root, "enumNames", s.enumNames);
    JsonObject unions = object(root, "unions");
    for (Map.Entry<String, JsonElement> u : unions.entrySet()) {
      if (u.getKey().startsWith("//")) {
        continue;
      }
      JsonObject rule = u.getValue().getAsJsonObject();
      Map<String, String> names = new LinkedHashMap<>();
      strings(rule, "names", names);
      Map<String, String> forms = new LinkedHashMap<>();
      strings(rule, "forms", forms);
      s.unions.put(u.getKey(), new UnionRule(
          rule.has("prefix") ? rule.get("prefix").getAsString() : "",
          rule.has("suffix") ? rule.get("suffix").getAsString() : null,
          names, forms));
    }
    strings(root, "inlineNames", s.inlineNames);
    if (root.has("jsonObjects")) {
      root.getAsJsonArray("jsonObjects").forEach(e -> s.jsonObjects.add(e.getAsString()));
    }
    if (root.has("drop")) {
      root.getAsJsonArray("drop").forEach(e -> {
        if (!e.getAsString().startsWith("//")) {
          s.drop.add(e.getAsString());
        }
      });
    }
    if (root.has("notRequired")) {
      root.getAsJsonArray("notRequired").forEach(e -> {
        if (!e.getAsString().startsWith("//")) {
          s.notRequired.add(e.getAsString());
        }
      });
    }
    for (Map.Entry<String, JsonElement> d : object(root, "discriminators").entrySet()) {
      if (d.getKey().startsWith("//")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (d.getValue().isJsonArray()) {
        d.getValue().getAsJsonArray().forEach(v -> values.add(v.getAsString()));
      } else {
        values.add(d.getValue().getAsString());
      }
      s.discriminators.put(d.getKey(), List.copyOf(values));
    }
    JsonObject helpers = object(root, "helpers");
    for (Map.Entry<String, JsonElement> h : helpers.entrySet()) {
      if (h.getKey().startsWith("//")) {
        continue;
      }
      List<Helper> list = new ArrayList<>();
      for (JsonElement e : h.getValue().getAsJsonArray()) {
        JsonObject helper = e.getAsJsonObject();
        List<String> requires = new ArrayList<>();
        if (helper.has("requires")) {
          helper.getAsJsonArray("requires").forEach(r -> requires.add(r.getAsString()));
        }
        boolean onBuilder = helper.has("on") && helper.get("on").getAsString().equals("builder");
        list.add(new Helper(helper.get("name").getAsString(), List.copyOf(requires), onBuilder));
      }
      s.helpers.put(h.getKey(), List.copyOf(list));
    }
    return s;
  }

  Optional<UnionRule> union(String name) {
    return Optional.ofNullable(unions.get(name));
  }

  private static JsonObject object(JsonObject root, String name) {
    JsonElement e = root.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
  }

  private static void strings(JsonObject root, String name, Map<String, String> into) {
    for (Map.Entry<String, JsonElement> e : object(root, name).entrySet()) {
      if (!e.getKey().startsWith("//")) {
        into.put(e.getKey(), e.getValue().getAsString());
      }
    }
  }
}
