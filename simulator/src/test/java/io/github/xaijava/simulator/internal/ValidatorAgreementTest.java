package io.github.xaijava.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.openapi.JsonTypes;
import io.github.xaijava.openapi.Nullability;
import io.github.xaijava.simulator.SchemasAccess;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our {@link SchemaValidator} checks only the subset of JSON Schema that xAI's document uses; this
 * test holds it to a validator nobody here wrote (networknt) on every component schema of the
 * document: the simulator's own instance of each schema must pass both, and mutations of it (a
 * required property dropped, a property of the wrong JSON type, a value outside an enum, a string
 * where an object goes, a number or array just past a declared bound, an integer past its format's
 * width) must be judged alike by both. Where they differ on purpose the case is listed in
 * {@link #KNOWN} with its reason; any other disagreement fails the test.
 */
class ValidatorAgreementTest {
  // The kinds of mutation. The last three check bounds: SchemaValidator enforces only the width of
  // the Rust integer behind a schema, not minimum/maximum/maxItems (see KNOWN).
  private static final String GENERATED = "generated instance";
  private static final String ROOT_STRING = "string at the root";
  private static final String ROOT_ENUM = "root outside its enum";
  private static final String MISSING = "required property removed";
  private static final String WRONG_TYPE = "property of another JSON type";
  private static final String OUTSIDE_ENUM = "property outside its enum";
  private static final String BELOW_BOUND = "number below its minimum, array below its minItems";
  private static final String ABOVE_BOUND = "number above its maximum, array above its maxItems";
  private static final String PAST_WIDTH = "integer past its format's width";

  /**
   * A disagreement we accept: in {@code schema} ({@code *}: any), a mutation of {@code kind} that
   * {@code ours} accepts (or rejects) and networknt judges the other way, and why they may differ.
   */
  private record Known(String schema, String kind, boolean oursAccepts, String reason) {
    boolean covers(String schemaName, Mutation m, boolean ours) {
      return (schema.equals("*") || schema.equals(schemaName)) && kind.equals(m.kind()) && oursAccepts == ours;
    }
  }

  /** Every disagreement the test tolerates, one line of reason each; any other fails it. */
  private static final List<Known> KNOWN = List.of(
      new Known("*", BELOW_BOUND, true,
          "SchemaValidator leaves minimum, exclusiveMinimum and minItems to the handlers, as serde does"),
      new Known("*", ABOVE_BOUND, true,
          "SchemaValidator leaves maximum, exclusiveMaximum and maxItems to the handlers, as serde does"),
      new Known("*", PAST_WIDTH, false,
          "networknt knows no int32/int64 format (OpenAPI's, not JSON Schema's); ours rejects what serde's "
              + "i32/u32/i64 cannot hold"));

  /** A changed instance: the kind of change, what exactly was changed, and the result. */
  private record Mutation(String kind, String what, JsonElement instance) {}

  @Test
  void ourValidatorJudgesEverySchemaOfTheDocumentAsNetworkntDoes() throws Exception {
    OpenApi api = OpenApi.get();
    SchemaValidator ours = new SchemaValidator(api);
    JsonObject document = toleratedDocument(api);
    Set<String> names = document.getAsJsonObject("components").getAsJsonObject("schemas").keySet();

    int schemas = 0;
    int mutations = 0;
    int agreements = 0;
    int bothReject = 0;
    Map<String, int[]> byKind = new LinkedHashMap<>();
    Map<Known, List<String>> excused = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (String name : names) {
      JsonObject schema = api.schema(name);
      String standalone = SchemasAccess.standalone(schema, document);
      schemas++;

      JsonElement instance = api.instance(schema);
      List<Mutation> cases = new ArrayList<>();
      cases.add(new Mutation(GENERATED, GENERATED, instance));
      cases.addAll(mutations(api, schema, instance));
      for (Mutation m : cases) {
        String text = Json.write(m.instance());
        String oursSays = ours.validate(JsonText.parse(text), name);
        Set<?> theirsSay = SchemasAccess.errors(standalone, text);
        boolean oursAccepts = oursSays == null;
        boolean theirsAccepts = theirsSay.isEmpty();
        boolean expected = m.kind().equals(GENERATED) ? oursAccepts && theirsAccepts : oursAccepts == theirsAccepts;
        if (!m.kind().equals(GENERATED)) {
          mutations++;
          agreements += expected ? 1 : 0;
          bothReject += expected && !oursAccepts ? 1 : 0;
          int[] kind = byKind.computeIfAbsent(m.kind(), k -> new int[2]);
          kind[0]++;
          kind[1] += expected ? 1 : 0;
        }
        if (expected) {
          continue;
        }
        Known known = KNOWN.stream().filter(k -> k.covers(name, m, oursAccepts)).findFirst().orElse(null);
        if (known != null) {
          excused.computeIfAbsent(known, k -> new ArrayList<>()).add(name + " / " + m.what());
        } else {
          failures.add(name + " / " + m.kind() + ": " + m.what() + ": " + text + "\n    ours "
              + (oursAccepts ? "accepts" : "rejects: " + oursSays) + "\n    networknt "
              + (theirsAccepts ? "accepts" : "rejects: " + theirsSay));
        }
      }
    }

    StringBuilder counts = new StringBuilder("validator agreement: ").append(schemas).append(" schemas, ")
        .append(mutations).append(" mutations, ").append(agreements).append(" agreements (both reject ")
        .append(bothReject).append(", both accept ").append(agreements - bothReject).append("), ")
        .append(excused.values().stream().mapToInt(List::size).sum()).append(" disagreements under ")
        .append(excused.size()).append(" of ").append(KNOWN.size()).append(" listed exceptions, ")
        .append(failures.size()).append(" unlisted disagreements");
    byKind.forEach((kind, n) -> counts.append("\n  ").append(kind).append(": ").append(n[0]).append(" mutations, ")
        .append(n[1]).append(" agreements"));
    excused.forEach((k, cases) -> counts.append("\n  listed exception, ").append(k.kind()).append(" (")
        .append(k.reason()).append("): ").append(cases.size()).append(" cases, e.g. ")
        .append(cases.subList(0, Math.min(3, cases.size()))));
    System.out.println(counts);
    assertTrue(failures.isEmpty(), counts + "\n" + String.join("\n", failures));
    assertTrue(schemas > 0 && mutations > schemas, counts.toString());
  }

  /**
   * The jar's document with its component schemas as the simulator holds them, tolerances applied
   * (see {@code OpenApi.applyTolerances}): both validators must judge the same schemas.
   */
  private static JsonObject toleratedDocument(OpenApi api) {
    JsonObject document = SchemasAccess.documentFromJar();
    JsonObject schemas = document.getAsJsonObject("components").getAsJsonObject("schemas");
    for (String name : new ArrayList<>(schemas.keySet())) {
      schemas.add(name, api.schema(name));
    }
    return document;
  }

  /**
   * The mutations of {@code instance}, an instance of {@code schema}, that the test puts to both
   * validators. Property mutations apply to every property the schema declares, whether the generator
   * filled it or not (it fills only the required ones when there are any).
   */
  private static List<Mutation> mutations(OpenApi api, JsonObject schema, JsonElement instance) {
    List<Mutation> out = new ArrayList<>();
    if (!instance.isJsonObject()) {
      if (hasStringEnum(api, schema, 0)) {
        out.add(new Mutation(ROOT_ENUM, "root outside its enum", new JsonPrimitive("not-a-member")));
      }
      return out;
    }
    out.add(new Mutation(ROOT_STRING, "string at the root", new JsonPrimitive("mutated")));
    Map<String, JsonObject> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(api, schema, properties, required, 0);
    JsonObject object = instance.getAsJsonObject();
    for (String r : required) {
      if (object.has(r)) {
        out.add(new Mutation(MISSING, "without required `" + r + "`", without(object, r)));
      }
    }
    for (Map.Entry<String, JsonObject> p : properties.entrySet()) {
      String property = p.getKey();
      List<String> types = types(api, p.getValue(), 0);
      JsonElement other = otherType(types);
      if (other != null) {
        out.add(new Mutation(WRONG_TYPE, "`" + property + "` as " + JsonTypes.ofValue(other)
            + " (declared " + types + ")", with(object, property, other)));
      }
      if (hasStringEnum(api, p.getValue(), 0)) {
        out.add(new Mutation(OUTSIDE_ENUM, "`" + property + "` outside its enum",
            with(object, property, new JsonPrimitive("not-a-member"))));
      }
      JsonObject plain = plain(api, p.getValue(), 0);
      boolean integer = types.contains("integer") && !types.contains("number");
      if (plain != null && (types.contains("integer") || types.contains("number"))) {
        numberBound(out, object, property, plain, "minimum", -1, integer);
        numberBound(out, object, property, plain, "exclusiveMinimum", 0, integer);
        numberBound(out, object, property, plain, "maximum", 1, integer);
        numberBound(out, object, property, plain, "exclusiveMaximum", 0, integer);
        if (integer && !plain.has("maximum") && !plain.has("exclusiveMaximum")) {
          // the one bound our validator checks: the width of the Rust integer behind the schema (a
          // declared maximum is checked by the mutations above)
          boolean int32 = "int32".equals(Json.string(plain, "format", ""));
          BigInteger past = BigInteger.ONE.shiftLeft(int32 ? 31 : 63);
          out.add(new Mutation(PAST_WIDTH, "`" + property + "` = " + past + " ("
              + Json.string(plain, "format", "no format") + ")", with(object, property, new JsonPrimitive(past))));
        }
      }
      if (plain != null && plain.has("maxItems") && types.contains("array")) {
        JsonArray items = new JsonArray();
        JsonObject itemSchema = Json.object(plain, "items");
        JsonElement item = itemSchema == null ? new JsonPrimitive("item") : api.instance(itemSchema);
        for (long i = 0; i <= plain.get("maxItems").getAsLong(); i++) {
          items.add(item.deepCopy());
        }
        out.add(new Mutation(ABOVE_BOUND, "`" + property + "` with maxItems + 1 items",
            with(object, property, items)));
      }
      if (plain != null && Json.integer(plain, "minItems", 0) > 0 && types.contains("array")) {
        out.add(new Mutation(BELOW_BOUND, "`" + property + "` with no items (minItems "
            + plain.get("minItems") + ")", with(object, property, new JsonArray())));
      }
    }
    return out;
  }

  /** A value of {@code property} just past its {@code keyword} bound, if it has one. */
  private static void numberBound(List<Mutation> out, JsonObject object, String property, JsonObject plain,
      String keyword, int step, boolean integer) {
    JsonElement bound = plain.get(keyword);
    if (bound == null || !bound.isJsonPrimitive() || !bound.getAsJsonPrimitive().isNumber()) {
      return;
    }
    BigDecimal value = bound.getAsBigDecimal().add(BigDecimal.valueOf(step));
    JsonPrimitive past = integer ? new JsonPrimitive(value.toBigInteger()) : new JsonPrimitive(value);
    String kind = keyword.endsWith("inimum") ? BELOW_BOUND : ABOVE_BOUND;
    out.add(new Mutation(kind, "`" + property + "` = " + past + " (" + keyword + " " + bound + ")",
        with(object, property, past)));
  }

  private static JsonObject with(JsonObject object, String property, JsonElement value) {
    JsonObject copy = object.deepCopy();
    copy.add(property, value.deepCopy());
    return copy;
  }

  private static JsonObject without(JsonObject object, String property) {
    JsonObject copy = object.deepCopy();
    copy.remove(property);
    return copy;
  }

  /** The schema itself, through references and a union's only non-null form. */
  private static JsonObject plain(OpenApi api, JsonObject schema, int depth) {
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.has("$ref")) {
      return plain(api, api.resolve(schema.get("$ref").getAsString()), depth + 1);
    }
    JsonElement sole = JsonTypes.forms(schema) == null ? null : Nullability.soleForm(schema);
    return sole != null && sole.isJsonObject() ? plain(api, sole.getAsJsonObject(), depth + 1) : schema;
  }

  /**
   * The properties and required names of the object {@code schema} describes, the way the generator
   * makes its instance: through references, all members of an {@code allOf}, the first non-null form
   * of a union.
   */
  private static void collect(OpenApi api, JsonObject schema, Map<String, JsonObject> properties,
      Set<String> required, int depth) {
    if (schema == null || depth > 8) {
      return;
    }
    if (schema.has("$ref")) {
      collect(api, api.resolve(schema.get("$ref").getAsString()), properties, required, depth + 1);
      return;
    }
    for (JsonElement member : Json.array(schema, "allOf")) {
      collect(api, member.getAsJsonObject(), properties, required, depth + 1);
    }
    List<JsonElement> forms = Nullability.nonNullForms(schema);
    if (!forms.isEmpty()) {
      collect(api, forms.get(0).getAsJsonObject(), properties, required, depth + 1);
    }
    JsonObject declared = Json.object(schema, "properties");
    if (declared != null) {
      declared.entrySet().forEach(e -> properties.putIfAbsent(e.getKey(), e.getValue().getAsJsonObject()));
    }
    Json.array(schema, "required").forEach(r -> required.add(r.getAsString()));
  }

  /**
   * The JSON types a property's schema allows when it states them: its {@code type}, through
   * references and across the forms of a union; empty when any part states none.
   */
  private static List<String> types(OpenApi api, JsonObject schema, int depth) {
    if (schema == null || depth > 8) {
      return List.of();
    }
    if (schema.has("$ref")) {
      return types(api, api.resolve(schema.get("$ref").getAsString()), depth + 1);
    }
    List<String> declared = JsonTypes.declared(schema);
    if (!declared.isEmpty()) {
      return declared;
    }
    JsonArray forms = JsonTypes.forms(schema);
    if (forms == null) {
      return List.of();
    }
    Set<String> union = new TreeSet<>();
    for (JsonElement form : forms) {
      List<String> t = types(api, form.getAsJsonObject(), depth + 1);
      if (t.isEmpty()) {
        return List.of();
      }
      union.addAll(t);
    }
    return new ArrayList<>(union);
  }

  /** A value of a JSON type that {@code types} does not allow (an integer fits a number); null without types. */
  private static JsonElement otherType(List<String> types) {
    if (types.isEmpty()) {
      return null;
    }
    String first = types.stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
    List<JsonElement> candidates = new ArrayList<>();
    switch (first) {
      case "string" -> candidates.add(new JsonPrimitive(true));
      case "integer" -> candidates.add(new JsonPrimitive(1.5));
      case "array" -> candidates.add(new JsonObject());
      case "object" -> candidates.add(new JsonArray());
      default -> candidates.add(new JsonPrimitive("mutated"));
    }
    candidates.add(new JsonPrimitive("mutated"));
    candidates.add(new JsonPrimitive(true));
    candidates.add(new JsonPrimitive(7));
    candidates.add(new JsonObject());
    candidates.add(new JsonArray());
    for (JsonElement c : candidates) {
      String t = JsonTypes.ofValue(c);
      if (!types.contains(t) && !("integer".equals(t) && types.contains("number"))) {
        return c;
      }
    }
    return null;
  }

  /** Whether the schema (through references and a union's only non-null form) is an enum of strings. */
  private static boolean hasStringEnum(OpenApi api, JsonObject schema, int depth) {
    JsonObject plain = plain(api, schema, depth);
    for (JsonElement v : plain == null ? new JsonArray() : Json.array(plain, "enum")) {
      if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
        return true;
      }
    }
    return false;
  }
}
