package io.github.xaijava.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * References ({@code $ref}) inside one OpenAPI document. This is the one place that spells how a
 * component schema is referred to ({@code #/components/schemas/Name}); a local reference is read
 * as a JSON pointer (RFC 6901), so {@code ~1} stands for {@code /} and {@code ~0} for {@code ~}
 * in a name.
 */
public final class Refs {

  /** The start of a reference to a component schema; the escaped name follows. */
  private static final String SCHEMAS = "#/components/schemas/";

  /** The most references followed in a row, so that a cycle of references ends. */
  static final int MAX_HOPS = 32;

  private Refs() {
  }

  /**
   * The reference text to the component schema {@code name}.
   *
   * @param name a component schema's name, as a key of {@code components.schemas}
   * @return {@code #/components/schemas/} and the name, escaped
   */
  public static String toSchema(String name) {
    return SCHEMAS + escape(name);
  }

  /**
   * A new reference object to the component schema {@code name}.
   *
   * @param name a component schema's name
   * @return {@code {"$ref": "#/components/schemas/<name>"}}
   */
  public static JsonObject schemaRef(String name) {
    JsonObject ref = new JsonObject();
    ref.addProperty("$ref", toSchema(name));
    return ref;
  }

  /**
   * The component schema a reference names.
   *
   * @param ref a reference text, or null
   * @return the schema's name, unescaped; null when {@code ref} is not a component schema's
   */
  public static String schemaName(String ref) {
    return ref != null && ref.startsWith(SCHEMAS) ? unescape(ref.substring(SCHEMAS.length())) : null;
  }

  /**
   * The component schema that {@code schema}'s {@code $ref} names.
   *
   * @param schema a schema, or any JSON (null included)
   * @return the name; null when it is no reference to a component schema
   */
  public static String schemaNameOf(JsonElement schema) {
    return schemaName(refOf(schema));
  }

  /**
   * The text of a node's {@code $ref}.
   *
   * @param node any JSON, or null
   * @return the reference text; null when {@code node} is not an object with a {@code $ref} value
   */
  public static String refOf(JsonElement node) {
    if (node == null || !node.isJsonObject()) {
      return null;
    }
    JsonElement ref = node.getAsJsonObject().get("$ref");
    return ref != null && ref.isJsonPrimitive() ? ref.getAsString() : null;
  }

  /**
   * What a local reference points at in {@code document}: {@code #} is the document itself,
   * {@code #/a/b} the member {@code b} of member {@code a}; an array member is named by its index.
   *
   * @param document the document (or schema) the reference belongs to
   * @param ref the reference text
   * @return the target; null for another document's reference, an anchor, or a missing target
   */
  public static JsonElement resolve(JsonObject document, String ref) {
    if (document == null || ref == null || !ref.startsWith("#")) {
      return null;
    }
    String pointer = ref.substring(1);
    if (pointer.isEmpty()) {
      return document;
    }
    if (!pointer.startsWith("/")) {
      return null;
    }
    JsonElement node = document;
    // -1 keeps empty tokens: "#/a/" names the member "" of a.
    for (String token : pointer.substring(1).split("/", -1)) {
      String key = unescape(token);
      if (node.isJsonObject()) {
        node = node.getAsJsonObject().get(key);
      } else if (node.isJsonArray() && key.matches("0|[1-9][0-9]{0,8}")
          && Integer.parseInt(key) < node.getAsJsonArray().size()) {
        node = node.getAsJsonArray().get(Integer.parseInt(key));
      } else {
        return null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /**
   * Follows {@code $ref}s from {@code node} to the object they lead to.
   *
   * @param document the document the references belong to
   * @param node a schema, parameter, response or path item, or null
   * @return the last object reached: {@code node} itself when it is no reference, the last
   *     reference when its target is missing or not an object; null for a null {@code node}
   */
  public static JsonObject follow(JsonObject document, JsonObject node) {
    JsonObject current = node;
    for (int hops = 0; current != null && hops < MAX_HOPS; hops++) {
      JsonElement target = resolve(document, refOf(current));
      if (target == null || !target.isJsonObject()) {
        return current;
      }
      current = target.getAsJsonObject();
    }
    return current;
  }

  private static String escape(String name) {
    // "~" first, or the "~" of a "~1" made here would be escaped again.
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String token) {
    // "~1" first, so that "~01" becomes "~1" (an escaped "~" followed by "1"), not "/".
    return token.replace("~1", "/").replace("~0", "~");
  }
}
