package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.openapi.Refs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One schema position, normalised so that the spellings OpenAPI 3.0 and 3.1 allow for the same
 * thing compare equal: {@code type: ["X", "null"]}, {@code nullable: true} and
 * {@code oneOf: [{type: null}, X]} all read as "X or null"; a one-part {@code allOf} or
 * {@code oneOf} is its part; a {@code $ref} to a component is followed but remembered, so a
 * position that still names the same component is compared once, at the component.
 */
final class SchemaView {

  /** Keywords that say nothing about which values are valid. */
  static final Set<String> NOT_CONSTRAINING = Set.of("description", "summary", "title", "example",
      "examples", "externalDocs", "default", "deprecated", "readOnly", "writeOnly", "nullable",
      "discriminator", "$comment");

  final OpenApiDocument doc;
  /** The node the constraints are read from (after references and wrappers). */
  final JsonObject node;
  /** The component this position names (outermost {@code $ref}), or null for an inline schema. */
  final String ref;
  /** Null admitted by the wrappers around the reference ({@code oneOf: [null, $ref]}). */
  final boolean wrapperNullable;
  /** Null admitted at this position, by wrappers or by the node itself. */
  final boolean nullable;
  /** The {@code false} schema: nothing is valid. */
  final boolean nothing;
  /** JSON types other than null, declared or implied; empty when unconstrained. */
  final Set<String> types;
  /** The non-null forms of a {@code oneOf}/{@code anyOf}. */
  final List<JsonElement> forms;
  /** Allowed values other than null, or null when there is no {@code enum}/{@code const}. */
  final List<JsonElement> enumValues;
  /** Properties, including those of inline {@code allOf} parts. */
  final Map<String, JsonElement> properties;
  final Set<String> required;
  /** Components included by {@code allOf} (their properties are compared at the component). */
  final List<String> allOfRefs;

  private SchemaView(OpenApiDocument doc, JsonObject node, String ref, boolean wrapperNullable,
      boolean ownNullable, boolean nothing) {
    this.doc = doc;
    this.node = node;
    this.ref = ref;
    this.wrapperNullable = wrapperNullable;
    this.nothing = nothing;
    Set<String> typeSet = new TreeSet<>();
    List<JsonElement> formList = new ArrayList<>();
    Map<String, JsonElement> props = new LinkedHashMap<>();
    Set<String> req = new LinkedHashSet<>();
    List<String> includes = new ArrayList<>();
    boolean[] nullSeen = {ownNullable};
    List<JsonElement> values = collect(node, typeSet, formList, props, req, includes, nullSeen, 0);
    this.nullable = wrapperNullable || nullSeen[0];
    if (typeSet.isEmpty() && formList.isEmpty()) {
      if (!props.isEmpty() || node.has("additionalProperties") || node.has("required")) {
        typeSet.add("object");
      } else if (node.has("items") || node.has("prefixItems")) {
        typeSet.add("array");
      } else if (values != null) {
        for (JsonElement value : values) {
          typeSet.add(JsonTypes.ofValue(value));
        }
      }
    }
    this.types = Collections.unmodifiableSet(typeSet);
    this.forms = Collections.unmodifiableList(formList);
    this.enumValues = values == null ? null : Collections.unmodifiableList(values);
    this.properties = Collections.unmodifiableMap(props);
    this.required = Collections.unmodifiableSet(req);
    this.allOfRefs = Collections.unmodifiableList(includes);
  }

  /** Reads the constraints of {@code node} and of its inline allOf parts into the collections. */
  private List<JsonElement> collect(JsonObject schema, Set<String> typeSet, List<JsonElement> formList,
      Map<String, JsonElement> props, Set<String> req, List<String> includes, boolean[] nullSeen,
      int depth) {
    List<JsonElement> values = null;
    for (String name : JsonTypes.declared(schema)) {
      if (!"null".equals(name)) {
        typeSet.add(name);
      }
    }
    if (Nullability.typeAdmitsNull(schema) || Nullability.isMarkedNullable(schema)) {
      nullSeen[0] = true;
    }
    if (schema.has("enum") || schema.has("const")) {
      values = new ArrayList<>();
      List<JsonElement> raw = schema.has("enum") ? OpenApiDocument.list(schema.get("enum"))
          : List.of(schema.get("const"));
      for (JsonElement value : raw) {
        if (value.isJsonNull()) {
          nullSeen[0] = true;
        } else {
          values.add(value);
        }
      }
    }
    // The forms of both keywords (JsonTypes.forms reads only one): a schema may have each.
    for (String key : List.of("oneOf", "anyOf")) {
      for (JsonElement form : OpenApiDocument.list(schema.get(key))) {
        if (Nullability.isNullSchema(form)) {
          nullSeen[0] = true;
        } else {
          formList.add(form);
        }
      }
    }
    JsonObject own = OpenApiDocument.object(schema, "properties");
    if (own != null) {
      own.entrySet().forEach(e -> props.put(e.getKey(), e.getValue()));
    }
    for (JsonElement name : OpenApiDocument.list(schema.get("required"))) {
      if (OpenApiDocument.text(name) != null) {
        req.add(name.getAsString());
      }
    }
    if (depth < 8) {
      for (JsonElement part : OpenApiDocument.list(schema.get("allOf"))) {
        if (!(part instanceof JsonObject)) {
          continue;
        }
        JsonObject partObject = (JsonObject) part;
        if (partObject.has("$ref")) {
          String refText = OpenApiDocument.text(partObject.get("$ref"));
          String name = Refs.schemaName(refText);
          includes.add(name != null ? name : String.valueOf(refText));
        } else {
          List<JsonElement> partValues =
              collect(partObject, typeSet, formList, props, req, includes, nullSeen, depth + 1);
          if (values == null) {
            values = partValues;
          }
        }
      }
    }
    return values;
  }

  /** The view of the schema at {@code element} (a schema object, or {@code true}/{@code false}). */
  static SchemaView of(OpenApiDocument doc, JsonElement element) {
    JsonElement current = element == null ? new JsonObject() : element;
    String ref = null;
    boolean wrapperNull = false;
    boolean ownNull = false;
    boolean afterRef = false;
    for (int hops = 0; hops < 32; hops++) {
      if (current.isJsonPrimitive() && current.getAsJsonPrimitive().isBoolean()) {
        boolean anything = current.getAsBoolean();
        return new SchemaView(doc, new JsonObject(), ref, wrapperNull, ownNull, !anything);
      }
      if (!(current instanceof JsonObject)) {
        return new SchemaView(doc, new JsonObject(), ref, wrapperNull, ownNull, false);
      }
      JsonObject node = (JsonObject) current;
      if (node.has("$ref")) {
        String refText = OpenApiDocument.text(node.get("$ref"));
        if (Nullability.isMarkedNullable(node)) {
          if (afterRef) {
            ownNull = true;
          } else {
            wrapperNull = true;
          }
        }
        JsonElement target = doc.resolve(refText);
        if (ref == null) {
          String name = Refs.schemaName(refText);
          ref = name != null ? name : String.valueOf(refText);
        }
        if (target == null) {
          // An external or dangling reference: nothing to look into; it is known by its text.
          return new SchemaView(doc, new JsonObject(), ref, wrapperNull, ownNull, false);
        }
        current = target;
        afterRef = true;
        continue;
      }
      JsonElement single = unwrap(node);
      if (single != null) {
        if (Nullability.hasNullForm(node) || Nullability.isMarkedNullable(node)) {
          if (afterRef) {
            ownNull = true;
          } else {
            wrapperNull = true;
          }
        }
        current = single;
        continue;
      }
      return new SchemaView(doc, node, ref, wrapperNull, ownNull, false);
    }
    return new SchemaView(doc, new JsonObject(), ref, wrapperNull, ownNull, false);
  }

  /** The one part of a wrapper (one non-null oneOf/anyOf form, or a one-part allOf), else null. */
  private static JsonElement unwrap(JsonObject node) {
    for (String key : node.keySet()) {
      if (!NOT_CONSTRAINING.contains(key) && !key.startsWith("x-")
          && !key.equals("oneOf") && !key.equals("anyOf") && !key.equals("allOf")) {
        return null;
      }
    }
    int unions = (node.has("oneOf") ? 1 : 0) + (node.has("anyOf") ? 1 : 0) + (node.has("allOf") ? 1 : 0);
    if (unions != 1) {
      return null;
    }
    if (node.has("allOf")) {
      List<JsonElement> parts = OpenApiDocument.list(node.get("allOf"));
      return parts.size() == 1 ? parts.get(0) : null;
    }
    return Nullability.soleForm(node);
  }

  // ------------------------------------------------------------------------------------------

  /** Nothing constrains the value (no type, no forms, no enum). */
  boolean any() {
    return !nothing && types.isEmpty() && forms.isEmpty() && enumValues == null && allOfRefs.isEmpty();
  }

  /** Two or more non-null forms. */
  boolean isUnion() {
    return forms.size() >= 2;
  }

  boolean isObject() {
    return types.contains("object") || !properties.isEmpty();
  }

  SchemaView property(String name) {
    return of(doc, properties.get(name));
  }

  JsonElement keyword(String key) {
    return node.get(key);
  }

  SchemaView child(String key) {
    JsonElement child = node.get(key);
    return child == null ? null : of(doc, child);
  }

  List<SchemaView> formViews() {
    List<SchemaView> views = new ArrayList<>();
    for (JsonElement form : forms) {
      views.add(of(doc, form));
    }
    return views;
  }

  /**
   * How a union form is recognised across versions: the component it names, else the one value
   * of a tag property ({@code type}, {@code role}...), else its JSON type; null for an untagged
   * inline object (matched by position among those).
   */
  String formKey() {
    if (ref != null) {
      return "ref:" + ref;
    }
    String tag = tag();
    if (tag != null) {
      return "tag:" + tag;
    }
    if (!isObject() && !types.isEmpty()) {
      return "type:" + String.join("|", types);
    }
    if (enumValues != null) {
      return "enum:" + enumValues;
    }
    return null;
  }

  /** How the report names a form: {@code FunctionToolCall}, {@code function}, {@code string}. */
  String formLabel(int index) {
    if (ref != null) {
      return ref;
    }
    String tag = tag();
    if (tag != null) {
      return tag.substring(tag.indexOf('=') + 1);
    }
    if (!isObject() && !types.isEmpty()) {
      return String.join(" or ", types) + (enumValues != null ? " " + enumValues : "");
    }
    return "#" + index;
  }

  /** {@code name=value} of the property that has exactly one allowed string value, if any. */
  private String tag() {
    String found = null;
    for (String preferred : List.of("type", "role", "object", "kind")) {
      if (properties.containsKey(preferred)) {
        String value = singleValue(property(preferred));
        if (value != null) {
          return preferred + "=" + value;
        }
      }
    }
    for (String name : properties.keySet()) {
      String value = singleValue(property(name));
      if (value != null) {
        found = name + "=" + value;
        break;
      }
    }
    return found;
  }

  private static String singleValue(SchemaView view) {
    if (view.enumValues != null && view.enumValues.size() == 1
        && view.enumValues.get(0).isJsonPrimitive()) {
      return view.enumValues.get(0).getAsString();
    }
    if (view.enumValues == null && view.forms.size() == 1) {
      return singleValue(of(view.doc, view.forms.get(0)));
    }
    return null;
  }

  /** A short type description for sentences: {@code string}, {@code ModelInputContent}, ... */
  String describe() {
    StringBuilder text = new StringBuilder();
    if (nothing) {
      text.append("nothing");
    } else if (ref != null) {
      text.append(ref);
    } else if (isUnion()) {
      List<String> labels = new ArrayList<>();
      List<SchemaView> views = formViews();
      for (int i = 0; i < views.size(); i++) {
        labels.add(views.get(i).formLabel(i));
      }
      if (!types.isEmpty()) {
        labels.addAll(0, types);
      }
      text.append("one of ").append(String.join(", ", labels));
    } else if (types.isEmpty()) {
      text.append(allOfRefs.isEmpty() ? "any value" : String.join(" and ", allOfRefs));
    } else {
      text.append(String.join(" or ", types));
      if (types.contains("array")) {
        SchemaView items = child("items");
        if (items != null && !items.any()) {
          text.append(" of ").append(items.describe());
        }
      }
    }
    if (nullable) {
      text.append(" or null");
    }
    return text.toString();
  }
}
