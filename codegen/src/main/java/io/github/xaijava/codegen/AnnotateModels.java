package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;
import java.util.Map;
import java.util.Set;

/**
 * Tells the model templates everything they render, so that they hold no type logic: each
 * schema's Javadoc and kind ({@code enum}, {@code alias}, {@code pojo}; unions were marked by
 * {@link DescribeUnions}), a pojo's constant properties, and for each of its properties the
 * Java field and accessor names, the types ({@link JavaTypes}), how a missing value is handed
 * out ({@code Optional}, {@code OptionalInt}, a throwing accessor for required ones), the codec
 * and the pasted code ({@link PropertyCode}), builder shortcuts for holder unions, and the
 * Javadoc with its constraints ({@link Constraints}).
 */
final class AnnotateModels {

  private final ShapingContext context;
  private final JsonObject components;
  private final Schemas schemas;
  private final JavaTypes types;
  private final Constraints constraints;

  AnnotateModels(ShapingContext context) {
    this.context = context;
    this.components = context.components();
    this.schemas = context.schemas();
    this.types = new JavaTypes(schemas);
    this.constraints = new Constraints(schemas);
  }

  void apply() {
    for (Map.Entry<String, JsonElement> c : components.entrySet()) {
      JsonObject schema = c.getValue().getAsJsonObject();
      String name = c.getKey();
      schema.addProperty("x-xai-javadoc", Javadoc.of(schema.get("description"),
          "An object of xAI's API (schema {@code " + name + "})."));
      if (JsonTypes.forms(schema) != null) {
        continue;
      }
      if (JavaTypes.isEnum(schema)) {
        ShapingContext.markKind(schema, "enum");
        continue;
      }
      if (!schemas.isObjectWithProperties(schema) && !"object".equals(JsonTypes.of(schema))) {
        ShapingContext.markKind(schema, "alias");
        continue;
      }
      ShapingContext.markKind(schema, "pojo");
      Set<String> required = schemas.required(schema);
      for (JsonObject part : Schemas.objectParts(schema)) {
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
    }
  }

  private void annotateProperty(String json, JsonObject property, boolean required) {
    if (property.has("x-xai-access")) {
      return; // shared through allOf: annotated once
    }
    String accessor = Names.accessor(json);
    property.addProperty("x-xai-accessor", accessor);
    property.addProperty("x-xai-field", Names.field(json));
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
      JavaTypes.JsonType type = types.of(property);
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
      // A value the document requires and never sends as null is handed out plain.
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
    PropertyCode.add(json, property, codec.keySet().iterator().next());
    String described = Javadoc.of(property.get("description"), null);
    String doc = constraints.describe(json, property, required);
    property.addProperty("x-xai-doc", described.isEmpty() ? doc : described + " " + doc);
  }

  /** Builder overloads for a property whose type is a holder union: one per form. */
  private void shortcuts(JsonObject property) {
    String ref = Refs.schemaNameOf(property);
    if (ref == null || !"holder".equals(context.unionKinds().get(ref))) {
      return;
    }
    JsonObject info = context.unionInfo().get(ref);
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
}
