package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Refs;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes every union for the templates under {@code x-xai-union}, by the kind
 * {@link ClassifyUnions} gave it:
 * <ul>
 *   <li>a sealed union: the property that tells its forms apart (the one-value property most
 *       forms have, preferring {@code type}, {@code role}, {@code object}, {@code kind}), each
 *       form's class and the values it claims, and an accessor for that property when every
 *       form claims a value; each form is marked {@code x-xai-implements} (a nested union
 *       {@code x-xai-extends}) so its class names its interface;</li>
 *   <li>a holder: a name and Java type for each form ({@link HolderForms}).</li>
 * </ul>
 * Also marks the union's kind, and keeps each description in
 * {@link ShapingContext#unionInfo()} for the builder shortcuts of {@link AnnotateModels}.
 */
final class DescribeUnions {

  private final ShapingContext context;
  private final JsonObject components;
  private final Schemas schemas;

  DescribeUnions(ShapingContext context) {
    this.context = context;
    this.components = context.components();
    this.schemas = context.schemas();
  }

  void apply() {
    HolderForms holders = new HolderForms(context);
    for (String union : context.unionNames()) {
      String kind = context.unionKinds().get(union);
      JsonObject schema = components.getAsJsonObject(union);
      JsonObject info = kind.equals("sealed") ? sealedInfo(union) : holders.describe(union);
      schema.add("x-xai-union", info);
      ShapingContext.markKind(schema, kind);
      context.unionInfo().put(union, info);
    }
  }

  private JsonObject sealedInfo(String union) {
    JsonArray forms = JsonTypes.forms(components.getAsJsonObject(union));
    String dispatch = dispatchProperty(union);
    JsonObject info = new JsonObject();
    if (dispatch != null) {
      info.addProperty("dispatch", dispatch);
    }
    JsonArray described = new JsonArray();
    boolean everyFormClaims = dispatch != null;
    for (JsonElement element : forms) {
      String name = Refs.schemaNameOf(element);
      JsonObject target = components.getAsJsonObject(name);
      JsonObject form = new JsonObject();
      form.addProperty("class", name);
      Set<String> values = new LinkedHashSet<>();
      boolean nested = JsonTypes.forms(target) != null;
      if (nested) {
        values.addAll(claimedValues(name, dispatch));
        addTo(target, "x-xai-extends", union);
        String nestedDispatch = dispatchProperty(name);
        if (!Objects.equals(nestedDispatch, dispatch) || !allFormsClaim(name)) {
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
      info.addProperty("accessor", Names.accessor(dispatch));
      info.addProperty("dispatchJson", dispatch);
    }
    return info;
  }

  /**
   * Whether every form of {@code union} (through nested unions) claims a value of its dispatch
   * property; the union's own description answers once it has one.
   */
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
    for (JsonElement element : JsonTypes.forms(schema)) {
      String name = Refs.schemaNameOf(element);
      JsonObject target = components.getAsJsonObject(name);
      if (JsonTypes.forms(target) != null) {
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
    for (JsonElement element : JsonTypes.forms(components.getAsJsonObject(union))) {
      String name = Refs.schemaNameOf(element);
      JsonObject target = components.getAsJsonObject(name);
      if (JsonTypes.forms(target) != null) {
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
    for (JsonElement element : JsonTypes.forms(components.getAsJsonObject(union))) {
      String name = Refs.schemaNameOf(element);
      if (name == null || !components.has(name)) {
        continue;
      }
      JsonObject target = components.getAsJsonObject(name);
      if (JsonTypes.forms(target) != null) {
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

  private static void addTo(JsonObject schema, String key, String value) {
    JsonArray list = schema.has(key) ? schema.getAsJsonArray(key) : new JsonArray();
    if (!list.contains(new JsonPrimitive(value))) {
      list.add(value);
    }
    schema.add(key, list);
  }
}
