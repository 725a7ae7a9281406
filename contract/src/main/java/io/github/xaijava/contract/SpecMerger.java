package io.github.xaijava.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Operations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a new version of our document: the structure of xAI's document (the source) with our
 * words. Our descriptions, summaries and tags are kept wherever the thing they describe still
 * exists (an operation by method and path, or by operation id when it moved; a parameter by
 * place and name; a schema by name, or by its new name when it was renamed with the same
 * structure; a property by name; a union form by the component it names or its tag value).
 * xAI's prose (descriptions, summaries, titles, examples) never enters. A new operation gets a
 * tag from its path, as the existing ones have; everything new is listed as needing a
 * description.
 */
final class SpecMerger {

  /** The merged document and what in it still needs our words. */
  record Result(JsonObject document, List<String> needsDescription, int thingsToDescribe,
      Map<String, String> renames) {
  }

  private final OpenApiDocument ours;
  private final OpenApiDocument source;
  private final Map<String, String> renamedFrom = new HashMap<>();
  private final Map<String, String> renamedTo;
  /** Owner (schema or operation) to the parts of it that need words; "" is the owner itself. */
  private final Map<String, Set<String>> toDescribe = new LinkedHashMap<>();
  private final Map<String, OpenApiDocument.Operation> ourOperations;
  private final Map<String, OpenApiDocument.Operation> ourOperationsById = new HashMap<>();
  private final Map<String, String> ourResponseWords = new HashMap<>();

  private SpecMerger(OpenApiDocument ours, OpenApiDocument source) {
    this.ours = ours;
    this.source = source;
    this.renamedTo = Renames.detect(ours, source);
    renamedTo.forEach((from, to) -> renamedFrom.put(to, from));
    this.ourOperations = ours.operations();
    Map<String, Map<String, Integer>> responseWords = new HashMap<>();
    for (OpenApiDocument.Operation op : ourOperations.values()) {
      if (op.operationId() != null) {
        ourOperationsById.put(op.operationId(), op);
      }
      JsonObject responses = OpenApiDocument.orEmpty(OpenApiDocument.object(op.node, "responses"));
      for (Map.Entry<String, JsonElement> response : responses.entrySet()) {
        String words = OpenApiDocument.text(ours.deref(response.getValue()).get("description"));
        if (words != null) {
          responseWords.computeIfAbsent(response.getKey(), k -> new HashMap<>()).merge(words, 1, Integer::sum);
        }
      }
    }
    // For a response new to an operation: the words we use most for that status elsewhere.
    responseWords.forEach((status, counts) -> ourResponseWords.put(status, counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow().getKey()));
  }

  static Result merge(OpenApiDocument ours, OpenApiDocument source) {
    return new SpecMerger(ours, source).merge();
  }

  private Result merge() {
    JsonObject src = source.json();
    JsonObject our = ours.json();
    JsonObject out = new JsonObject();
    out.add("openapi", src.get("openapi").deepCopy());
    if (our.get("info") instanceof JsonObject) {
      out.add("info", our.get("info").deepCopy());
    } else {
      JsonObject info = new JsonObject();
      info.addProperty("title", "API");
      JsonObject srcInfo = OpenApiDocument.orEmpty(OpenApiDocument.object(src, "info"));
      info.add("version", srcInfo.has("version") ? srcInfo.get("version").deepCopy() : null);
      out.add("info", info);
    }
    if (our.has("servers")) {
      out.add("servers", our.get("servers").deepCopy());
    } else if (src.has("servers")) {
      out.add("servers", Prose.strip(src.get("servers"), false));
    }
    out.add("tags", new JsonArray());
    for (Map.Entry<String, JsonElement> member : src.entrySet()) {
      String key = member.getKey();
      if (Set.of("openapi", "info", "servers", "tags").contains(key) || Prose.KEYWORDS.contains(key)) {
        continue;
      }
      if (key.equals("paths")) {
        out.add(key, mergePaths((JsonObject) member.getValue()));
      } else if (key.equals("components") && member.getValue() instanceof JsonObject) {
        out.add(key, mergeComponents((JsonObject) member.getValue()));
      } else {
        out.add(key, mergeNode(member.getValue(), our.get(key), Prose.NAME_MAPS.contains(key), key));
      }
    }
    JsonArray tags = tags(out);
    if (tags.isEmpty() && !our.has("tags")) {
      out.remove("tags");
    } else {
      out.add("tags", tags);
    }
    List<String> lines = new ArrayList<>();
    int count = 0;
    for (Map.Entry<String, Set<String>> owner : toDescribe.entrySet()) {
      Set<String> parts = new LinkedHashSet<>(owner.getValue());
      boolean self = parts.remove("");
      count += parts.size() + (self ? 1 : 0);
      StringBuilder line = new StringBuilder("`").append(owner.getKey()).append('`');
      if (self) {
        line.append(" (new)");
      }
      if (!parts.isEmpty()) {
        line.append(self ? " and its " : ": ")
            .append(owner.getKey().matches("^[A-Z]+ /.*") ? "" : "properties ")
            .append(String.join(", ", parts.stream().map(p -> "`" + p + "`").toList()));
      }
      lines.add(line.toString());
    }
    return new Result(out, lines, count, Map.copyOf(renamedTo));
  }

  private void describe(String owner, String part) {
    toDescribe.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(part);
  }

  // ------------------------------------------------------------------------------------------
  // Paths and operations

  private JsonObject mergePaths(JsonObject srcPaths) {
    JsonObject ourPaths = OpenApiDocument.orEmpty(OpenApiDocument.object(ours.json(), "paths"));
    Map<String, String> ourPathsByShape = new HashMap<>();
    for (String path : ourPaths.keySet()) {
      ourPathsByShape.put(shape(path), path);
    }
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> path : srcPaths.entrySet()) {
      if (!(path.getValue() instanceof JsonObject)) {
        out.add(path.getKey(), path.getValue().deepCopy());
        continue;
      }
      JsonObject srcItem = (JsonObject) path.getValue();
      String ourPath = ourPathsByShape.get(shape(path.getKey()));
      JsonObject ourItem = ourPath == null ? null : OpenApiDocument.object(ourPaths, ourPath);
      JsonObject item = new JsonObject();
      for (Map.Entry<String, JsonElement> member : srcItem.entrySet()) {
        String key = member.getKey();
        if (Operations.isMethod(key) && member.getValue() instanceof JsonObject) {
          item.add(key, mergeOperation(key, path.getKey(), (JsonObject) member.getValue()));
        } else if (key.equals("parameters")) {
          item.add(key, mergeParameters(member.getValue(),
              ourItem == null ? null : ourItem.get("parameters"), path.getKey(), path.getKey(), ourPath));
        } else if (!Prose.KEYWORDS.contains(key)) {
          item.add(key, Prose.strip(member.getValue(), false));
        }
      }
      appendOurWords(item, ourItem);
      out.add(path.getKey(), item);
    }
    return out;
  }

  private static String shape(String path) {
    return path.replaceAll("\\{[^}/]*}", "{}");
  }

  private JsonObject mergeOperation(String method, String path, JsonObject srcOp) {
    OpenApiDocument.Operation probe = new OpenApiDocument.Operation(method, path, srcOp, new JsonObject());
    OpenApiDocument.Operation ourOp = ourOperations.get(probe.key());
    if (ourOp == null && probe.operationId() != null) {
      // Moved to another path under the same id: still the same operation.
      ourOp = ourOperationsById.get(probe.operationId());
      if (ourOp != null && source.operations().containsKey(ourOp.key())) {
        ourOp = null;
      }
    }
    String label = probe.label();
    JsonObject ourNode = ourOp == null ? null : ourOp.node;
    if (ourOp == null) {
      describe(label, "");
    }
    JsonArray tags;
    if (ourNode != null && ourNode.get("tags") instanceof JsonArray && !ourNode.getAsJsonArray("tags").isEmpty()) {
      tags = ourNode.getAsJsonArray("tags").deepCopy();
    } else {
      tags = new JsonArray();
      tags.add(tagFor(path));
    }
    JsonObject head = new JsonObject();
    head.add("tags", tags);
    if (ourNode != null) {
      for (String word : List.of("summary", "description")) {
        if (ourNode.has(word)) {
          head.add(word, ourNode.get(word).deepCopy());
        }
      }
    }
    JsonObject out = new JsonObject();
    boolean placed = false;
    for (Map.Entry<String, JsonElement> member : srcOp.entrySet()) {
      String key = member.getKey();
      JsonElement ourChild = ourNode == null ? null : ourNode.get(key);
      if (key.equals("tags")) {
        head.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
        placed = true;
      } else if (Prose.KEYWORDS.contains(key)) {
        continue;
      } else if (key.equals("parameters")) {
        out.add(key, mergeParameters(member.getValue(), ourChild, label, path,
            ourOp == null ? null : ourOp.path));
      } else if (key.equals("responses") && member.getValue() instanceof JsonObject) {
        out.add(key, mergeResponses((JsonObject) member.getValue(), ourChild, label));
      } else if (key.equals("requestBody")) {
        out.add(key, mergeNode(member.getValue(), ourChild, false, label + " request"));
      } else {
        out.add(key, mergeNode(member.getValue(), ourChild, Prose.NAME_MAPS.contains(key), label));
      }
    }
    if (placed) {
      return out;
    }
    JsonObject first = new JsonObject();
    head.entrySet().forEach(e -> first.add(e.getKey(), e.getValue()));
    out.entrySet().forEach(e -> first.add(e.getKey(), e.getValue()));
    return first;
  }

  /**
   * Parameters matched by place and name; a path parameter by its position in the path, so
   * {@code {thing_id}} renamed {@code {id}} keeps our words.
   */
  private JsonElement mergeParameters(JsonElement srcParams, JsonElement ourParams, String label,
      String path, String ourPath) {
    if (!srcParams.isJsonArray()) {
      return Prose.strip(srcParams, false);
    }
    Map<String, JsonObject> ourByKey = new HashMap<>();
    for (JsonElement element : OpenApiDocument.list(ourParams)) {
      JsonObject parameter = ours.deref(element);
      if (element instanceof JsonObject) {
        ourByKey.put(parameterKey(parameter, ourPath), element.getAsJsonObject());
      }
    }
    JsonArray out = new JsonArray();
    for (JsonElement element : srcParams.getAsJsonArray()) {
      JsonObject parameter = source.deref(element);
      String in = OpenApiDocument.text(parameter.get("in"));
      String name = OpenApiDocument.text(parameter.get("name"));
      JsonObject ourParameter = ourByKey.get(parameterKey(parameter, path));
      if (ourParameter == null && !(element instanceof JsonObject && ((JsonObject) element).has("$ref"))) {
        describe(label, in + " parameter " + name);
      }
      out.add(mergeNode(element, ourParameter, false, label));
    }
    return out;
  }

  private static String parameterKey(JsonObject parameter, String path) {
    String in = OpenApiDocument.text(parameter.get("in"));
    String name = OpenApiDocument.text(parameter.get("name"));
    if ("path".equals(in) && path != null) {
      int position = 0;
      for (String segment : path.split("/")) {
        if (segment.equals("{" + name + "}")) {
          return "path:#" + position;
        }
        if (segment.startsWith("{")) {
          position++;
        }
      }
    }
    return in + ":" + name;
  }

  private JsonObject mergeResponses(JsonObject srcResponses, JsonElement ourResponses, String label) {
    JsonObject our = ourResponses instanceof JsonObject ? (JsonObject) ourResponses : null;
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> response : srcResponses.entrySet()) {
      JsonElement ourResponse = our == null ? null : our.get(response.getKey());
      JsonElement merged = mergeNode(response.getValue(), ourResponse, false,
          label + " response " + response.getKey());
      if (merged instanceof JsonObject && !((JsonObject) merged).has("description")
          && !((JsonObject) merged).has("$ref")) {
        // A response object must have a description: ours for this status elsewhere, else a plain one.
        String words = ourResponseWords.get(response.getKey());
        if (words == null) {
          words = "Status " + response.getKey() + ".";
          describe(label, "response " + response.getKey());
        }
        ((JsonObject) merged).addProperty("description", words);
      }
      out.add(response.getKey(), merged);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Tags

  /** A tag for a new operation, from its path, as the existing operations have theirs. */
  private String tagFor(String path) {
    List<String> segments = segments(path);
    String best = null;
    int bestShared = 0;
    for (OpenApiDocument.Operation op : ourOperations.values()) {
      List<JsonElement> tags = OpenApiDocument.list(op.node.get("tags"));
      if (tags.isEmpty() || OpenApiDocument.text(tags.get(0)) == null) {
        continue;
      }
      List<String> theirs = segments(op.path);
      int shared = 0;
      while (shared < segments.size() && shared < theirs.size()
          && !segments.get(shared).startsWith("{") && segments.get(shared).equals(theirs.get(shared))) {
        shared++;
      }
      if (shared > bestShared) {
        bestShared = shared;
        best = tags.get(0).getAsString();
      }
    }
    if (best != null) {
      return best;
    }
    if (segments.isEmpty()) {
      return "Default";
    }
    String first = segments.get(0);
    String[] words = first.split("[-_.]");
    String last = words[words.length - 1];
    for (String tag : ourTagNames()) {
      if (tag.equalsIgnoreCase(last)) {
        return tag;
      }
    }
    StringBuilder pascal = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty()) {
        pascal.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return pascal.length() == 0 ? "Default" : pascal.toString();
  }

  /** Path segments after a version segment ({@code v1}). */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    if (!segments.isEmpty() && segments.get(0).matches("v\\d+")) {
      segments.remove(0);
    }
    return segments;
  }

  private Set<String> ourTagNames() {
    Set<String> names = new LinkedHashSet<>();
    for (JsonElement tag : OpenApiDocument.list(ours.json().get("tags"))) {
      if (tag instanceof JsonObject && OpenApiDocument.text(((JsonObject) tag).get("name")) != null) {
        names.add(((JsonObject) tag).get("name").getAsString());
      }
    }
    for (OpenApiDocument.Operation op : ourOperations.values()) {
      for (JsonElement tag : OpenApiDocument.list(op.node.get("tags"))) {
        if (OpenApiDocument.text(tag) != null) {
          names.add(tag.getAsString());
        }
      }
    }
    return names;
  }

  /** Our tag list, less the tags no operation uses any more, plus the new ones. */
  private JsonArray tags(JsonObject merged) {
    Set<String> used = new LinkedHashSet<>();
    for (Operations.Operation op : Operations.of(merged)) {
      for (JsonElement tag : OpenApiDocument.list(op.node().get("tags"))) {
        if (OpenApiDocument.text(tag) != null) {
          used.add(tag.getAsString());
        }
      }
    }
    JsonArray out = new JsonArray();
    Set<String> listed = new HashSet<>();
    for (JsonElement tag : OpenApiDocument.list(ours.json().get("tags"))) {
      String name = tag instanceof JsonObject ? OpenApiDocument.text(((JsonObject) tag).get("name")) : null;
      if (name != null && used.contains(name) && listed.add(name)) {
        out.add(tag.deepCopy());
      }
    }
    for (String name : used) {
      if (listed.add(name)) {
        JsonObject tag = new JsonObject();
        tag.addProperty("name", name);
        out.add(tag);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Components and schemas

  private JsonObject mergeComponents(JsonObject srcComponents) {
    JsonObject ourComponents = OpenApiDocument.orEmpty(OpenApiDocument.object(ours.json(), "components"));
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> member : srcComponents.entrySet()) {
      String key = member.getKey();
      if (key.equals("schemas") && member.getValue() instanceof JsonObject) {
        JsonObject schemas = new JsonObject();
        for (Map.Entry<String, JsonElement> schema : ((JsonObject) member.getValue()).entrySet()) {
          String name = schema.getKey();
          JsonElement ourSchema = ours.schema(name)
              .or(() -> renamedFrom.containsKey(name) ? ours.schema(renamedFrom.get(name)) : java.util.Optional.empty())
              .orElse(null);
          if (ourSchema == null) {
            describe(name, "");
          }
          schemas.add(name, mergeNode(schema.getValue(), ourSchema, false, name));
        }
        out.add(key, schemas);
      } else if (!Prose.KEYWORDS.contains(key)) {
        out.add(key, mergeNode(member.getValue(), ourComponents.get(key),
            Prose.NAME_MAPS.contains(key) || key.equals("examples"), key));
      }
    }
    return out;
  }

  /**
   * The source's {@code element} without its prose, with our words from {@code ourElement}
   * (the same thing in our document, or null) wherever the two still line up.
   *
   * @param where the owner and path for the "needs a description" list ({@code Schema.a.b})
   */
  private JsonElement mergeNode(JsonElement element, JsonElement ourElement, boolean namesLevel,
      String where) {
    if (element instanceof JsonObject) {
      JsonObject src = (JsonObject) element;
      JsonObject our = ourElement instanceof JsonObject ? (JsonObject) ourElement : null;
      JsonObject out = new JsonObject();
      for (Map.Entry<String, JsonElement> member : src.entrySet()) {
        String key = member.getKey();
        JsonElement value = member.getValue();
        JsonElement ourChild = our == null ? null : our.get(key);
        if (namesLevel) {
          out.add(key, mergeNode(value, ourChild, false, where));
        } else if (Prose.KEYWORDS.contains(key)) {
          continue;
        } else if (Prose.DATA.contains(key) || key.startsWith("x-")) {
          out.add(key, value.deepCopy());
        } else if (Set.of("oneOf", "anyOf", "allOf").contains(key) && value.isJsonArray()) {
          out.add(key, mergeForms(value.getAsJsonArray(), ourChild, where));
        } else if (key.equals("properties") && value instanceof JsonObject) {
          JsonObject ourProps = ourChild instanceof JsonObject ? (JsonObject) ourChild : null;
          JsonObject props = new JsonObject();
          for (Map.Entry<String, JsonElement> prop : ((JsonObject) value).entrySet()) {
            JsonElement ourProp = ourProps == null ? null : ourProps.get(prop.getKey());
            if (ourProp == null) {
              describePart(where, prop.getKey());
            }
            props.add(prop.getKey(), mergeNode(prop.getValue(), ourProp, false,
                where + "." + prop.getKey()));
          }
          out.add(key, props);
        } else if (key.equals("items")) {
          out.add(key, mergeNode(value, ourChild, false, where + "[]"));
        } else if (key.equals("additionalProperties")) {
          out.add(key, mergeNode(value, ourChild, false, where + "{}"));
        } else {
          out.add(key, mergeNode(value, ourChild, Prose.NAME_MAPS.contains(key), where));
        }
      }
      if (!namesLevel) {
        appendOurWords(out, our);
      }
      return out;
    }
    if (element != null && element.isJsonArray()) {
      JsonArray out = new JsonArray();
      JsonArray our = ourElement != null && ourElement.isJsonArray() ? ourElement.getAsJsonArray() : null;
      for (int i = 0; i < element.getAsJsonArray().size(); i++) {
        JsonElement ourItem = our != null && i < our.size() ? our.get(i) : null;
        out.add(mergeNode(element.getAsJsonArray().get(i), ourItem, false, where));
      }
      return out;
    }
    return element == null ? null : element.deepCopy();
  }

  /** Lists a new property under its schema ({@code Schema.a} + {@code b} = {@code Schema: a.b}). */
  private void describePart(String where, String property) {
    int dot = where.indexOf('.');
    int bracket = where.indexOf('[');
    int paren = where.indexOf('(');
    int cut = where.length();
    for (int index : new int[] {dot, bracket, paren}) {
      if (index >= 0 && index < cut) {
        cut = index;
      }
    }
    if (where.matches("^[A-Z]+ /.*")) {
      int space = where.indexOf(' ', where.indexOf(' ') + 1);
      cut = space < 0 ? where.length() : space;
    }
    String owner = where.substring(0, cut);
    String rest = where.substring(cut).replaceFirst("^[. ]", "");
    describe(owner, rest.isEmpty() ? property : rest + "." + property);
  }

  private static void appendOurWords(JsonObject out, JsonObject our) {
    if (our == null) {
      return;
    }
    for (String key : our.keySet()) {
      if (Prose.OURS.contains(key) && our.get(key).isJsonPrimitive() && !out.has(key)) {
        out.add(key, our.get(key).deepCopy());
      }
    }
  }

  /** Union forms and allOf parts, matched by what they are rather than by position. */
  private JsonArray mergeForms(JsonArray forms, JsonElement ourForms, String where) {
    List<JsonElement> our = OpenApiDocument.list(ourForms);
    List<String> ourKeys = new ArrayList<>();
    for (JsonElement form : our) {
      ourKeys.add(formKey(ours, form, true));
    }
    boolean[] taken = new boolean[our.size()];
    JsonArray out = new JsonArray();
    List<JsonElement> matches = new ArrayList<>();
    List<Integer> loose = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      String key = formKey(source, forms.get(i), false);
      JsonElement match = null;
      if (key != null) {
        for (int j = 0; j < our.size(); j++) {
          if (!taken[j] && key.equals(ourKeys.get(j))) {
            taken[j] = true;
            match = our.get(j);
            break;
          }
        }
      } else {
        loose.add(i);
      }
      matches.add(match);
    }
    // Untagged inline forms line up by position among themselves.
    int next = 0;
    for (int i : loose) {
      while (next < our.size() && (taken[next] || ourKeys.get(next) != null)) {
        next++;
      }
      if (next < our.size()) {
        taken[next] = true;
        matches.set(i, our.get(next));
        next++;
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      SchemaView view = SchemaView.of(source, forms.get(i));
      out.add(mergeNode(forms.get(i), matches.get(i), false, where + "(" + view.formLabel(i) + ")"));
    }
    return out;
  }

  private String formKey(OpenApiDocument doc, JsonElement form, boolean ourSide) {
    if (Nullability.isNullSchema(form)) {
      return "null";
    }
    String key = SchemaView.of(doc, form).formKey();
    if (ourSide && key != null && key.startsWith("ref:") && renamedTo.containsKey(key.substring(4))) {
      return "ref:" + renamedTo.get(key.substring(4));
    }
    return key;
  }
}
