package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the passes of {@link SpecShaper} share: the document, its {@code components.schemas},
 * the rules, what was noticed on the way, and what the union passes found for the passes after
 * them. Each pass is made right before it runs and reads the schemas here then, so it sees them
 * as the passes before it left them ({@link Renames} replaces the schemas object).
 */
final class ShapingContext {

  private final JsonObject document;
  private final Shaping rules;
  private final List<String> notes = new ArrayList<>();
  private final List<String> serviceDefaults = new ArrayList<>();
  private final Map<String, String> unionKinds = new HashMap<>();
  private final Map<String, JsonObject> unionInfo = new LinkedHashMap<>();
  private JsonObject components;
  private Schemas schemas;

  private ShapingContext(JsonObject document, Shaping rules) {
    this.document = document;
    this.rules = rules;
    components = child(child(document, "components"), "schemas");
    schemas = new Schemas(document, components);
  }

  /**
   * The context of an OpenAPI 3 document; anything else is refused. Creates
   * {@code components.schemas} when the document has none, so every pass can rely on it.
   */
  static ShapingContext open(JsonObject document, Shaping rules) {
    JsonElement version = document.get("openapi");
    if (version == null || !version.isJsonPrimitive() || !version.getAsString().startsWith("3.")) {
      throw new IllegalArgumentException(
          "not an OpenAPI 3 document (openapi: " + (version == null ? "absent" : version) + ")");
    }
    return new ShapingContext(document, rules);
  }

  JsonObject document() {
    return document;
  }

  Shaping rules() {
    return rules;
  }

  /** {@code components.schemas}, by name. */
  JsonObject components() {
    return components;
  }

  Schemas schemas() {
    return schemas;
  }

  /** The document's {@code paths}, created empty when it has none. */
  JsonObject paths() {
    return child(document, "paths");
  }

  /** Puts {@code replacement} in place of {@code components.schemas} (a renamed copy). */
  void replaceSchemas(JsonObject replacement) {
    document.getAsJsonObject("components").add("schemas", replacement);
    components = replacement;
    schemas = new Schemas(document, replacement);
  }

  /** Something noticed while shaping: a rule that did not apply, a form left alone. */
  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return notes;
  }

  /** What got a default service method (a line each), for the update report. */
  List<String> serviceDefaults() {
    return serviceDefaults;
  }

  /** Union name to {@code sealed} or {@code holder}, from {@link ClassifyUnions}. */
  Map<String, String> unionKinds() {
    return unionKinds;
  }

  /** Union name to its {@code x-xai-union} description, from {@link DescribeUnions}. */
  Map<String, JsonObject> unionInfo() {
    return unionInfo;
  }

  /** The names of the schemas that are unions ({@code oneOf} or {@code anyOf}), in order. */
  List<String> unionNames() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      if (c.getValue().isJsonObject() && JsonTypes.forms(c.getValue().getAsJsonObject()) != null) {
        names.add(c.getKey());
      }
    }
    return names;
  }

  /** Marks what a schema becomes: {@code x-xai-is.pojo}, {@code .sealed}, ... for the templates. */
  static void markKind(JsonObject schema, String kind) {
    schema.addProperty("x-xai-kind", kind);
    JsonObject flags = new JsonObject();
    flags.addProperty(kind, true);
    schema.add("x-xai-is", flags);
  }

  private static JsonObject child(JsonObject parent, String name) {
    JsonElement e = parent.get(name);
    if (e == null || !e.isJsonObject()) {
      JsonObject created = new JsonObject();
      parent.add(name, created);
      return created;
    }
    return e.getAsJsonObject();
  }
}
