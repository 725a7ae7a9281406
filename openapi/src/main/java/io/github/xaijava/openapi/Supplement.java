package io.github.xaijava.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our supplement to xAI's document: the operations xAI documents outside its OpenAPI document
 * (batches, voice, deferred images, ...), in the same form, with their schemas, and the
 * properties they add to xAI's schemas (under {@code x-xai-extends}: schema name to a
 * {@code properties} object). The client, the simulator and the contract tools all read xAI's
 * document {@link #merge merged} with it.
 *
 * <p>xAI's structure wins: an operation xAI's document has (the same method and path, or the same
 * operation id), a schema name it has and a property its schema has are not taken from the
 * supplement. They are {@link #retired} entries, which {@code update-spec.sh} lists and
 * {@link #prune removes} from the supplement.
 */
public final class Supplement {

  /** The key that marks each operation the supplement added, with the value {@link #SOURCE}. */
  public static final String MARK = "x-xai-source";
  /** The value of {@link #MARK}. */
  public static final String SOURCE = "supplement";
  /** The supplement's key for properties it adds to xAI's schemas. */
  public static final String EXTENDS = "x-xai-extends";

  private Supplement() {
  }

  /**
   * One entry of the supplement that xAI's document now carries.
   *
   * @param kind {@code operation}, {@code schema} or {@code property}
   * @param name {@code GET /v1/images/{request_id}}, a schema name, or {@code Schema.property}
   */
  public record Entry(String kind, String name) {
    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /**
   * xAI's document with the supplement's operations, schemas and properties added where xAI's
   * has none of the same name; neither argument changes.
   *
   * @param xai xAI's document
   * @param supplement our supplement, or null (then a copy of {@code xai})
   * @return a new document; each operation taken from the supplement carries {@link #MARK}
   */
  public static JsonObject merge(JsonObject xai, JsonObject supplement) {
    JsonObject merged = xai.deepCopy();
    if (supplement == null) {
      return merged;
    }
    Set<String> xaiOperations = operationKeys(xai);
    JsonObject paths = child(merged, "paths");
    for (Operations.Operation op : Operations.of(supplement)) {
      if (carried(xaiOperations, op)) {
        continue;
      }
      JsonObject item = paths.has(op.path()) ? paths.getAsJsonObject(op.path()) : new JsonObject();
      for (Map.Entry<String, JsonElement> member : op.pathItem().entrySet()) {
        if (!Operations.isMethod(member.getKey()) && !item.has(member.getKey())) {
          item.add(member.getKey(), member.getValue().deepCopy());
        }
      }
      JsonObject node = op.node().deepCopy();
      node.addProperty(MARK, SOURCE);
      item.add(op.method(), node);
      paths.add(op.path(), item);
    }
    JsonObject schemas = child(child(merged, "components"), "schemas");
    Set<String> added = new LinkedHashSet<>();
    for (Map.Entry<String, JsonElement> schema : schemas(supplement).entrySet()) {
      if (!schemas.has(schema.getKey())) {
        schemas.add(schema.getKey(), schema.getValue().deepCopy());
        added.add(schema.getKey());
      }
    }
    dropDangling(merged, schemas, added);
    for (Map.Entry<String, JsonElement> extension : extensions(supplement).entrySet()) {
      JsonElement target = schemas.get(extension.getKey());
      if (target == null || !target.isJsonObject() || !extension.getValue().isJsonObject()) {
        continue;
      }
      JsonObject properties = child(target.getAsJsonObject(), "properties");
      JsonObject extra = extension.getValue().getAsJsonObject().getAsJsonObject("properties");
      if (extra == null) {
        continue;
      }
      for (Map.Entry<String, JsonElement> property : extra.entrySet()) {
        if (!properties.has(property.getKey())) {
          properties.add(property.getKey(), property.getValue().deepCopy());
        }
      }
    }
    return merged;
  }

  /**
   * What the supplement adds may refer to schemas of xAI's document that an older version of it
   * lacks (a batch request of a video, before xAI had videos): such a property leaves the added
   * schema, and an added operation whose body or answer refers to one is left out, so the merged
   * document refers to nothing it does not have.
   */
  private static void dropDangling(JsonObject merged, JsonObject schemas, Set<String> added) {
    for (String name : added) {
      JsonObject properties = schemas.getAsJsonObject(name).getAsJsonObject("properties");
      if (properties == null) {
        continue;
      }
      for (String property : new ArrayList<>(properties.keySet())) {
        if (dangles(properties.get(property), schemas)) {
          properties.remove(property);
          JsonElement required = schemas.getAsJsonObject(name).get("required");
          if (required != null && required.isJsonArray()) {
            required.getAsJsonArray().remove(new com.google.gson.JsonPrimitive(property));
          }
        }
      }
    }
    JsonObject paths = merged.getAsJsonObject("paths");
    for (Operations.Operation op : Operations.of(merged)) {
      if (op.node().has(MARK) && dangles(op.node(), schemas)) {
        op.pathItem().remove(op.method());
        if (op.pathItem().keySet().stream().noneMatch(Operations::isMethod)) {
          paths.remove(op.path());
        }
      }
    }
  }

  /** Whether {@code node} refers, anywhere inside, to a component schema {@code schemas} lacks. */
  private static boolean dangles(JsonElement node, JsonObject schemas) {
    if (node.isJsonArray()) {
      for (JsonElement e : node.getAsJsonArray()) {
        if (dangles(e, schemas)) {
          return true;
        }
      }
    } else if (node.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : node.getAsJsonObject().entrySet()) {
        if (member.getKey().equals("$ref") && member.getValue().isJsonPrimitive()) {
          String name = Refs.schemaName(member.getValue().getAsString());
          if (name != null && !schemas.has(name)) {
            return true;
          }
        } else if (dangles(member.getValue(), schemas)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The supplement's entries that xAI's document carries itself: operations (same method and
   * path, or same operation id) and extended properties. A supplement schema of a name xAI's
   * document also uses counts only while a supplement operation still refers to it; see
   * {@link #prune}.
   *
   * @param xai xAI's document
   * @param supplement our supplement
   * @return the entries, in the supplement's order
   */
  public static List<Entry> retired(JsonObject xai, JsonObject supplement) {
    List<Entry> out = new ArrayList<>();
    Set<String> xaiOperations = operationKeys(xai);
    for (Operations.Operation op : Operations.of(supplement)) {
      if (carried(xaiOperations, op)) {
        out.add(new Entry("operation", label(op)));
      }
    }
    JsonObject xaiSchemas = schemas(xai);
    for (Map.Entry<String, JsonElement> extension : extensions(supplement).entrySet()) {
      JsonElement target = xaiSchemas.get(extension.getKey());
      JsonObject added = extension.getValue().isJsonObject()
          ? extension.getValue().getAsJsonObject().getAsJsonObject("properties") : null;
      if (target == null || !target.isJsonObject() || added == null) {
        continue;
      }
      JsonObject properties = target.getAsJsonObject().getAsJsonObject("properties");
      for (String property : added.keySet()) {
        if (properties != null && properties.has(property)) {
          out.add(new Entry("property", extension.getKey() + "." + property));
        }
      }
    }
    return out;
  }

  /**
   * The supplement without what xAI's document now carries: the {@link #retired} operations and
   * properties, then every supplement schema that no remaining supplement operation or extension
   * refers to (directly or through other supplement schemas).
   *
   * @param xai xAI's document
   * @param supplement our supplement (not changed)
   * @return a new supplement; the entries removed are {@link #retired} plus the schemas dropped
   */
  public static Pruned prune(JsonObject xai, JsonObject supplement) {
    JsonObject out = supplement.deepCopy();
    List<Entry> removed = new ArrayList<>(retired(xai, supplement));
    Set<String> xaiOperations = operationKeys(xai);
    JsonObject paths = child(out, "paths");
    for (Operations.Operation op : Operations.of(supplement)) {
      if (carried(xaiOperations, op)) {
        JsonObject item = paths.getAsJsonObject(op.path());
        item.remove(op.method());
        if (item.keySet().stream().noneMatch(Operations::isMethod)) {
          paths.remove(op.path());
        }
      }
    }
    JsonObject extensions = extensions(out);
    for (Entry entry : removed) {
      if (entry.kind().equals("property")) {
        int dot = entry.name().indexOf('.');
        JsonObject ext = extensions.getAsJsonObject(entry.name().substring(0, dot));
        ext.getAsJsonObject("properties").remove(entry.name().substring(dot + 1));
        if (ext.getAsJsonObject("properties").size() == 0) {
          extensions.remove(entry.name().substring(0, dot));
        }
      }
    }
    JsonObject schemas = schemas(out);
    Set<String> used = reachable(out, schemas);
    for (String name : new ArrayList<>(schemas.keySet())) {
      if (!used.contains(name)) {
        schemas.remove(name);
        removed.add(new Entry("schema", name));
      }
    }
    return new Pruned(out, List.copyOf(removed));
  }

  /**
   * A supplement after {@link #prune}.
   *
   * @param supplement what is left
   * @param removed what was taken out
   */
  public record Pruned(JsonObject supplement, List<Entry> removed) {
  }

  /** Supplement schemas referred to from its operations and extensions, transitively. */
  private static Set<String> reachable(JsonObject supplement, JsonObject schemas) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<JsonElement> work = new ArrayDeque<>();
    work.add(child(supplement, "paths"));
    work.add(extensions(supplement));
    while (!work.isEmpty()) {
      JsonElement next = work.pop();
      if (next.isJsonArray()) {
        next.getAsJsonArray().forEach(work::add);
      } else if (next.isJsonObject()) {
        for (Map.Entry<String, JsonElement> member : next.getAsJsonObject().entrySet()) {
          String name = member.getKey().equals("$ref") && member.getValue().isJsonPrimitive()
              ? Refs.schemaName(member.getValue().getAsString()) : null;
          if (name != null) {
            if (schemas.has(name) && seen.add(name)) {
              work.add(schemas.get(name));
            }
          } else {
            work.add(member.getValue());
          }
        }
      }
    }
    return seen;
  }

  private static boolean carried(Set<String> xaiOperations, Operations.Operation op) {
    return xaiOperations.contains(label(op))
        || (op.operationId() != null && xaiOperations.contains("id " + op.operationId()));
  }

  /** {@code GET /path} and {@code id operationId} of each of a document's operations. */
  private static Set<String> operationKeys(JsonObject document) {
    Set<String> keys = new LinkedHashSet<>();
    for (Operations.Operation op : Operations.of(document)) {
      keys.add(label(op));
      if (op.operationId() != null) {
        keys.add("id " + op.operationId());
      }
    }
    return keys;
  }

  private static String label(Operations.Operation op) {
    return op.method().toUpperCase(java.util.Locale.ROOT) + " " + op.path();
  }

  private static JsonObject schemas(JsonObject document) {
    JsonObject components = document.getAsJsonObject("components");
    JsonObject schemas = components == null ? null : components.getAsJsonObject("schemas");
    return schemas == null ? new JsonObject() : schemas;
  }

  private static JsonObject extensions(JsonObject supplement) {
    JsonElement ext = supplement.get(EXTENDS);
    return ext != null && ext.isJsonObject() ? ext.getAsJsonObject() : new JsonObject();
  }

  private static JsonObject child(JsonObject parent, String key) {
    JsonElement existing = parent.get(key);
    if (existing != null && existing.isJsonObject()) {
      return existing.getAsJsonObject();
    }
    JsonObject created = new JsonObject();
    parent.add(key, created);
    return created;
  }
}
