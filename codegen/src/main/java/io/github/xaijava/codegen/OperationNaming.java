package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Operations;

/**
 * Names and groups the operations. xAI's document tags everything {@code v1} and names
 * operations like {@code handle_tokenize_text_request}, so each operation is tagged with its
 * group (its first path segment after a version, or the group the {@code groups} rules give
 * it), which becomes its Retrofit interface, and gets a readable method name (the
 * {@code methods} rule, else the id in camel case). The original id stays in
 * {@code x-xai-operation-id}, the key of every later operation rule; streaming operations are
 * flagged {@code x-xai-streaming}.
 */
final class OperationNaming {

  private final ShapingContext context;
  private final Shaping rules;

  OperationNaming(ShapingContext context) {
    this.context = context;
    this.rules = context.rules();
  }

  void apply() {
    for (Operations.Operation operation : Operations.of(context.document())) {
      JsonObject op = operation.node();
      String original = op.has("operationId") ? op.get("operationId").getAsString()
          : operation.method() + "_" + operation.path();
      String name = rules.methods.getOrDefault(original, Names.camel(original));
      op.addProperty("operationId", name);
      op.addProperty("x-xai-operation-id", original);
      JsonArray tags = new JsonArray();
      tags.add(group(operation.path()));
      op.add("tags", tags);
      if (rules.streaming.contains(original)) {
        op.addProperty("x-xai-streaming", true);
      }
    }
  }

  private String group(String path) {
    String[] segments = path.replaceFirst("^/", "").split("/");
    String first = segments.length > 1 && segments[0].matches("v\\d+") ? segments[1] : segments[0];
    return rules.groups.getOrDefault(first, Names.pascal(first));
  }
}
