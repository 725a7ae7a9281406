package io.github.xaijava.codegen;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Shapes an OpenAPI 3.x document into the input of openapi-generator and our templates.
 *
 * <p>The document keeps its structure; what changes is how it is spelled, and what is added for
 * the templates under {@code x-xai-*} keys:
 * <ul>
 *   <li>operations: grouped into Retrofit interfaces by their first path segment (xAI's own
 *       document tags everything {@code v1}), readable method names, streaming variants;</li>
 *   <li>nullable references ({@code oneOf: [{type: null}, {$ref}]}) and single-part
 *       {@code allOf}s become plain references, marked nullable;</li>
 *   <li>inline union forms and inline objects become named schemas, so no generated name
 *       contains {@code _oneOf}; forms tagged with a Rust variant name
 *       ({@code {"String": "..."}}) become the bare value the wire carries;</li>
 *   <li>every union is classified: a <em>sealed</em> union (all forms objects) with its
 *       discriminator and the values each form claims, or a <em>holder</em> (scalar or array
 *       forms) with a name by meaning for each form;</li>
 *   <li>every property gets its Java field, accessor, types and codec for the model templates,
 *       and Javadoc text;</li>
 *   <li>multipart bodies list binary parts last (xAI reads metadata only before the file).</li>
 * </ul>
 * The rules come from {@link Shaping} and are keyed by names only, so any published version of
 * xAI's document yields the same Java API where its structure is the same.
 */
public final class SpecShaper {

  static final String NULLABLE = "x-xai-nullable";

  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "builder", "toBuilder", "extraProperties", "extraProperty", "toString", "hashCode",
      "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private static final Set<String> JAVA_KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "record",
      "yield", "sealed", "permits", "_");

  private final JsonObject doc;
  private final Shaping rules;
  private JsonObject components;
  private Schemas schemas;
  private final List<String> notes = new ArrayList<>();
  private final List<String> serviceDefaults = new ArrayList<>();
  private final Map<String, String> unionKinds = new HashMap<>();
  private final Map<String, JsonObject> unionInfo = new LinkedHashMap<>();

  SpecShaper(JsonObject doc, Shaping rules) {
    this.doc = doc;
    this.rules = rules;
  }

  /**
   * {@code SpecShaper SPEC RULES OUT}: reads the OpenAPI document SPEC (JSON) and the shaping
   * rules, writes the shaped document to OUT.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SpecShaper SPEC RULES OUT");
    }
    Path spec = Path.of(args[0]);
    JsonObject doc = readDocument(spec);
    SpecShaper shaper = new SpecShaper(doc, Shaping.read(Path.of(args[1])));
    JsonObject shaped = shaper.shape();
    Path out = Path.of(args[2]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Gson gson = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    Files.writeString(out, gson.toJson(shaped), StandardCharsets.UTF_8);
    for (String note : shaper.notes) {
      System.out.println("[xai-codegen] " + note);
    }
    // Beside the shaped document: what got a default service method, for the update report.
    StringBuilder defaults = new StringBuilder();
    for (String line : shaper.serviceDefaults) {
      defaults.append("- ").append(line).append('\n');
    }
    Path report = out.resolveSibling("service-defaults.md");
    Files.writeString(report, defaults.toString(), StandardCharsets.UTF_8);
  }

  /** Reads a JSON OpenAPI 3 document; anything else is refused with a one-line reason. */
  static JsonObject readDocument(Path spec) throws IOException {
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(spec + " is not JSON: " + e.getMessage(), e);
    }
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException(spec + " is not a JSON object");
    }
    return parsed.getAsJsonObject();
  }

  /** What was noticed while shaping (rules that did not apply, forms that were left alone). */
  List<String> notes() {
    return notes;
  }

  /** Shapes the document in place and returns it. */
  JsonObject shape() {
    JsonElement version = doc.get("openapi");
    if (version == null || !version.isJsonPrimitive() || !version.getAsString().startsWith("3.")) {
      throw new IllegalArgumentException(
          "not an OpenAPI 3 document (openapi: " + (version == null ? "absent" : version) + ")");
    }
    JsonObject comps = child(doc, "components");
    components = child(comps, "schemas");
    schemas = new Schemas(components);

    shapeOperations();
    ServiceLayer services = new ServiceLayer(rules);
    services.apply(child(doc, "paths"));
    notes.addAll(services.notes());
    serviceDefaults.addAll(services.defaults());
    forEachComponent(this::normalise);
    inlineAliases();
    applyNotRequired();
    applyDiscriminators();
    hoistInlineUnions();
    for (String union : unionNames()) {
      shapeUnionForms(union);
    }
    hoistInlineObjects();
    renameComponents();
    typeJsonObjects();
    for (String union : unionNames()) {
      classify(union);
    }
    for (String union : unionNames()) {
      describeUnion(union);
    }
    annotateModels();
    orderMultipartParts();
    return doc;
  }

  // ------------------------------------------------------------------------------------------
  // Operations

  private void shapeOperations() {
    JsonObject paths = child(doc, "paths");
    for (Map.Entry<String, JsonElement> path : paths.entrySet()) {
      if (!path.getValue().isJsonObject()) {
        continue;
      }
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        if (!method.getValue().isJsonObject() || !isHttpMethod(method.getKey())) {
          continue;
        }
        JsonObject op = method.getValue().getAsJsonObject();
        String original = op.has("operationId") ? op.get("operationId").getAsString()
            : method.getKey() + "_" + path.getKey();
        String name = rules.methods.getOrDefault(original, Names.camel(original));
        op.addProperty("operationId", name);
        op.addProperty("x-xai-operation-id", original);
        JsonArray tags = new JsonArray();
        tags.add(group(path.getKey()));
        op.add("tags", tags);
        if (rules.streaming.contains(original)) {
          op.addProperty("x-xai-streaming", true);
        }
      }
    }
  }

  private static boolean isHttpMethod(String key) {
    return Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key);
  }

  private String group(String path) {
    String[] segments = path.replaceFirst("^/", "").split("/");
    String first = segments.length > 1 && segments[0].matches("v\\d+") ? segments[1] : segments[0];
    return rules.groups.getOrDefault(first, Names.pascal(first));
  }

  // ------------------------------------------------------------------------------------------
  // Normalising: nullable references, single allOf, allOf over a union

  private JsonObject normalise(JsonObject schema) {
    rewriteChildren(schema, this::normalise);
    JsonArray forms = Schemas.forms(schema);
    if (forms != null) {
      List<JsonElement> nonNull = new ArrayList<>();
      boolean hasNull = false;
      for (JsonElement f : forms) {
        if (Schemas.isNullSchema(f)) {
          hasNull = true;
        } else {
          nonNull.add(f);
        }
      }
      if (nonNull.size() == 1 && nonNull.get(0).isJsonObject()) {
        // A nullable reference, or a union of one form: the form itself.
        JsonObject merged = mergeInto(nonNull.get(0).getAsJsonObject(), schema, "oneOf", "anyOf");
        if (hasNull) {
          merged.addProperty(NULLABLE, true);
        }
        return merged;
      }
    }
    JsonElement allOf = schema.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      JsonArray parts = allOf.getAsJsonArray();
      if (parts.size() == 1 && parts.get(0).isJsonObject() && !schema.has("properties")) {
        return mergeInto(parts.get(0).getAsJsonObject(), schema, "allOf");
      }
      for (JsonElement part : parts) {
        String ref = Schemas.refName(part);
        if (ref != null && components.has(ref)
            && Schemas.forms(components.getAsJsonObject(ref)) != null) {
          notes.add("allOf over the union " + ref + " is read as " + ref
              + " (its forms keep the other properties as extras)");
          return mergeInto(part.getAsJsonObject(), schema, "allOf", "properties", "required",
              "type");
        }
      }
    }
    return schema;
  }

  /** {@code inner} plus the annotations of {@code outer} (description, x-*), minus {@code drop}. */
  private static JsonObject mergeInto(JsonObject inner, JsonObject outer, String... drop) {
    JsonObject merged = inner.deepCopy();
    Set<String> dropped = Set.of(drop);
    for (Map.Entry<String, JsonElement> e : outer.entrySet()) {
      if (!dropped.contains(e.getKey()) && !merged.has(e.getKey())) {
        merged.add(e.getKey(), e.getValue().deepCopy());
      }
    }
    return merged;
  }

  /** Replaces every nested schema of {@code schema} by {@code f(child)}, depth first. */
  private static void rewriteChildren(JsonObject schema, UnaryOperator<JsonObject> f) {
    JsonElement props = schema.get("properties");
    if (props != null && props.isJsonObject()) {
      for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
        if (p.getValue().isJsonObject()) {
          p.setValue(f.apply(p.getValue().getAsJsonObject()));
        }
      }
    }
    for (String key : List.of("items", "additionalProperties", "not")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonObject()) {
        schema.add(key, f.apply(e.getAsJsonObject()));
      }
    }
    for (String key : List.of("allOf", "oneOf", "anyOf", "prefixItems")) {
      JsonElement e = schema.get(key);
      if (e != null && e.isJsonArray()) {
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i).isJsonObject()) {
            array.set(i, f.apply(array.get(i).getAsJsonObject()));
          }
        }
      }
    }
  }

  private void forEachComponent(UnaryOperator<JsonObject> f) {
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      if (c.getValue().isJsonObject()) {
        c.setValue(f.apply(c.getValue().getAsJsonObject()));
      }
    }
  }

  /**
   * A schema that is only a reference to another ({@code InputItemEntry} becomes
   * {@code ModelInputPart} once its {@code allOf} is read) is replaced by that reference, so no
   * empty class is generated for it.
   */
  private void inlineAliases() {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      String target = Schemas.refName(c.getValue());
      if (target != null && !target.equals(c.getKey()) && components.has(target)) {
        aliases.put(c.getKey(), target);
      }
    }
    if (aliases.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      String target = alias.getValue();
      for (int hops = 0; aliases.containsKey(target) && hops < 16; hops++) {
        target = aliases.get(target);
      }
      alias.setValue(target);
    }
    aliases.keySet().forEach(components::remove);
    rewriteRefs(doc, aliases);
  }

  /**
   * Properties the document calls required that real answers omit (the wire notes list them):
   * read as optional, so their accessors return {@code Optional} instead of throwing.
   */
  private void applyNotRequired() {
    for (String key : rules.notRequired) {
      int dot = key.indexOf('.');
      String owner = key.substring(0, dot);
      String property = key.substring(dot + 1);
      JsonObject schema = components.has(owner) ? components.getAsJsonObject(owner) : null;
      boolean found = false;
      if (schema != null) {
        for (JsonObject part : objectParts(schema)) {
          JsonElement required = part.get("required");
          if (required != null && required.isJsonArray()
              && required.getAsJsonArray().remove(new JsonPrimitive(property))) {
            found = true;
          }
        }
      }
      if (!found) {
        notes.add("notRequired rule " + key + ": not a required property");
      }
    }
  }

  /**
   * Discriminator values the document leaves out (xAI types many {@code type} properties as a
   * plain string): one value makes the property a constant, several are recorded as the values
   * the form claims.
   */
  private void applyDiscriminators() {
    for (Map.Entry<String, List<String>> rule : rules.discriminators.entrySet()) {
      String key = rule.getKey();
      int dot = key.indexOf('.');
      String owner = key.substring(0, dot);
      String property = key.substring(dot + 1);
      JsonObject found = declaredProperty(owner, property);
      if (found == null) {
        notes.add("discriminator rule " + key + ": no such property");
        continue;
      }
      if (Schemas.constant(found) != null || found.has("enum")) {
        continue; // the document says it itself
      }
      JsonArray values = new JsonArray();
      rule.getValue().forEach(values::add);
      if (rule.getValue().size() == 1) {
        found.add("enum", values);
      } else {
        found.add(Schemas.VALUES, values);
      }
    }
  }

  private JsonObject declaredProperty(String owner, String property) {
    JsonObject schema = components.has(owner) ? components.getAsJsonObject(owner) : null;
    if (schema == null) {
      return null;
    }
    for (JsonObject part : objectParts(schema)) {
      JsonElement props = part.get("properties");
      if (props != null && props.isJsonObject() && props.getAsJsonObject().has(property)
          && props.getAsJsonObject().get(property).isJsonObject()) {
        return props.getAsJsonObject().getAsJsonObject(property);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Unions

  private List<String> unionNames() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      if (c.getValue().isJsonObject() && Schemas.forms(c.getValue().getAsJsonObject()) != null) {
        names.add(c.getKey());
      }
    }
    return names;
  }

  /** A union written inline as a property's schema becomes a named schema of its own. */
  private void hoistInlineUnions() {
    for (String owner : new ArrayList<>(components.keySet())) {
      JsonObject schema = components.getAsJsonObject(owner);
      for (JsonObject part : objectParts(schema)) {
        JsonElement props = part.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (p.getValue().isJsonObject() && Schemas.forms(p.getValue().getAsJsonObject()) != null) {
            JsonObject property = p.getValue().getAsJsonObject();
            String name = uniqueName(inlineName(owner, p.getKey(), false), property);
            JsonObject union = new JsonObject();
            union.add("oneOf", Schemas.forms(property).deepCopy());
            components.add(name, union);
            p.setValue(referenceKeeping(name, property, "oneOf", "anyOf"));
          }
        }
      }
    }
  }

  private void shapeUnionForms(String union) {
    JsonObject schema = components.getAsJsonObject(union);
    JsonArray forms = Schemas.forms(schema);
    JsonArray shaped = new JsonArray();
    int index = 0;
    for (JsonElement element : forms) {
      if (!element.isJsonObject() || Schemas.isNullSchema(element)) {
        index++;
        continue;
      }
      JsonObject form = unwrapTagged(element.getAsJsonObject());
      if (Schemas.refName(form) == null && Schemas.forms(form) == null
          && schemas.isObjectWithProperties(form)) {
        String name = formName(union, index, form);
        name = uniqueName(name, form);
        if (!components.has(name)) {
          components.add(name, form);
        }
        form = Schemas.ref(name);
      }
      shaped.add(form);
      index++;
    }
    schema.remove("anyOf");
    schema.add("oneOf", shaped);
  }

  /**
   * A form documented as an object with one property named like a Rust enum variant
   * ({@code {"StringArray": [...]}}) is carried on the wire as the bare value.
   */
  private static JsonObject unwrapTagged(JsonObject form) {
    JsonElement props = form.get("properties");
    if (props == null || !props.isJsonObject() || props.getAsJsonObject().size() != 1) {
      return form;
    }
    Map.Entry<String, JsonElement> only = props.getAsJsonObject().entrySet().iterator().next();
    String name = only.getKey();
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !only.getValue().isJsonObject()) {
      return form;
    }
    return only.getValue().getAsJsonObject().deepCopy();
  }

  private String formName(String union, int index, JsonObject form) {
    Shaping.UnionRule rule = rules.union(union).orElse(null);
    String value = discriminatorValue(form);
    if (rule != null) {
      if (value != null && rule.names().containsKey(value)) {
        return rule.names().get(value);
      }
      if (rule.names().containsKey("#" + index)) {
        return rule.names().get("#" + index);
      }
    }
    String prefix = rule == null ? "" : rule.prefix();
    String suffix = rule == null || rule.suffix() == null ? union : rule.suffix();
    if (value != null) {
      return prefix + Names.pascal(value) + suffix;
    }
    Set<String> required = schemas.required(form);
    if (required.size() == 1) {
      return prefix + Names.pascal(required.iterator().next()) + suffix;
    }
    return union + (index + 1);
  }

  /** The value of the first one-value enum property of a form (prefers type, role). */
  private String discriminatorValue(JsonObject form) {
    Map<String, JsonObject> props = schemas.properties(form);
    for (String preferred : List.of("type", "role", "object", "kind")) {
      JsonObject p = props.get(preferred);
      if (p != null && Schemas.constant(p) != null) {
        return Schemas.constant(p);
      }
    }
    for (JsonObject p : props.values()) {
      if (Schemas.constant(p) != null) {
        return Schemas.constant(p);
      }
    }
    return null;
  }

  /**
   * {@code wanted}, or a variant of it, that names either no schema yet or one whose JSON equals
   * {@code schema} (identical inline forms of two unions share one class).
   */
  private String uniqueName(String wanted, JsonObject schema) {
    String name = wanted;
    for (int n = 2; components.has(name); n++) {
      if (components.get(name).equals(schema)) {
        return name;
      }
      name = wanted + n;
    }
    return name;
  }

  // ------------------------------------------------------------------------------------------
  // Inline objects and enums inside properties

  private void hoistInlineObjects() {
    List<String> work = new ArrayList<>(components.keySet());
    for (int i = 0; i < work.size(); i++) {
      String owner = work.get(i);
      JsonObject schema = components.getAsJsonObject(owner);
      if (schema == null) {
        continue;
      }
      for (JsonObject part : objectParts(schema)) {
        JsonElement props = part.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (!p.getValue().isJsonObject()) {
            continue;
          }
          JsonObject property = p.getValue().getAsJsonObject();
          JsonObject hoisted = hoistValue(owner, p.getKey(), property, false, work);
          if (hoisted != null) {
            p.setValue(hoisted);
          }
          for (String slot : List.of("items", "additionalProperties")) {
            JsonElement inner = property.get(slot);
            if (inner != null && inner.isJsonObject()) {
              JsonObject h = hoistValue(owner, p.getKey(), inner.getAsJsonObject(),
                  slot.equals("items"), work);
              if (h != null) {
                property.add(slot, h);
              }
            }
          }
        }
      }
    }
  }

  /** The reference that replaces an inline object or enum, or null to leave it. */
  private JsonObject hoistValue(String owner, String property, JsonObject value, boolean item,
      List<String> work) {
    if (Schemas.refName(value) != null || Schemas.forms(value) != null) {
      return null;
    }
    boolean object = value.has("properties") && value.getAsJsonObject("properties").size() > 0;
    JsonElement values = value.get("enum");
    boolean enumeration = values != null && values.isJsonArray() && values.getAsJsonArray().size() > 1;
    if (!object && !enumeration) {
      return null;
    }
    JsonObject body = value.deepCopy();
    for (String annotation : List.of("description", "title", "default", NULLABLE)) {
      body.remove(annotation);
    }
    if (enumeration) {
      body.addProperty("type", "string");
    }
    String name = uniqueName(inlineName(owner, property, item), body);
    if (!components.has(name)) {
      components.add(name, body);
      work.add(name);
    }
    JsonObject ref = referenceKeeping(name, value, "properties", "required", "type", "enum",
        "additionalProperties", "items", "allOf");
    if (Schemas.isNullable(value)) {
      ref.addProperty(NULLABLE, true);
    }
    return ref;
  }

  private String inlineName(String owner, String property, boolean item) {
    String key = owner + "." + property + (item ? "[]" : "");
    String configured = rules.inlineNames.get(key);
    if (configured != null) {
      return configured;
    }
    String base = Names.pascal(property);
    return owner + (item ? Names.pascal(Names.singular(Names.camel(property))) : base);
  }

  /** A {@code $ref} to {@code name} keeping the annotations of {@code original}. */
  private static JsonObject referenceKeeping(String name, JsonObject original, String... drop) {
    JsonObject ref = Schemas.ref(name);
    Set<String> dropped = new LinkedHashSet<>(List.of(drop));
    for (Map.Entry<String, JsonElement> e : original.entrySet()) {
      if (!dropped.contains(e.getKey()) && !ref.has(e.getKey())
          && (e.getKey().equals("description") || e.getKey().startsWith("x-"))) {
        ref.add(e.getKey(), e.getValue().deepCopy());
      }
    }
    return ref;
  }

  /** The schema and its inline {@code allOf} parts: where properties can be declared. */
  private static List<JsonObject> objectParts(JsonObject schema) {
    List<JsonObject> parts = new ArrayList<>();
    parts.add(schema);
    JsonElement allOf = schema.get("allOf");
    if (allOf != null && allOf.isJsonArray()) {
      for (JsonElement part : allOf.getAsJsonArray()) {
        if (part.isJsonObject() && Schemas.refName(part) == null) {
          parts.add(part.getAsJsonObject());
        }
      }
    }
    return parts;
  }

  // ------------------------------------------------------------------------------------------
  // Names of schemas

  private void renameComponents() {
    Map<String, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new LinkedHashSet<>();
    for (String name : components.keySet()) {
      String target = rules.renames.getOrDefault(name, Names.javaModelName(name));
      String unique = target;
      for (int n = 2; taken.contains(unique); n++) {
        unique = target + n;
      }
      taken.add(unique);
      renamed.put(name, unique);
    }
    for (String from : rules.renames.keySet()) {
      if (!components.has(from)) {
        notes.add("rename rule for " + from + ": no such schema");
      }
    }
    if (renamed.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return;
    }
    JsonObject copy = new JsonObject();
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      copy.add(renamed.get(c.getKey()), c.getValue());
    }
    JsonObject comps = doc.getAsJsonObject("components");
    comps.add("schemas", copy);
    components = copy;
    schemas = new Schemas(components);
    rewriteRefs(doc, renamed);
  }

  private static void rewriteRefs(JsonElement node, Map<String, String> renamed) {
    if (node.isJsonObject()) {
      JsonObject object = node.getAsJsonObject();
      String name = Schemas.refName(object);
      if (name != null && renamed.containsKey(name)) {
        object.addProperty("$ref", Schemas.REF_PREFIX + renamed.get(name));
      }
      for (Map.Entry<String, JsonElement> e : object.entrySet()) {
        rewriteRefs(e.getValue(), renamed);
      }
    } else if (node.isJsonArray()) {
      for (JsonElement e : node.getAsJsonArray()) {
        rewriteRefs(e, renamed);
      }
    }
  }

  /** JSON-schema-valued properties ({@code {}} in the document) are typed as JSON objects. */
  private void typeJsonObjects() {
    for (String key : rules.jsonObjects) {
      int dot = key.indexOf('.');
      JsonObject found = declaredProperty(key.substring(0, dot), key.substring(dot + 1));
      if (found == null) {
        notes.add("jsonObjects rule " + key + ": no such property");
      } else if (!found.has("type") && !found.has("$ref") && Schemas.forms(found) == null) {
        found.addProperty("type", "object");
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Classifying unions

  /** {@code sealed} when every form is an object (or a sealed union), else {@code holder}. */
  private String classify(String union) {
    String known = unionKinds.get(union);
    if (known != null) {
      return known;
    }
    unionKinds.put(union, "holder"); // guards a union that contains itself
    boolean sealed = true;
    JsonArray forms = Schemas.forms(components.getAsJsonObject(union));
    if (forms.isEmpty()) {
      sealed = false;
    }
    for (JsonElement form : forms) {
      if (!isObjectForm(form.getAsJsonObject())) {
        sealed = false;
      }
    }
    String kind = sealed ? "sealed" : "holder";
    unionKinds.put(union, kind);
    return kind;
  }

  private boolean isObjectForm(JsonObject form) {
    String ref = Schemas.refName(form);
    if (ref == null || !components.has(ref)) {
      return false;
    }
    JsonObject target = components.getAsJsonObject(ref);
    if (Schemas.forms(target) != null) {
      return classify(ref).equals("sealed");
    }
    return schemas.isObjectWithProperties(target);
  }

  private void describeUnion(String union) {
    JsonObject schema = components.getAsJsonObject(union);
    JsonObject info = classify(union).equals("sealed") ? sealedInfo(union) : holderInfo(union);
    schema.add("x-xai-union", info);
    kind(schema, classify(union));
    unionInfo.put(union, info);
  }

  private JsonObject sealedInfo(String union) {
    JsonArray forms = Schemas.forms(components.getAsJsonObject(union));
    String dispatch = dispatchProperty(union);
    JsonObject info = new JsonObject();
    if (dispatch != null) {
      info.addProperty("dispatch", dispatch);
    }
    JsonArray described = new JsonArray();
    boolean everyFormClaims = dispatch != null;
    for (JsonElement element : forms) {
      String name = Schemas.refName(element);
      JsonObject target = components.getAsJsonObject(name);
      JsonObject form = new JsonObject();
      form.addProperty("class", name);
      Set<String> values = new LinkedHashSet<>();
      boolean nested = Schemas.forms(target) != null;
      if (nested) {
        values.addAll(claimedValues(name, dispatch));
        addTo(target, "x-xai-extends", union);
        String nestedDispatch = dispatchProperty(name);
        if (!java.util.Objects.equals(nestedDispatch, dispatch) || !allFormsClaim(name)) {
          everyFormClaims = false;
        }
      } else {
        Map<String, JsonObject> props = schemas.properties(target);
        List<String> claims = dispatch == null || !props.containsKey(dispatch) ? List.of()
            : Schemas.claims(props.get(dispatch));
        values.addAll(claims);
        if (claims.isEmpty() || Schemas.constant(props.get(dispatch)) == null
            && (!schemas.required(target).contains(dispatch)
                || Schemas.isNullable(props.get(dispatch)))) {
          everyFormClaims = false;
        }
        addTo(target, "x-xai-implements", union);
        JsonArray required = new JsonArray();
        for (String r : schemas.required(target)) {
          if (!r.equals(dispatch) && props.containsKey(r)) {
            required.add(r);
          }
        }
        JsonArray knownNames = new JsonArray();
        props.keySet().forEach(knownNames::add);
        form.add("required", required);
        form.add("known", knownNames);
      }
      form.addProperty("nested", nested);
      form.addProperty("wildcard", values.isEmpty());
      JsonArray claimed = new JsonArray();
      values.forEach(claimed::add);
      form.add("values", claimed);
      described.add(form);
    }
    info.add("forms", described);
    if (everyFormClaims) {
      info.addProperty("accessor", accessorName(dispatch));
      info.addProperty("dispatchJson", dispatch);
    }
    return info;
  }

  private static String accessorName(String json) {
    String camel = Names.camel(json);
    return RESERVED_MEMBERS.contains(camel) ? camel + "Value" : camel;
  }

  private boolean allFormsClaim(String union) {
    JsonObject schema = components.getAsJsonObject(union);
    JsonElement info = schema.get("x-xai-union");
    if (info != null) {
      return info.getAsJsonObject().has("accessor");
    }
    String dispatch = dispatchProperty(union);
    if (dispatch == null) {
      return false;
    }
    for (JsonElement element : Schemas.forms(schema)) {
      String name = Schemas.refName(element);
      JsonObject target = components.getAsJsonObject(name);
      if (Schemas.forms(target) != null) {
        if (!dispatch.equals(dispatchProperty(name)) || !allFormsClaim(name)) {
          return false;
        }
      } else {
        JsonObject p = schemas.properties(target).get(dispatch);
        if (p == null || Schemas.claims(p).isEmpty() || Schemas.constant(p) == null
            && (!schemas.required(target).contains(dispatch) || Schemas.isNullable(p))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every value of {@code dispatch} that a form of {@code union} (or of its nested unions) claims. */
  private Set<String> claimedValues(String union, String dispatch) {
    Set<String> values = new LinkedHashSet<>();
    if (dispatch == null) {
      return values;
    }
    for (JsonElement element : Schemas.forms(components.getAsJsonObject(union))) {
      String name = Schemas.refName(element);
      JsonObject target = components.getAsJsonObject(name);
      if (Schemas.forms(target) != null) {
        values.addAll(claimedValues(name, dispatch));
      } else {
        JsonObject p = schemas.properties(target).get(dispatch);
        if (p != null) {
          values.addAll(Schemas.claims(p));
        }
      }
    }
    return values;
  }

  /** The one-value-enum property most forms of a union use ({@code type}, {@code role}, ...). */
  private String dispatchProperty(String union) {
    Map<String, Integer> counts = new TreeMap<>();
    countConstants(union, counts, 0);
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int count = e.getValue();
      boolean better = count > bestCount
          || count == bestCount && best != null && rank(e.getKey()) < rank(best);
      if (better) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }

  private static int rank(String name) {
    int i = List.of("type", "role", "object", "kind").indexOf(name);
    return i < 0 ? 99 : i;
  }

  private void countConstants(String union, Map<String, Integer> counts, int depth) {
    if (depth > 8) {
      return;
    }
    for (JsonElement element : Schemas.forms(components.getAsJsonObject(union))) {
      String name = Schemas.refName(element);
      if (name == null || !components.has(name)) {
        continue;
      }
      JsonObject target = components.getAsJsonObject(name);
      if (Schemas.forms(target) != null) {
        countConstants(name, counts, depth + 1);
        continue;
      }
      for (Map.Entry<String, JsonObject> p : schemas.properties(target).entrySet()) {
        if (!Schemas.claims(p.getValue()).isEmpty()) {
          counts.merge(p.getKey(), 1, Integer::sum);
        }
      }
    }
  }

  private JsonObject holderInfo(String union) {
    JsonArray forms = Schemas.forms(components.getAsJsonObject(union));
    Shaping.UnionRule rule = rules.union(union).orElse(null);
    JsonArray described = new JsonArray();
    Set<String> usedNames = new LinkedHashSet<>();
    Map<String, Integer> erasures = new HashMap<>();
    int index = 0;
    for (JsonElement element : forms) {
      JsonObject form = element.getAsJsonObject();
      JsonType type = javaType(form);
      String key = formKey(form, type);
      String name = null;
      if (rule != null) {
        name = rule.forms().get(key);
        if (name == null) {
          name = rule.forms().get(key.contains(":") ? key.substring(0, key.indexOf(':')) : key);
        }
      }
      if (name == null) {
        name = defaultFormName(key, type);
      }
      String unique = name;
      for (int n = 2; usedNames.contains(unique); n++) {
        unique = name + n;
      }
      usedNames.add(unique);
      JsonObject d = new JsonObject();
      d.addProperty("index", index + 1);
      d.addProperty("name", unique);
      d.addProperty("pascal", Names.pascal(unique));
      d.addProperty("type", type.java);
      d.addProperty("typeExpr", type.typeExpr);
      d.addProperty("token", token(form));
      d.addProperty("tokenExpr", tokenExpr(token(form)));
      d.addProperty("list", type.element != null);
      if (type.element != null) {
        d.addProperty("elementType", type.element.java);
        d.addProperty("elementTypeExpr", type.element.typeExpr);
        JsonObject items = form.has("items") && form.get("items").isJsonObject()
            ? form.getAsJsonObject("items") : new JsonObject();
        d.addProperty("elementToken", token(items));
        d.addProperty("elementTokenExpr", tokenExpr(token(items)));
      }
      erasures.merge(type.erasure(), 1, Integer::sum);
      described.add(d);
      index++;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (JsonElement e : described) {
      JsonObject d = e.getAsJsonObject();
      String erasure = erasureOf(d.get("type").getAsString());
      // A builder can take each form directly only where overloads do not clash by erasure.
      d.addProperty("shortcut", seen.add(erasure));
    }
    JsonObject info = new JsonObject();
    info.add("forms", described);
    info.addProperty("last", described.size());
    return info;
  }

  private static String erasureOf(String javaType) {
    int lt = javaType.indexOf('<');
    return lt < 0 ? javaType : javaType.substring(0, lt);
  }

  private String formKey(JsonObject form, JsonType type) {
    String ref = Schemas.refName(form);
    if (ref != null) {
      JsonObject target = components.getAsJsonObject(ref);
      if (target != null && (Schemas.forms(target) != null || schemas.isObjectWithProperties(target))) {
        return "object:" + ref;
      }
    }
    String json = Schemas.jsonType(schemas.resolve(form));
    if ("array".equals(json)) {
      JsonObject items = form.has("items") && form.get("items").isJsonObject()
          ? schemas.resolve(form.getAsJsonObject("items")) : new JsonObject();
      String itemType = Schemas.jsonType(items);
      return "array:" + (itemType == null ? "any" : itemType);
    }
    return json == null ? "any" : json;
  }

  private static String defaultFormName(String key, JsonType type) {
    if (key.startsWith("object:")) {
      return Names.camel(key.substring("object:".length()));
    }
    if (key.startsWith("array")) {
      return "list";
    }
    return switch (key) {
      case "string" -> "text";
      case "boolean" -> "flag";
      case "integer", "number" -> "number";
      default -> "value";
    };
  }

  private static String tokenExpr(String token) {
    return token.equals("ANY") ? "null" : "com.google.gson.stream.JsonToken." + token;
  }

  private String token(JsonObject schema) {
    JsonObject s = schemas.resolve(schema);
    if (Schemas.forms(s) != null) {
      return "BEGIN_OBJECT";
    }
    String json = Schemas.jsonType(s);
    if (json == null) {
      return schemas.isObjectWithProperties(s) ? "BEGIN_OBJECT" : "ANY";
    }
    return switch (json) {
      case "string" -> "STRING";
      case "integer", "number" -> "NUMBER";
      case "boolean" -> "BOOLEAN";
      case "array" -> "BEGIN_ARRAY";
      case "object" -> "BEGIN_OBJECT";
      default -> "ANY";
    };
  }

  // ------------------------------------------------------------------------------------------
  // Java types

  /** A Java type for a schema: its source form, a {@code java.lang.reflect.Type} expression. */
  static final class JsonType {
    final String java;
    final String typeExpr;
    final JsonType element;
    final String codec;

    JsonType(String java, String typeExpr, JsonType element, String codec) {
      this.java = java;
      this.typeExpr = typeExpr;
      this.element = element;
      this.codec = codec;
    }

    String erasure() {
      return erasureOf(java);
    }
  }

  private static final JsonType STRING = new JsonType("String", "String.class", null, "string");
  private static final JsonType JSON_ELEMENT = new JsonType("com.google.gson.JsonElement",
      "com.google.gson.JsonElement.class", null, "json");
  private static final JsonType JSON_OBJECT = new JsonType("com.google.gson.JsonObject",
      "com.google.gson.JsonObject.class", null, "jsonObject");

  JsonType javaType(JsonObject schema) {
    String ref = Schemas.refName(schema);
    if (ref != null && components.has(ref)) {
      JsonObject target = components.getAsJsonObject(ref);
      if (Schemas.forms(target) != null || schemas.isObjectWithProperties(target)
          || isEnum(target)) {
        return new JsonType(ref, ref + ".class", null, "adapter");
      }
      return javaType(target);
    }
    String json = Schemas.jsonType(schema);
    if (json == null) {
      return schemas.isObjectWithProperties(schema) ? JSON_OBJECT : JSON_ELEMENT;
    }
    switch (json) {
      case "string":
        return STRING;
      case "integer":
        String format = schema.has("format") ? schema.get("format").getAsString() : "";
        return format.equals("int64")
            ? new JsonType("Long", "Long.class", null, "long")
            : new JsonType("Integer", "Integer.class", null, "integer");
      case "number":
        return new JsonType("Double", "Double.class", null, "double");
      case "boolean":
        return new JsonType("Boolean", "Boolean.class", null, "boolean");
      case "array": {
        JsonObject items = schema.has("items") && schema.get("items").isJsonObject()
            ? schema.getAsJsonObject("items") : new JsonObject();
        JsonType element = javaType(items);
        return new JsonType("java.util.List<" + element.java + ">",
            "com.google.gson.reflect.TypeToken.getParameterized(java.util.List.class, "
                + element.typeExpr + ").getType()", element, "list");
      }
      case "object": {
        JsonElement additional = schema.get("additionalProperties");
        if (additional != null && additional.isJsonObject() && additional.getAsJsonObject().size() > 0) {
          JsonType value = javaType(additional.getAsJsonObject());
          return new JsonType("java.util.Map<String, " + value.java + ">",
              "com.google.gson.reflect.TypeToken.getParameterized(java.util.Map.class, String.class, "
                  + value.typeExpr + ").getType()", value, "map");
        }
        return JSON_OBJECT;
      }
      default:
        return JSON_ELEMENT;
    }
  }

  private static boolean isEnum(JsonObject schema) {
    JsonElement values = schema.get("enum");
    return values != null && values.isJsonArray() && values.getAsJsonArray().size() > 1;
  }

  // ------------------------------------------------------------------------------------------
  // Models: kinds, properties, Javadoc, helpers

  private void annotateModels() {
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      JsonObject schema = c.getValue().getAsJsonObject();
      String name = c.getKey();
      schema.addProperty("x-xai-javadoc", javadoc(schema.get("description"),
          "An object of xAI's API (schema {@code " + name + "})."));
      if (Schemas.forms(schema) != null) {
        continue;
      }
      if (isEnum(schema)) {
        kind(schema, "enum");
        continue;
      }
      if (!schemas.isObjectWithProperties(schema) && !"object".equals(Schemas.jsonType(schema))) {
        kind(schema, "alias");
        continue;
      }
      kind(schema, "pojo");
      Set<String> required = schemas.required(schema);
      for (JsonObject part : objectParts(schema)) {
        JsonElement props = part.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (p.getValue().isJsonObject()) {
            annotateProperty(p.getKey(), p.getValue().getAsJsonObject(), required.contains(p.getKey()));
          }
        }
      }
      JsonArray constants = new JsonArray();
      for (Map.Entry<String, JsonObject> p : schemas.properties(schema).entrySet()) {
        String constant = Schemas.constant(p.getValue());
        if (constant != null) {
          JsonObject k = new JsonObject();
          k.addProperty("json", p.getKey());
          k.addProperty("value", constant);
          constants.add(k);
        }
      }
      schema.add("x-xai-constants", constants);
      helpers(name, schema);
    }
  }

  private void annotateProperty(String json, JsonObject property, boolean required) {
    if (property.has("x-xai-access")) {
      return; // shared through allOf: annotated once
    }
    String camel = Names.camel(json);
    String accessor = accessorName(json);
    String field = JAVA_KEYWORDS.contains(camel) ? camel + "_" : camel;
    property.addProperty("x-xai-accessor", accessor);
    property.addProperty("x-xai-field", field);
    property.addProperty("x-xai-pascal", Names.pascal(accessor));
    String constant = Schemas.constant(property);
    boolean nullable = Schemas.isNullable(property);
    JsonObject access = new JsonObject();
    JsonObject codec = new JsonObject();
    if (constant != null) {
      property.addProperty("x-xai-type", "String");
      property.addProperty("x-xai-constant", constant);
      access.addProperty("constant", true);
      codec.addProperty("string", true);
    } else {
      JsonType type = javaType(property);
      property.addProperty("x-xai-type", type.java);
      codec.addProperty(type.codec, true);
      if (type.element != null) {
        JsonObject item = new JsonObject();
        item.addProperty(type.element.element != null ? "adapter" : type.element.codec, true);
        property.add("x-xai-item-codec", item);
        property.addProperty("x-xai-item-type", type.element.java);
        property.addProperty("x-xai-item-type-expr", type.element.typeExpr);
        property.addProperty("x-xai-add", type.codec.equals("map")
            ? "put" + Names.pascal(accessor) : "add" + Names.pascal(Names.singular(accessor)));
      }
      if (type.codec.equals("adapter")) {
        property.addProperty("x-xai-type-expr", type.typeExpr);
      }
      boolean plain = required && !nullable;
      String kind;
      String returned;
      String param = type.java;
      switch (type.codec) {
        case "list" -> {
          kind = "list";
          returned = type.java;
        }
        case "map" -> {
          kind = "map";
          returned = type.java;
        }
        case "json", "jsonObject" -> {
          kind = plain ? "plainJson" : "optionalJson";
          returned = plain ? type.java : "java.util.Optional<" + type.java + ">";
        }
        case "integer" -> {
          kind = plain ? "plain" : "optionalInt";
          returned = plain ? "int" : "java.util.OptionalInt";
          param = "int";
        }
        case "long" -> {
          kind = plain ? "plain" : "optionalLong";
          returned = plain ? "long" : "java.util.OptionalLong";
          param = "long";
        }
        case "double" -> {
          kind = plain ? "plain" : "optionalDouble";
          returned = plain ? "double" : "java.util.OptionalDouble";
          param = "double";
        }
        case "boolean" -> {
          kind = plain ? "plain" : "optional";
          returned = plain ? "boolean" : "java.util.Optional<Boolean>";
          param = "boolean";
        }
        default -> {
          kind = plain ? "plain" : "optional";
          returned = plain ? type.java : "java.util.Optional<" + type.java + ">";
        }
      }
      access.addProperty(kind, true);
      property.addProperty("x-xai-return", returned);
      property.addProperty("x-xai-param", param);
      property.addProperty("x-xai-required", plain);
      shortcuts(property);
    }
    property.add("x-xai-access", access);
    property.add("x-xai-codec", codec);
    expressions(json, property, codec.keySet().iterator().next(), access.keySet().iterator().next());
    String described = javadoc(property.get("description"), null);
    String doc = constraints(json, property, required);
    property.addProperty("x-xai-doc", described.isEmpty() ? doc : described + " " + doc);
  }

  private static final String SUPPORT = "io.github.xaijava.generated.support.";

  /**
   * The Java the model templates paste for one property: how the adapter reads and writes it,
   * how the accessor hands it out, how the builder copies it in and the model freezes it.
   */
  private static void expressions(String json, JsonObject property, String codec, String access) {
    String adapterField = "a" + property.get("x-xai-pascal").getAsString();
    String read;
    String[] write;
    switch (codec) {
      case "string" -> read = SUPPORT + "ModelJson.readString(in)";
      case "integer" -> read = SUPPORT + "ModelJson.readInteger(in)";
      case "long" -> read = SUPPORT + "ModelJson.readLong(in)";
      case "double" -> read = SUPPORT + "ModelJson.readDouble(in)";
      case "boolean" -> read = SUPPORT + "ModelJson.readBoolean(in)";
      case "json" -> read = SUPPORT + "ModelJson.readJson(in)";
      case "jsonObject" -> read = SUPPORT + "ModelJson.readJsonObject(in)";
      case "list" -> read = SUPPORT + "ModelJson.readList(in, " + adapterField + ")";
      case "map" -> read = SUPPORT + "ModelJson.readMap(in, " + adapterField + ")";
      default -> read = adapterField + ".read(in)";
    }
    switch (codec) {
      case "string", "integer", "long", "double", "boolean" -> write = new String[] {"out.value(", ")"};
      case "json", "jsonObject" -> write = new String[] {SUPPORT + "ModelJson.writeElement(out, ", ")"};
      case "list" -> write = new String[] {SUPPORT + "ModelJson.writeList(out, " + adapterField + ", ", ")"};
      case "map" -> write = new String[] {SUPPORT + "ModelJson.writeMap(out, " + adapterField + ", ", ")"};
      default -> write = new String[] {adapterField + ".write(out, ", ")"};
    }
    String quoted = new Gson().toJson(json);
    String[] get = switch (access) {
      case "plain" -> new String[] {SUPPORT + "ModelValues.require(", ", this, " + quoted + ")"};
      case "plainJson" -> new String[] {SUPPORT + "ModelValues.requireJson(", ", this, " + quoted + ")"};
      case "optional" -> new String[] {"java.util.Optional.ofNullable(", ")"};
      case "optionalJson" -> new String[] {SUPPORT + "ModelValues.optionalJson(", ")"};
      case "optionalInt" -> new String[] {SUPPORT + "ModelValues.optionalInt(", ")"};
      case "optionalLong" -> new String[] {SUPPORT + "ModelValues.optionalLong(", ")"};
      case "optionalDouble" -> new String[] {SUPPORT + "ModelValues.optionalDouble(", ")"};
      case "list" -> new String[] {SUPPORT + "ModelValues.list(", ")"};
      case "map" -> new String[] {SUPPORT + "ModelValues.map(", ")"};
      default -> new String[] {"", ""};
    };
    boolean container = codec.equals("list") || codec.equals("map");
    boolean tree = codec.equals("json") || codec.equals("jsonObject");
    String[] freeze = container ? new String[] {SUPPORT + "ModelValues.freeze(", ")"} : new String[] {"", ""};
    String[] copyIn = container || tree ? new String[] {SUPPORT + "ModelValues.copyIn(", ")"} : new String[] {"", ""};
    if (property.has("x-xai-constant")) {
      read = SUPPORT + "ModelJson.readString(in, "
          + new Gson().toJson(property.get("x-xai-constant").getAsString()) + ")";
    }
    property.addProperty("x-xai-read", read);
    property.addProperty("x-xai-write-prefix", write[0]);
    property.addProperty("x-xai-write-suffix", write[1]);
    property.addProperty("x-xai-get-prefix", get[0]);
    property.addProperty("x-xai-get-suffix", get[1]);
    property.addProperty("x-xai-freeze-prefix", freeze[0]);
    property.addProperty("x-xai-freeze-suffix", freeze[1]);
    property.addProperty("x-xai-copy-prefix", copyIn[0]);
    property.addProperty("x-xai-copy-suffix", copyIn[1]);
    property.addProperty("x-xai-json-literal", quoted);
    if (property.has("x-xai-constant")) {
      property.addProperty("x-xai-constant-literal", new Gson().toJson(property.get("x-xai-constant").getAsString()));
    }
    boolean needsAdapter = container || codec.equals("adapter");
    if (needsAdapter) {
      JsonObject adapter = new JsonObject();
      adapter.addProperty("field", adapterField);
      adapter.addProperty("type", container ? property.get("x-xai-item-type").getAsString()
          : property.get("x-xai-type").getAsString());
      adapter.addProperty("expr", container ? property.get("x-xai-item-type-expr").getAsString()
          : property.get("x-xai-type-expr").getAsString());
      property.add("x-xai-adapter", adapter);
    }
    if (codec.equals("list")) {
      property.addProperty("x-xai-param", "java.util.Collection<? extends " + property.get("x-xai-item-type").getAsString() + ">");
    } else if (codec.equals("map")) {
      property.addProperty("x-xai-param", "java.util.Map<String, ? extends " + property.get("x-xai-item-type").getAsString() + ">");
    }
  }

  /** Builder overloads for a property whose type is a holder union: one per form. */
  private void shortcuts(JsonObject property) {
    String ref = Schemas.refName(property);
    if (ref == null || !"holder".equals(unionKinds.get(ref))) {
      return;
    }
    JsonObject info = unionInfo.get(ref);
    if (info == null) {
      return;
    }
    JsonArray list = new JsonArray();
    for (JsonElement f : info.getAsJsonArray("forms")) {
      JsonObject form = f.getAsJsonObject();
      if (form.get("shortcut").getAsBoolean()) {
        JsonObject s = new JsonObject();
        s.addProperty("type", form.get("type").getAsString());
        s.addProperty("factory", "of" + form.get("pascal").getAsString());
        s.addProperty("union", ref);
        list.add(s);
      }
    }
    if (!list.isEmpty()) {
      property.add("x-xai-shortcuts", list);
    }
  }

  private String constraints(String json, JsonObject property, boolean required) {
    JsonObject s = schemas.resolve(property);
    List<String> parts = new ArrayList<>();
    String low = number(property, "minimum", "exclusiveMinimum");
    String high = number(property, "maximum", "exclusiveMaximum");
    if (low != null && high != null) {
      parts.add("range " + low + " to " + high);
    } else if (low != null) {
      parts.add("at least " + low);
    } else if (high != null) {
      parts.add("at most " + high);
    }
    if (property.has("maxItems")) {
      parts.add("at most " + property.get("maxItems") + " items");
    }
    if (property.has("minItems")) {
      parts.add("at least " + property.get("minItems") + " items");
    }
    if (property.has("maxLength")) {
      parts.add("at most " + property.get("maxLength") + " characters");
    }
    JsonElement def = property.get("default");
    if (def != null && !def.isJsonNull()) {
      parts.add("default " + (def.isJsonPrimitive() && def.getAsJsonPrimitive().isString()
          ? "{@code \"" + escape(def.getAsString()) + "\"}" : "{@code " + escape(def.toString()) + "}"));
    }
    String format = s.has("format") && s.get("format").isJsonPrimitive()
        ? s.get("format").getAsString() : null;
    if (format != null && Set.of("date", "date-time", "uri", "email", "uuid", "byte").contains(format)) {
      parts.add("format " + format);
    }
    StringBuilder out = new StringBuilder("JSON {@code ").append(escape(json)).append("}");
    String constant = Schemas.constant(property);
    if (constant != null) {
      out.append(", always {@code \"").append(escape(constant)).append("\"}");
    }
    if (!parts.isEmpty()) {
      out.append("; ").append(String.join(", ", parts));
    }
    if (required && constant == null) {
      out.append("; required");
    }
    return out.append('.').toString();
  }

  private static String number(JsonObject property, String inclusive, String exclusive) {
    JsonElement e = property.get(inclusive);
    String prefix = "";
    if (e == null || !e.isJsonPrimitive()) {
      e = property.get(exclusive);
      prefix = "(exclusive) ";
    }
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    String text = e.getAsString();
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    return prefix.isEmpty() ? text : text + " " + prefix.trim();
  }

  private void helpers(String name, JsonObject schema) {
    List<Shaping.Helper> wanted = rules.helpers.get(name);
    if (wanted == null) {
      return;
    }
    Map<String, JsonObject> props = schemas.properties(schema);
    JsonObject flags = new JsonObject();
    for (Shaping.Helper helper : wanted) {
      List<String> missing = new ArrayList<>();
      for (String requirement : helper.requires()) {
        boolean ok = requirement.startsWith("#")
            ? components.has(requirement.substring(1))
            : props.containsKey(requirement);
        if (!ok) {
          missing.add(requirement);
        }
      }
      if (missing.isEmpty()) {
        flags.addProperty(helper.name(), true);
      } else {
        notes.add("helper " + helper.name() + " of " + name + " left out: no " + missing);
      }
    }
    schema.add("x-xai-helpers", flags);
  }

  // ------------------------------------------------------------------------------------------
  // Multipart

  private void orderMultipartParts() {
    JsonObject paths = child(doc, "paths");
    for (Map.Entry<String, JsonElement> path : paths.entrySet()) {
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        if (!method.getValue().isJsonObject()) {
          continue;
        }
        JsonElement body = method.getValue().getAsJsonObject().get("requestBody");
        if (body == null || !body.isJsonObject()) {
          continue;
        }
        JsonElement content = body.getAsJsonObject().get("content");
        if (content == null || !content.isJsonObject()) {
          continue;
        }
        JsonElement form = content.getAsJsonObject().get("multipart/form-data");
        if (form == null || !form.isJsonObject() || !form.getAsJsonObject().has("schema")) {
          continue;
        }
        JsonObject schema = schemas.resolve(form.getAsJsonObject().getAsJsonObject("schema"));
        JsonElement props = schema.get("properties");
        if (props == null || !props.isJsonObject()) {
          continue;
        }
        JsonObject ordered = new JsonObject();
        List<Map.Entry<String, JsonElement>> files = new ArrayList<>();
        for (Map.Entry<String, JsonElement> p : props.getAsJsonObject().entrySet()) {
          if (isBinary(p.getValue())) {
            files.add(p);
          } else {
            ordered.add(p.getKey(), p.getValue());
          }
        }
        files.forEach(p -> ordered.add(p.getKey(), p.getValue()));
        schema.add("properties", ordered);
      }
    }
  }

  private static boolean isBinary(JsonElement property) {
    if (!property.isJsonObject()) {
      return false;
    }
    JsonObject p = property.getAsJsonObject();
    if (p.has("items") && p.get("items").isJsonObject()) {
      return isBinary(p.get("items"));
    }
    JsonElement format = p.get("format");
    return format != null && format.isJsonPrimitive()
        && Set.of("binary", "byte").contains(format.getAsString().toLowerCase(Locale.ROOT))
        || p.has("contentMediaType");
  }

  // ------------------------------------------------------------------------------------------
  // Small helpers

  private static JsonObject child(JsonObject parent, String name) {
    JsonElement e = parent.get(name);
    if (e == null || !e.isJsonObject()) {
      JsonObject created = new JsonObject();
      parent.add(name, created);
      return created;
    }
    return e.getAsJsonObject();
  }

  /** Marks what a schema becomes: {@code x-xai-is.pojo}, {@code .sealed}, ... for the templates. */
  private static void kind(JsonObject schema, String kind) {
    schema.addProperty("x-xai-kind", kind);
    JsonObject flags = new JsonObject();
    flags.addProperty(kind, true);
    schema.add("x-xai-is", flags);
  }

  private static void addTo(JsonObject schema, String key, String value) {
    JsonArray list = schema.has(key) ? schema.getAsJsonArray(key) : new JsonArray();
    if (!list.contains(new JsonPrimitive(value))) {
      list.add(value);
    }
    schema.add(key, list);
  }

  /**
   * A description as Javadoc: HTML-significant characters escaped, {@code `code`} spans as
   * {@code {@code ...}}; {@code fallback} when there is none.
   */
  static String javadoc(JsonElement description, String fallback) {
    if (description == null || !description.isJsonPrimitive()
        || description.getAsString().isBlank()) {
      return fallback == null ? "" : fallback;
    }
    String text = description.getAsString().strip();
    StringBuilder out = new StringBuilder();
    boolean code = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        out.append(code ? "}" : "{@code ");
        code = !code;
        continue;
      }
      switch (c) {
        case '<' -> out.append(code ? "<" : "&lt;");
        case '>' -> out.append(code ? ">" : "&gt;");
        case '&' -> out.append(code ? "&" : "&amp;");
        case '@' -> out.append(code ? "@" : "&#64;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "*&#47;" : "*");
        case '{', '}' -> out.append(code ? String.valueOf(c) : (c == '{' ? "&#123;" : "&#125;"));
        case '\\' -> out.append("&#92;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    if (code) {
      out.append('}');
    }
    return out.toString();
  }

  private static String escape(String text) {
    return javadoc(new JsonPrimitive(text.replace("`", "'")), "");
  }
}
