package io.github.xaijava.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The three ways a schema says "or null": {@code nullable: true} (OpenAPI 3.0),
 * {@code type: ["X", "null"]} (3.1) and a union with a null form,
 * {@code oneOf: [{type: "null"}, X]} (either version, {@code anyOf} alike); and the non-null
 * part of such a union.
 */
public final class Nullability {

  private Nullability() {
  }

  /**
   * Whether a schema admits null and nothing else: {@code {type: "null"}},
   * {@code {type: ["null"]}}, {@code {const: null}} or {@code {enum: [null]}}.
   *
   * @param schema any JSON, or null
   * @return true for such a schema object (other keywords beside the type do not matter)
   */
  public static boolean isNullSchema(JsonElement schema) {
    if (schema == null || !schema.isJsonObject()) {
      return false;
    }
    JsonObject node = schema.getAsJsonObject();
    JsonElement type = node.get("type");
    if (type != null) {
      if (type.isJsonPrimitive()) {
        return "null".equals(type.getAsString());
      }
      return type.isJsonArray() && type.getAsJsonArray().size() == 1
          && JsonTypes.declared(node).equals(List.of("null"));
    }
    if (node.has("const")) {
      return node.get("const").isJsonNull();
    }
    JsonElement values = node.get("enum");
    return values != null && values.isJsonArray() && values.getAsJsonArray().size() == 1
        && values.getAsJsonArray().get(0).isJsonNull();
  }

  /**
   * The OpenAPI 3.0 spelling: {@code nullable: true}.
   *
   * @param schema a schema object
   * @return true when its {@code nullable} is the boolean {@code true}
   */
  public static boolean isMarkedNullable(JsonObject schema) {
    JsonElement flag = schema.get("nullable");
    return flag != null && flag.isJsonPrimitive() && flag.getAsJsonPrimitive().isBoolean()
        && flag.getAsBoolean();
  }

  /**
   * The OpenAPI 3.1 spelling: {@code "null"} among the types ({@code type: ["X", "null"]}).
   *
   * @param schema a schema object
   * @return true when its {@code type} names {@code null}
   */
  public static boolean typeAdmitsNull(JsonObject schema) {
    return JsonTypes.declared(schema).contains("null");
  }

  /**
   * The union spelling: a null form among the forms ({@code oneOf: [{type: "null"}, X]}).
   *
   * @param schema a schema object
   * @return true when a form of its union (see {@link JsonTypes#forms}) is a null schema
   */
  public static boolean hasNullForm(JsonObject schema) {
    JsonArray forms = JsonTypes.forms(schema);
    if (forms != null) {
      for (JsonElement form : forms) {
        if (isNullSchema(form)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a schema admits null by any of the three spellings.
   *
   * @param schema a schema object
   * @return true for {@code nullable: true}, {@code "null"} among its types, or a null form
   */
  public static boolean mayBeNull(JsonObject schema) {
    return isMarkedNullable(schema) || typeAdmitsNull(schema) || hasNullForm(schema);
  }

  /**
   * The forms of a union without its null forms.
   *
   * @param schema a schema object
   * @return the forms of its union that are not null schemas, in order; empty when it is none
   */
  public static List<JsonElement> nonNullForms(JsonObject schema) {
    List<JsonElement> out = new ArrayList<>();
    JsonArray forms = JsonTypes.forms(schema);
    if (forms != null) {
      for (JsonElement form : forms) {
        if (!isNullSchema(form)) {
          out.add(form);
        }
      }
    }
    return out;
  }

  /**
   * The non-null part of {@code oneOf: [{type: "null"}, X]} (or of a union of one form).
   *
   * @param schema a schema object
   * @return X, the only form that is not a null schema; null when there are none or several
   */
  public static JsonElement soleForm(JsonObject schema) {
    List<JsonElement> forms = nonNullForms(schema);
    return forms.size() == 1 ? forms.get(0) : null;
  }
}
