package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;
import java.util.Map;

/**
 * Decides what each union becomes in Java: {@code sealed} (a sealed interface its forms
 * implement) when every form is an object or itself a sealed union, else {@code holder} (a
 * class holding one of several values, scalars or lists among them). Recorded in
 * {@link ShapingContext#unionKinds()} for the passes after this one.
 */
final class ClassifyUnions {

  private final ShapingContext context;
  private final JsonObject components;
  private final Schemas schemas;
  private final Map<String, String> kinds;

  ClassifyUnions(ShapingContext context) {
    this.context = context;
    this.components = context.components();
    this.schemas = context.schemas();
    this.kinds = context.unionKinds();
  }

  void apply() {
    for (String union : context.unionNames()) {
      classify(union);
    }
  }

  /** {@code sealed} when every form is an object (or a sealed union), else {@code holder}. */
  private String classify(String union) {
    String known = kinds.get(union);
    if (known != null) {
      return known;
    }
    kinds.put(union, "holder"); // guards a union that contains itself
    boolean sealed = true;
    JsonArray forms = JsonTypes.forms(components.getAsJsonObject(union));
    if (forms.isEmpty()) {
      sealed = false;
    }
    for (JsonElement form : forms) {
      if (!isObjectForm(form.getAsJsonObject())) {
        sealed = false;
      }
    }
    String kind = sealed ? "sealed" : "holder";
    kinds.put(union, kind);
    return kind;
  }

  private boolean isObjectForm(JsonObject form) {
    String ref = Refs.schemaNameOf(form);
    if (ref == null || !components.has(ref)) {
      return false;
    }
    JsonObject target = components.getAsJsonObject(ref);
    if (JsonTypes.forms(target) != null) {
      return classify(ref).equals("sealed");
    }
    return schemas.isObjectWithProperties(target);
  }
}
