package io.github.xaijava.contract;

import static io.github.xaijava.contract.ChangeRule.CLOSED_TO_OTHER_PROPERTIES;
import static io.github.xaijava.contract.ChangeRule.DEFAULT_CHANGED;
import static io.github.xaijava.contract.ChangeRule.ENUM_VALUES_ADDED;
import static io.github.xaijava.contract.ChangeRule.ENUM_VALUES_REMOVED;
import static io.github.xaijava.contract.ChangeRule.ENUM_VALUE_ADDED;
import static io.github.xaijava.contract.ChangeRule.ENUM_VALUE_REMOVED;
import static io.github.xaijava.contract.ChangeRule.FLAG_CLEARED;
import static io.github.xaijava.contract.ChangeRule.FLAG_SET;
import static io.github.xaijava.contract.ChangeRule.FORMAT_CHANGED;
import static io.github.xaijava.contract.ChangeRule.FORMAT_NARROWED;
import static io.github.xaijava.contract.ChangeRule.FORMAT_WIDENED;
import static io.github.xaijava.contract.ChangeRule.FORM_ADDED;
import static io.github.xaijava.contract.ChangeRule.FORM_ADDED_READ_AS_UNKNOWN;
import static io.github.xaijava.contract.ChangeRule.FORM_REMOVED;
import static io.github.xaijava.contract.ChangeRule.INCLUDE_ADDED;
import static io.github.xaijava.contract.ChangeRule.INCLUDE_REMOVED;
import static io.github.xaijava.contract.ChangeRule.INCLUDE_WITH_REQUIRED_ADDED;
import static io.github.xaijava.contract.ChangeRule.ITEMS_NOW_UNIQUE;
import static io.github.xaijava.contract.ChangeRule.ITEMS_NO_LONGER_UNIQUE;
import static io.github.xaijava.contract.ChangeRule.LIMIT_LOOSENED;
import static io.github.xaijava.contract.ChangeRule.LIMIT_TIGHTENED;
import static io.github.xaijava.contract.ChangeRule.MULTIPLE_OF_CHANGED;
import static io.github.xaijava.contract.ChangeRule.MULTIPLE_OF_REMOVED;
import static io.github.xaijava.contract.ChangeRule.NOW_ENUM;
import static io.github.xaijava.contract.ChangeRule.NOW_NOTHING;
import static io.github.xaijava.contract.ChangeRule.NOW_NULLABLE;
import static io.github.xaijava.contract.ChangeRule.NOW_UNION;
import static io.github.xaijava.contract.ChangeRule.NOW_UNION_KEEPING_OLD_FORM;
import static io.github.xaijava.contract.ChangeRule.NO_LONGER_ENUM;
import static io.github.xaijava.contract.ChangeRule.NO_LONGER_NOTHING;
import static io.github.xaijava.contract.ChangeRule.NO_LONGER_NULLABLE;
import static io.github.xaijava.contract.ChangeRule.NO_LONGER_UNION;
import static io.github.xaijava.contract.ChangeRule.OPEN_TO_OTHER_PROPERTIES;
import static io.github.xaijava.contract.ChangeRule.PATTERN_CHANGED;
import static io.github.xaijava.contract.ChangeRule.PATTERN_REMOVED;
import static io.github.xaijava.contract.ChangeRule.PROPERTY_ADDED;
import static io.github.xaijava.contract.ChangeRule.PROPERTY_NOW_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.PROPERTY_NO_LONGER_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.PROPERTY_REMOVED;
import static io.github.xaijava.contract.ChangeRule.REF_CHANGED;
import static io.github.xaijava.contract.ChangeRule.REQUIRED_PROPERTY_ADDED;
import static io.github.xaijava.contract.ChangeRule.TYPE_CHANGED;
import static io.github.xaijava.contract.ChangeRule.TYPE_NARROWED;
import static io.github.xaijava.contract.ChangeRule.TYPE_NARROWED_FROM_ANY;
import static io.github.xaijava.contract.ChangeRule.TYPE_WIDENED;
import static io.github.xaijava.contract.ChangeRule.TYPE_WIDENED_TO_ANY;
import static io.github.xaijava.contract.OpenApiDocument.isTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.contract.WireSides.Side;
import io.github.xaijava.contract.WireSides.Sides;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two versions of one schema position, recursively through properties, items and union
 * forms, and records what changed by {@link ChangeRule}. Another component a position names is
 * not entered: it is compared once, as a component.
 */
final class SchemaDiff {

  private static final List<String> LIMITS = List.of("minimum", "exclusiveMinimum", "maximum",
      "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
      "maxProperties");
  private static final Set<String> UPPER_LIMITS =
      Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties");
  /** Number formats and the wider one each may grow into. */
  private static final Map<String, String> WIDER_FORMAT =
      Map.of("int32", "int64", "float", "double");

  private final OpenApiDocument newer;
  private final Map<String, String> renames;
  private final List<Change> changes;

  SchemaDiff(OpenApiDocument newer, Map<String, String> renames, List<Change> changes) {
    this.newer = newer;
    this.renames = renames;
    this.changes = changes;
  }

  /** Records {@code rule} at {@code where}; {@code params} are name, value pairs for its texts. */
  void record(ChangeRule rule, String where, Sides sides, String... params) {
    changes.add(rule.at(where, sides, sides.label(), params));
  }

  /**
   * Compares {@code a} (older) with {@code b} (newer) at {@code where}; {@code visiting} holds
   * the pairs of components being compared further up, so recursive schemas end.
   */
  void compare(String where, SchemaView a, SchemaView b, Sides sides, Set<String> visiting) {
    if (a.ref != null && a.ref.equals(b.ref)) {
      // The same component: its own changes are reported once, at the component.
      nullability(where, a.wrapperNullable, b.wrapperNullable, a.ref, b.ref, sides);
      return;
    }
    String pair = a.ref + "\u0000" + b.ref;
    if (a.ref != null && b.ref != null && !b.ref.equals(renames.get(a.ref))) {
      record(REF_CHANGED, where, sides, "was", a.ref, "now", b.ref);
    }
    if ((a.ref != null || b.ref != null) && !visiting.add(pair)) {
      return;
    }
    try {
      compareContents(where, a, b, sides, visiting);
    } finally {
      visiting.remove(pair);
    }
  }

  private void compareContents(String where, SchemaView a, SchemaView b, Sides sides,
      Set<String> visiting) {
    nullability(where, a.nullable, b.nullable, a.describe(), b.describe(), sides);
    if (a.nothing || b.nothing) {
      if (a.nothing != b.nothing) {
        record(b.nothing ? NOW_NOTHING : NO_LONGER_NOTHING, where, sides,
            "was", a.describe(), "now", b.describe());
      }
      return;
    }
    if (a.isUnion() || b.isUnion()) {
      if (a.isUnion() && b.isUnion()) {
        compareForms(where, a, b, sides, visiting);
      } else if (b.isUnion()) {
        becameUnion(where, a, b, sides);
      } else {
        record(NO_LONGER_UNION, where, sides, "was", plain(a), "now", plain(b));
      }
      if (a.isObject() && b.isObject()) {
        compareObject(where, a, b, sides, visiting);
      }
      return;
    }
    if (!compareTypes(where, a, b, sides)) {
      return;
    }
    compareEnums(where, a, b, sides);
    compareFormat(where, a, b, sides);
    compareLimits(where, a, b, sides);
    compareDefault(where, a, b, sides);
    flag(where, a.node, b.node, "deprecated", sides);
    flag(where, a.node, b.node, "readOnly", sides);
    flag(where, a.node, b.node, "writeOnly", sides);
    compareIncludes(where, a, b, sides);
    if (a.isObject() && b.isObject()) {
      compareObject(where, a, b, sides, visiting);
    }
    if (a.types.contains("array") && b.types.contains("array")) {
      compare(where + "[]", childOrAny(a, "items"), childOrAny(b, "items"), sides, visiting);
    }
  }

  private static SchemaView childOrAny(SchemaView view, String key) {
    SchemaView child = view.child(key);
    return child == null ? SchemaView.of(view.doc, new JsonObject()) : child;
  }

  /** The schema described without its null form. */
  private static String plain(SchemaView view) {
    return view.describe().replace(" or null", "");
  }

  private void nullability(String where, boolean a, boolean b, String typeA, String typeB,
      Sides sides) {
    if (a != b) {
      record(b ? NOW_NULLABLE : NO_LONGER_NULLABLE, where, sides,
          "was", typeA.replace(" or null", ""), "now", typeB.replace(" or null", ""));
    }
  }

  private static boolean covers(Set<String> types, String type) {
    return types.contains(type) || (type.equals("integer") && types.contains("number"));
  }

  private static boolean coversAll(Set<String> wider, Set<String> narrower) {
    return narrower.stream().allMatch(t -> covers(wider, t));
  }

  /** Compares the JSON types; true when the two still share a type, so deeper checks apply. */
  private boolean compareTypes(String where, SchemaView a, SchemaView b, Sides sides) {
    if (a.types.isEmpty() && b.types.isEmpty()) {
      return true;
    }
    String was = String.join(" or ", a.types.isEmpty() ? Set.of("any") : a.types);
    String now = String.join(" or ", b.types.isEmpty() ? Set.of("any") : b.types);
    if (a.types.isEmpty() || b.types.isEmpty()) {
      if ((a.types.isEmpty() && !a.any()) || (b.types.isEmpty() && !b.any())) {
        return true; // a side constrained by allOf parts only: compared part by part below
      }
      record(a.types.isEmpty() ? TYPE_NARROWED_FROM_ANY : TYPE_WIDENED_TO_ANY, where, sides,
          "was", was, "now", now);
      return false;
    }
    boolean widened = coversAll(b.types, a.types);
    boolean narrowed = coversAll(a.types, b.types);
    if (widened && narrowed) {
      return true;
    }
    if (widened || narrowed) {
      record(widened ? TYPE_WIDENED : TYPE_NARROWED, where, sides, "was", was, "now", now);
      return true;
    }
    record(TYPE_CHANGED, where, sides, "was", was, "now", now);
    return a.types.stream().anyMatch(t -> covers(b.types, t))
        || b.types.stream().anyMatch(t -> covers(a.types, t));
  }

  private void becameUnion(String where, SchemaView a, SchemaView b, Sides sides) {
    boolean oldFormKept = b.formViews().stream().anyMatch(form -> sameKind(a, form));
    record(oldFormKept ? NOW_UNION_KEEPING_OLD_FORM : NOW_UNION, where, sides,
        "was", plain(a), "now", plain(b));
  }

  private static boolean sameKind(SchemaView a, SchemaView form) {
    if (a.ref != null) {
      return a.ref.equals(form.ref);
    }
    return !a.types.isEmpty() && a.types.equals(form.types);
  }

  private void compareForms(String where, SchemaView a, SchemaView b, Sides sides,
      Set<String> visiting) {
    List<SchemaView> formsA = a.formViews();
    List<SchemaView> formsB = b.formViews();
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    Set<Integer> takenB = new HashSet<>();
    for (int i = 0; i < formsA.size(); i++) {
      String key = formKey(formsA.get(i));
      if (key == null) {
        continue;
      }
      for (int j = 0; j < formsB.size(); j++) {
        if (!takenB.contains(j) && key.equals(formKey(formsB.get(j)))) {
          pairs.put(i, j);
          takenB.add(j);
          break;
        }
      }
    }
    // Untagged inline objects are matched by position among themselves.
    List<Integer> looseA = new ArrayList<>();
    List<Integer> looseB = new ArrayList<>();
    for (int i = 0; i < formsA.size(); i++) {
      if (formKey(formsA.get(i)) == null) {
        looseA.add(i);
      }
    }
    for (int j = 0; j < formsB.size(); j++) {
      if (formKey(formsB.get(j)) == null && !takenB.contains(j)) {
        looseB.add(j);
      }
    }
    for (int k = 0; k < Math.min(looseA.size(), looseB.size()); k++) {
      pairs.put(looseA.get(k), looseB.get(k));
      takenB.add(looseB.get(k));
    }
    for (int i = 0; i < formsA.size(); i++) {
      if (pairs.containsKey(i)) {
        int j = pairs.get(i);
        compare(where + "(" + formsB.get(j).formLabel(j) + ")", formsA.get(i), formsB.get(j),
            sides, visiting);
      } else {
        record(FORM_REMOVED, where, sides, "form", formsA.get(i).formLabel(i));
      }
    }
    for (int j = 0; j < formsB.size(); j++) {
      if (!takenB.contains(j)) {
        record(sides.has(Side.RESPONSE) ? FORM_ADDED_READ_AS_UNKNOWN : FORM_ADDED, where, sides,
            "form", formsB.get(j).formLabel(j));
      }
    }
  }

  /** A form's key, with renamed components known by their new name. */
  private String formKey(SchemaView form) {
    String key = form.formKey();
    if (key != null && key.startsWith("ref:") && renames.containsKey(key.substring(4))) {
      return "ref:" + renames.get(key.substring(4));
    }
    return key;
  }

  private void compareEnums(String where, SchemaView a, SchemaView b, Sides sides) {
    if (a.enumValues == null && b.enumValues == null) {
      return;
    }
    if (a.enumValues == null || b.enumValues == null) {
      record(a.enumValues == null ? NOW_ENUM : NO_LONGER_ENUM, where, sides,
          "values", values(a.enumValues == null ? b.enumValues : a.enumValues));
      return;
    }
    List<JsonElement> removed = a.enumValues.stream().filter(v -> !b.enumValues.contains(v))
        .collect(Collectors.toList());
    List<JsonElement> added = b.enumValues.stream().filter(v -> !a.enumValues.contains(v))
        .collect(Collectors.toList());
    if (!removed.isEmpty()) {
      record(removed.size() == 1 ? ENUM_VALUE_REMOVED : ENUM_VALUES_REMOVED, where, sides,
          "values", values(removed));
    }
    if (!added.isEmpty()) {
      record(added.size() == 1 ? ENUM_VALUE_ADDED : ENUM_VALUES_ADDED, where, sides,
          "values", values(added));
    }
  }

  private static String values(List<JsonElement> values) {
    return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
  }

  private void compareFormat(String where, SchemaView a, SchemaView b, Sides sides) {
    String formatA = OpenApiDocument.text(a.keyword("format"));
    String formatB = OpenApiDocument.text(b.keyword("format"));
    if (formatA == null ? formatB == null : formatA.equals(formatB)) {
      return;
    }
    ChangeRule rule = FORMAT_CHANGED;
    if (formatA != null && formatB != null && formatB.equals(WIDER_FORMAT.get(formatA))) {
      rule = FORMAT_WIDENED;
    } else if (formatA != null && formatB != null && formatA.equals(WIDER_FORMAT.get(formatB))) {
      rule = FORMAT_NARROWED;
    }
    record(rule, where, sides, "was", String.valueOf(formatA), "now", String.valueOf(formatB));
  }

  private void compareLimits(String where, SchemaView a, SchemaView b, Sides sides) {
    for (String key : LIMITS) {
      JsonElement limitA = a.keyword(key);
      JsonElement limitB = b.keyword(key);
      if (limitA == null ? limitB == null : limitA.equals(limitB)) {
        continue;
      }
      Integer order = compareNumbers(limitA, limitB);
      boolean tighter;
      if (UPPER_LIMITS.contains(key)) {
        tighter = limitA == null || (order != null && order < 0);
      } else {
        tighter = limitA == null || (order != null && order > 0);
      }
      if (limitB == null) {
        tighter = false;
      }
      record(tighter ? LIMIT_TIGHTENED : LIMIT_LOOSENED, where, sides, "keyword", key,
          "was", limitA == null ? "none" : limitA.toString(),
          "now", limitB == null ? "none" : limitB.toString());
    }
    String patternA = OpenApiDocument.text(a.keyword("pattern"));
    String patternB = OpenApiDocument.text(b.keyword("pattern"));
    if (patternA == null ? patternB != null : !patternA.equals(patternB)) {
      record(patternB == null ? PATTERN_REMOVED : PATTERN_CHANGED, where, sides,
          "was", String.valueOf(patternA), "now", String.valueOf(patternB));
    }
    boolean uniqueA = isTrue(a.keyword("uniqueItems"));
    boolean uniqueB = isTrue(b.keyword("uniqueItems"));
    if (uniqueA != uniqueB) {
      record(uniqueB ? ITEMS_NOW_UNIQUE : ITEMS_NO_LONGER_UNIQUE, where, sides);
    }
    JsonElement multipleA = a.keyword("multipleOf");
    JsonElement multipleB = b.keyword("multipleOf");
    if (multipleA == null ? multipleB != null : !multipleA.equals(multipleB)) {
      record(multipleB == null ? MULTIPLE_OF_REMOVED : MULTIPLE_OF_CHANGED, where, sides,
          "was", String.valueOf(multipleA), "now", String.valueOf(multipleB));
    }
  }

  /** Sign of b - a for two numbers (1: b is larger), or null when either is not a number. */
  private static Integer compareNumbers(JsonElement a, JsonElement b) {
    if (a == null || b == null || !a.isJsonPrimitive() || !b.isJsonPrimitive()
        || !a.getAsJsonPrimitive().isNumber() || !b.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    return Integer.signum(
        new BigDecimal(b.getAsString()).compareTo(new BigDecimal(a.getAsString())));
  }

  private void compareDefault(String where, SchemaView a, SchemaView b, Sides sides) {
    JsonElement defaultA = a.keyword("default");
    JsonElement defaultB = b.keyword("default");
    if (defaultA == null ? defaultB != null : !defaultA.equals(defaultB)) {
      record(DEFAULT_CHANGED, where, sides,
          "was", codeOrNone(defaultA), "now", codeOrNone(defaultB));
    }
  }

  private static String codeOrNone(JsonElement value) {
    return value == null ? "none" : "`" + value + "`";
  }

  private void flag(String where, JsonObject a, JsonObject b, String key, Sides sides) {
    boolean flagA = isTrue(a.get(key));
    boolean flagB = isTrue(b.get(key));
    if (flagA != flagB) {
      record(flagB ? FLAG_SET : FLAG_CLEARED, where, sides, "flag", key);
    }
  }

  private void compareIncludes(String where, SchemaView a, SchemaView b, Sides sides) {
    Set<String> before = new LinkedHashSet<>();
    for (String name : a.allOfRefs) {
      before.add(renames.getOrDefault(name, name));
    }
    Set<String> after = new LinkedHashSet<>(b.allOfRefs);
    for (String name : after) {
      if (!before.contains(name)) {
        boolean demands = newer.schema(name)
            .map(body -> !SchemaView.of(newer, body).required.isEmpty()).orElse(false);
        record(demands ? INCLUDE_WITH_REQUIRED_ADDED : INCLUDE_ADDED, where, sides, "schema", name);
      }
    }
    for (String name : before) {
      if (!after.contains(name)) {
        record(INCLUDE_REMOVED, where, sides, "schema", name);
      }
    }
  }

  private void compareObject(String where, SchemaView a, SchemaView b, Sides sides,
      Set<String> visiting) {
    Set<String> names = new LinkedHashSet<>(b.properties.keySet());
    names.addAll(a.properties.keySet());
    for (String name : names) {
      String sub = where + "." + name;
      boolean requiredA = a.required.contains(name);
      boolean requiredB = b.required.contains(name);
      if (!a.properties.containsKey(name)) {
        record(requiredB ? REQUIRED_PROPERTY_ADDED : PROPERTY_ADDED, sub, sides);
      } else if (!b.properties.containsKey(name)) {
        record(PROPERTY_REMOVED, sub, sides);
      } else {
        compare(sub, a.property(name), b.property(name), sides, visiting);
        if (!requiredA && requiredB) {
          record(PROPERTY_NOW_REQUIRED, sub, sides);
        } else if (requiredA && !requiredB) {
          record(PROPERTY_NO_LONGER_REQUIRED, sub, sides);
        }
      }
    }
    compareAdditional(where, a, b, sides, visiting);
    if (a.keyword("propertyNames") != null || b.keyword("propertyNames") != null) {
      compare(where + "{name}", childOrAny(a, "propertyNames"), childOrAny(b, "propertyNames"),
          sides, visiting);
    }
  }

  private void compareAdditional(String where, SchemaView a, SchemaView b, Sides sides,
      Set<String> visiting) {
    JsonElement extraA = a.keyword("additionalProperties");
    JsonElement extraB = b.keyword("additionalProperties");
    boolean closedA = extraA != null && extraA.isJsonPrimitive() && !extraA.getAsBoolean();
    boolean closedB = extraB != null && extraB.isJsonPrimitive() && !extraB.getAsBoolean();
    if (closedA != closedB) {
      record(closedB ? CLOSED_TO_OTHER_PROPERTIES : OPEN_TO_OTHER_PROPERTIES, where, sides);
      return;
    }
    if (extraA instanceof JsonObject || extraB instanceof JsonObject) {
      compare(where + "{}", childOrAny(a, "additionalProperties"),
          childOrAny(b, "additionalProperties"), sides, visiting);
    }
  }
}
