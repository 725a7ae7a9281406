package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The description of a holder union for the templates (part of {@link DescribeUnions}): each
 * form's name by meaning ({@code text}, {@code list}, {@code number}, ..., or the
 * {@code forms} entry of the union's rule), its Java type, and the JSON token that announces it
 * on the wire, which is how the holder's adapter tells the forms apart.
 */
final class HolderForms {

  private final ShapingContext context;
  private final JsonObject components;
  private final Schemas schemas;
  private final JavaTypes types;

  HolderForms(ShapingContext context) {
    this.context = context;
    this.components = context.components();
    this.schemas = context.schemas();
    this.types = new JavaTypes(context.schemas());
  }

  JsonObject describe(String union) {
    JsonArray forms = JsonTypes.forms(components.getAsJsonObject(union));
    Shaping.UnionRule rule = context.rules().union(union).orElse(null);
    JsonArray described = new JsonArray();
    Set<String> usedNames = new LinkedHashSet<>();
    int index = 0;
    for (JsonElement element : forms) {
      JsonObject form = element.getAsJsonObject();
      JavaTypes.JsonType type = types.of(form);
      String key = formKey(form);
      String name = null;
      if (rule != null) {
        name = rule.forms().get(key);
        if (name == null) {
          name = rule.forms().get(key.contains(":") ? key.substring(0, key.indexOf(':')) : key);
        }
      }
      if (name == null) {
        name = defaultFormName(key);
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
      described.add(d);
      index++;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (JsonElement e : described) {
      JsonObject d = e.getAsJsonObject();
      String erasure = JavaTypes.erasureOf(d.get("type").getAsString());
      // A builder can take each form directly only where overloads do not clash by erasure.
      d.addProperty("shortcut", seen.add(erasure));
    }
    JsonObject info = new JsonObject();
    info.add("forms", described);
    info.addProperty("last", described.size());
    return info;
  }

  /** {@code object:Name}, {@code array:string}, {@code string}, ...: what a rule names a form by. */
  private String formKey(JsonObject form) {
    String ref = Refs.schemaNameOf(form);
    if (ref != null) {
      JsonObject target = components.getAsJsonObject(ref);
      if (target != null && (JsonTypes.forms(target) != null || schemas.isObjectWithProperties(target))) {
        return "object:" + ref;
      }
    }
    String json = JsonTypes.of(schemas.resolve(form));
    if ("array".equals(json)) {
      JsonObject items = form.has("items") && form.get("items").isJsonObject()
          ? schemas.resolve(form.getAsJsonObject("items")) : new JsonObject();
      String itemType = JsonTypes.of(items);
      return "array:" + (itemType == null ? "any" : itemType);
    }
    return json == null ? "any" : json;
  }

  private static String defaultFormName(String key) {
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

  /** The JSON token a value of {@code schema} starts with, or {@code ANY}. */
  private String token(JsonObject schema) {
    JsonObject s = schemas.resolve(schema);
    if (JsonTypes.forms(s) != null) {
      return "BEGIN_OBJECT";
    }
    String json = JsonTypes.of(s);
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
}
