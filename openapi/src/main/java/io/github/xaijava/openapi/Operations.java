package io.github.xaijava.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations of an OpenAPI document: each method of each path item, in document order.
 */
public final class Operations {

  /**
   * The keys of a path item that are operations, in lower case as documents write them; the
   * other keys are shared parameters, a summary, servers...
   */
  public static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private Operations() {
  }

  /**
   * One operation: a method on a path.
   *
   * @param method the method as the path item's key spells it ({@code post})
   * @param path the path template ({@code /v1/files/{file_id}})
   * @param node the operation object, as it is in the document (not a copy)
   * @param pathItem the path item it is a member of (where a {@code $ref} path item leads)
   */
  public record Operation(String method, String path, JsonObject node, JsonObject pathItem) {

    /**
     * The operation's id.
     *
     * @return its {@code operationId}; null when it has none
     */
    public String operationId() {
      JsonElement id = node.get("operationId");
      return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
    }
  }

  /**
   * Whether a key of a path item names an operation.
   *
   * @param key a key of a path item
   * @return true for one of {@link #METHODS}
   */
  public static boolean isMethod(String key) {
    return METHODS.contains(key);
  }

  /**
   * The operations of a document.
   *
   * @param document an OpenAPI document
   * @return its operations in document order, unmodifiable; a path item given as a {@code $ref}
   *     is read where the reference leads; empty when it has no {@code paths} object
   */
  public static List<Operation> of(JsonObject document) {
    JsonElement paths = document.get("paths");
    if (paths == null || !paths.isJsonObject()) {
      return List.of();
    }
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, JsonElement> path : paths.getAsJsonObject().entrySet()) {
      if (!path.getValue().isJsonObject()) {
        continue;
      }
      JsonObject item = Refs.follow(document, path.getValue().getAsJsonObject());
      for (Map.Entry<String, JsonElement> member : item.entrySet()) {
        if (isMethod(member.getKey()) && member.getValue().isJsonObject()) {
          out.add(new Operation(member.getKey(), path.getKey(),
              member.getValue().getAsJsonObject(), item));
        }
      }
    }
    return List.copyOf(out);
  }
}
