package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Refs;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which side of the wire each component schema is on: the sides from which some operation
 * reaches it, in either version of the document. Whether a change breaks a client depends on
 * it (see {@link ChangeRule}).
 */
final class WireSides {

  /** What the client sends, or what it reads. */
  enum Side {
    REQUEST, RESPONSE
  }

  /**
   * The sides a position is on, and whether they were assumed because no operation reaches it
   * (the report says so: {@code response (no operation)}). No side at all: unused, never breaking.
   */
  record Sides(Set<Side> set, boolean assumed) {

    static final Sides REQUEST = new Sides(EnumSet.of(Side.REQUEST), false);
    static final Sides RESPONSE = new Sides(EnumSet.of(Side.RESPONSE), false);

    Sides {
      set = Set.copyOf(set);
    }

    boolean has(Side side) {
      return set.contains(side);
    }

    /** How the report names them. */
    String label() {
      if (set.isEmpty()) {
        return "unused";
      }
      if (assumed && set.equals(Set.of(Side.RESPONSE))) {
        return "response (no operation)";
      }
      if (set.size() == 2) {
        return "request and response";
      }
      return has(Side.REQUEST) ? "request" : "response";
    }
  }

  private final Map<String, Set<Side>> usage = new HashMap<>();
  /** Schemas counted as response-side although no operation reaches them. */
  private final Set<String> assumed = new HashSet<>();

  private WireSides() {
  }

  static WireSides of(OpenApiDocument older, OpenApiDocument newer) {
    WireSides sides = new WireSides();
    sides.recordUsage(older);
    sides.recordUsage(newer);
    // Only after both: a schema some operation reaches in either version is never assumed.
    sides.assumeResponses(older);
    sides.assumeResponses(newer);
    return sides;
  }

  /** The sides of component schema {@code schemaName}. */
  Sides of(String schemaName) {
    return new Sides(usage.getOrDefault(schemaName, Set.of()), assumed.contains(schemaName));
  }

  private void recordUsage(OpenApiDocument doc) {
    for (OpenApiDocument.Operation op : doc.operations().values()) {
      Set<String> request = new LinkedHashSet<>();
      Set<String> response = new LinkedHashSet<>();
      for (JsonObject parameter : OperationDiff.parameters(doc, op).values()) {
        collectRefs(doc, parameter, request);
      }
      if (op.node.has("requestBody")) {
        collectRefs(doc, doc.deref(op.node.get("requestBody")), request);
      }
      JsonObject responses = OpenApiDocument.object(op.node, "responses");
      if (responses != null) {
        for (Map.Entry<String, JsonElement> r : responses.entrySet()) {
          collectRefs(doc, doc.deref(r.getValue()), response);
        }
      }
      request.forEach(name -> add(name, Side.REQUEST));
      response.forEach(name -> add(name, Side.RESPONSE));
    }
  }

  private void add(String schemaName, Side side) {
    usage.computeIfAbsent(schemaName, k -> EnumSet.noneOf(Side.class)).add(side);
  }

  /**
   * Schemas no operation reaches are mostly what the client reads without an operation naming
   * it (stream chunks and events): they, and what they reach, count as response-side.
   */
  private void assumeResponses(OpenApiDocument doc) {
    Set<String> reached = new HashSet<>(usage.keySet());
    for (String name : doc.schemaNames()) {
      if (reached.contains(name)) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(name);
      collectRefs(doc, doc.schema(name).orElseThrow(), names);
      for (String found : names) {
        if (!reached.contains(found)) {
          add(found, Side.RESPONSE);
          assumed.add(found);
        }
      }
    }
  }

  /** Adds to {@code names} every component schema {@code element} reaches, transitively. */
  private static void collectRefs(OpenApiDocument doc, JsonElement element, Set<String> names) {
    if (element instanceof JsonObject) {
      for (Map.Entry<String, JsonElement> member : ((JsonObject) element).entrySet()) {
        if (member.getKey().equals("$ref")) {
          String ref = OpenApiDocument.text(member.getValue());
          String name = Refs.schemaName(ref);
          if (name != null) {
            String component = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            if (names.add(component)) {
              doc.schema(component).ifPresent(body -> collectRefs(doc, body, names));
            }
          } else if (ref != null) {
            JsonElement target = doc.resolve(ref);
            if (target != null && target != element) {
              collectRefs(doc, target, names);
            }
          }
        } else {
          collectRefs(doc, member.getValue(), names);
        }
      }
    } else if (element != null && element.isJsonArray()) {
      element.getAsJsonArray().forEach(item -> collectRefs(doc, item, names));
    }
  }
}
