package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * A JSON merge patch (RFC 7386): a patch object's members replace the target's members of the
 * same name, merged member by member when both are objects; a {@code null} member removes the
 * target's member; anything that is not an object (an array, a string, a number) replaces the
 * target as a whole. Used to write test documents as "our document plus these additions" without
 * jq or Python.
 */
final class MergePatch {

  private MergePatch() {
  }

  /** {@code target} with {@code patch} applied; neither argument is changed. */
  static JsonElement apply(JsonElement target, JsonElement patch) {
    if (patch == null || !patch.isJsonObject()) {
      return patch == null ? null : patch.deepCopy();
    }
    JsonObject result = target != null && target.isJsonObject()
        ? target.getAsJsonObject().deepCopy() : new JsonObject();
    for (Map.Entry<String, JsonElement> member : patch.getAsJsonObject().entrySet()) {
      if (member.getValue().isJsonNull()) {
        result.remove(member.getKey());
      } else {
        result.add(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }
}
