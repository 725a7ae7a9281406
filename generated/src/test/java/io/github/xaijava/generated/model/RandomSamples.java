package io.github.xaijava.generated.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random sample JSON for the schemas of the document the build generated from (the same shaped
 * document as {@link SpecSamples}), all decisions taken from one {@link Random}: the same seed
 * gives the same sample. Optional properties are present, absent or (where the schema allows)
 * null; unions take a random form (sometimes one this version does not know), enums sometimes a
 * future value; strings mix escapes, control characters and characters outside the BMP; numbers
 * span their format; objects sometimes carry members their class does not declare, in any order.
 */
final class RandomSamples {

  /** Prefix of enum values and union discriminators no version of the document has. */
  static final String FUTURE = "zz_future_";
  /** Prefix of members no class declares (kept as extra properties). */
  static final String EXTRA = "zz_extra_";

  /** How many levels below maxDepth required properties are still filled (then: empty objects). */
  private static final int REQUIRED_DEPTH = 4;

  private final JsonObject schemas;
  private final Random random;
  private final int maxDepth;
  private final boolean nullMembersInFreeForm;
  private final boolean requiredMissingOrNull;
  /** Above 0 while making the body of an unknown union form (kept as JSON, like free-form). */
  private int inUnknownForm;

  /**
   * @param maxDepth the depth down to which optional properties, array items and free-form
   *     values are made; below it objects get their required properties only
   * @param nullMembersInFreeForm whether JSON kept as JSON (free-form properties, unknown
   *     members, unknown union forms) may hold object members whose value is null
   * @param requiredMissingOrNull whether a required property is sometimes left out, or null
   *     where its schema allows it (servers do both; models read it and fail only when asked)
   */
  RandomSamples(JsonObject schemas, Random random, int maxDepth, boolean nullMembersInFreeForm,
      boolean requiredMissingOrNull) {
    this.schemas = schemas;
    this.random = random;
    this.maxDepth = maxDepth;
    this.nullMembersInFreeForm = nullMembersInFreeForm;
    this.requiredMissingOrNull = requiredMissingOrNull;
  }

  /** A sample of the named schema (never JSON {@code null}: a model reads that as no model). */
  JsonElement of(String name) {
    return named(name, 0);
  }

  private JsonElement named(String name, int depth) {
    JsonObject schema = schemas.getAsJsonObject(name);
    switch (kind(schema)) {
      case "sealed":
        return sealed(schema, depth);
      case "holder":
        return holder(schema, depth);
      case "enum":
        return enumValue(schema);
      default:
        return sample(schema, depth);
    }
  }

  private JsonElement sample(JsonObject schema, int depth) {
    return sample(schema, depth, true);
  }

  /** @param mayBeNull false where JSON null is not to be made even if the schema allows it */
  private JsonElement sample(JsonObject schema, int depth, boolean mayBeNull) {
    // an unknown form keeps its JSON as it came: its null members are free-form nulls
    boolean keptAsJson = inUnknownForm > 0 && !nullMembersInFreeForm;
    if (depth > 0 && mayBeNull && !keptAsJson && allowsNull(schema) && chance(0.1)) {
      return JsonNull.INSTANCE;
    }
    if (schema.has("$ref")) {
      return named(refName(schema), depth);
    }
    if (schema.has("allOf")) {
      return object(flatten(schema), depth);
    }
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (schema.has(key)) {
        return sample(pick(nonNullAlternatives(schema.getAsJsonArray(key))), depth);
      }
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum")) {
      return enumValue(schema);
    }
    String type = schema.has("type") ? SpecSamples.type(schema)
        : schema.has("properties") ? "object" : "any";
    switch (type) {
      case "string":
        return new JsonPrimitive(string());
      case "integer":
        return "int64".equals(format(schema)) ? new JsonPrimitive(int64()) : new JsonPrimitive(int32());
      case "number":
        return number();
      case "boolean":
        return new JsonPrimitive(random.nextBoolean());
      case "array":
        JsonArray array = new JsonArray();
        int items = depth < maxDepth ? random.nextInt(4) : 0;
        for (int i = 0; i < items && schema.has("items"); i++) {
          array.add(sample(schema.getAsJsonObject("items"), depth + 1));
        }
        return array;
      case "object":
        return object(schema, depth);
      default:
        // no type at all: any JSON value (null was decided above, as for every property)
        return nonNullJson(depth);
    }
  }

  /** An object of a schema with properties, a map (additionalProperties), or free-form. */
  private JsonObject object(JsonObject schema, int depth) {
    JsonObject properties = schema.getAsJsonObject("properties");
    if (properties == null) {
      JsonElement values = schema.get("additionalProperties");
      if (values != null && values.isJsonObject()) {
        return map(schema, values.getAsJsonObject(), depth);
      }
      return freeObject(depth);
    }
    JsonObject object = new JsonObject();
    if (depth > maxDepth + REQUIRED_DEPTH) {
      return object; // recursion stops here, required or not
    }
    Set<String> required = new HashSet<>();
    if (schema.has("required")) {
      schema.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
    }
    List<String> names = new ArrayList<>(properties.keySet());
    if (chance(0.5)) {
      // JSON member order carries no meaning; the adapters must not depend on it
      Collections.shuffle(names, random);
    }
    for (String name : names) {
      boolean isRequired = required.contains(name);
      if (isRequired && requiredMissingOrNull && chance(0.1)) {
        continue;
      }
      if (isRequired || (depth < maxDepth && chance(0.5))) {
        object.add(name, sample(properties.getAsJsonObject(name), depth + 1,
            !isRequired || requiredMissingOrNull));
      }
    }
    if (chance(0.15)) {
      // members of a newer version of the API, kept by the model as extra properties
      int extras = 1 + random.nextInt(2);
      for (int i = 0; i < extras; i++) {
        String name = EXTRA + string();
        if (!properties.has(name)) {
          object.add(name, extraValue(depth + 1));
        }
      }
    }
    return object;
  }

  /** The value of an undeclared member: any JSON, null only when free-form nulls are on. */
  private JsonElement extraValue(int depth) {
    return nullMembersInFreeForm ? anyJson(depth) : nonNullJson(depth);
  }

  private JsonElement nonNullJson(int depth) {
    JsonElement value = anyJson(depth);
    while (value.isJsonNull()) {
      value = anyJson(depth);
    }
    return value;
  }

  private JsonObject map(JsonObject schema, JsonObject values, int depth) {
    JsonObject map = new JsonObject();
    int entries = depth < maxDepth ? random.nextInt(4) : 0;
    boolean integerKeys = schema.has("propertyNames")
        && "integer".equals(SpecSamples.type(schema.getAsJsonObject("propertyNames")));
    for (int i = 0; i < entries; i++) {
      String key = integerKeys ? Integer.toString(int32()) : string();
      map.add(key, sample(values, depth + 1));
    }
    return map;
  }

  /** A sealed union: a random form with one of its discriminator values, or an unknown form. */
  private JsonElement sealed(JsonObject schema, int depth) {
    JsonObject meta = schema.getAsJsonObject("x-xai-union");
    String dispatch = meta.has("dispatchJson") ? meta.get("dispatchJson").getAsString()
        : meta.has("dispatch") ? meta.get("dispatch").getAsString() : null;
    JsonObject form = pick(meta.getAsJsonArray("forms")).getAsJsonObject();
    String formClass = form.get("class").getAsString();
    // a form a later version adds, made from a known one: read as Unknown, kept as JSON
    boolean unknown = dispatch != null && chance(0.1);
    if (!unknown && "sealed".equals(kind(schemas.getAsJsonObject(formClass)))) {
      return named(formClass, depth); // a nested union claims its own forms' values
    }
    JsonElement sample;
    if (unknown) {
      inUnknownForm++;
      sample = named(formClass, depth);
      inUnknownForm--;
    } else {
      sample = named(formClass, depth);
    }
    if (dispatch == null || !sample.isJsonObject()) {
      return sample;
    }
    JsonObject object = sample.getAsJsonObject();
    String value;
    if (unknown) {
      value = FUTURE + string();
    } else if (form.has("values") && form.getAsJsonArray("values").size() > 0) {
      value = pick(form.getAsJsonArray("values")).getAsString();
    } else {
      return object; // a form without a value of its own (a wildcard): as its class made it
    }
    object.remove(dispatch);
    if (chance(0.5)) {
      // xAI writes the discriminator first (the adapters' one-pass read); elsewhere is allowed
      JsonObject first = new JsonObject();
      first.addProperty(dispatch, value);
      object.entrySet().forEach(e -> first.add(e.getKey(), e.getValue()));
      return first;
    }
    object.addProperty(dispatch, value);
    return object;
  }

  /** A holder union: a random alternative, or JSON of a kind none of its forms takes. */
  private JsonElement holder(JsonObject schema, int depth) {
    if (chance(0.1)) {
      Set<String> tokens = new HashSet<>();
      for (JsonElement form : schema.getAsJsonObject("x-xai-union").getAsJsonArray("forms")) {
        tokens.add(form.getAsJsonObject().get("token").getAsString());
      }
      List<JsonElement> others = new ArrayList<>();
      if (!tokens.contains("STRING")) {
        others.add(new JsonPrimitive(string()));
      }
      if (!tokens.contains("NUMBER")) {
        others.add(number());
      }
      if (!tokens.contains("BOOLEAN")) {
        others.add(new JsonPrimitive(random.nextBoolean()));
      }
      if (!tokens.contains("BEGIN_OBJECT")) {
        others.add(freeObject(depth + 1));
      }
      if (!others.isEmpty()) {
        return others.get(random.nextInt(others.size()));
      }
    }
    return sample(pick(nonNullAlternatives(schema.getAsJsonArray("oneOf"))), depth);
  }

  private JsonElement enumValue(JsonObject schema) {
    List<JsonElement> known = new ArrayList<>();
    schema.getAsJsonArray("enum").forEach(v -> {
      if (!v.isJsonNull()) {
        known.add(v);
      }
    });
    if (known.isEmpty() || chance(0.15)) {
      return new JsonPrimitive(FUTURE + string()); // open enums keep values they do not know
    }
    return known.get(random.nextInt(known.size())).deepCopy();
  }

  /** Any JSON value: free-form properties, unknown members, unknown union forms. */
  private JsonElement anyJson(int depth) {
    int kinds = depth < maxDepth + 1 ? 7 : 5;
    switch (random.nextInt(kinds)) {
      case 0:
        return JsonNull.INSTANCE;
      case 1:
        return new JsonPrimitive(random.nextBoolean());
      case 2:
        return chance(0.5) ? new JsonPrimitive(int64()) : number();
      case 3:
      case 4:
        return new JsonPrimitive(string());
      case 5:
        JsonArray array = new JsonArray();
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
          array.add(anyJson(depth + 1)); // null elements of an array are always allowed
        }
        return array;
      default:
        return freeObject(depth + 1);
    }
  }

  private JsonObject freeObject(int depth) {
    JsonObject object = new JsonObject();
    int members = depth <= maxDepth + 1 ? random.nextInt(4) : 0;
    for (int i = 0; i < members; i++) {
      object.add(string(), nullMembersInFreeForm ? anyJson(depth + 1) : nonNullJson(depth + 1));
    }
    return object;
  }

  /**
   * A string of 0 to 20 code points: mostly ASCII, with characters JSON must escape (quotes,
   * backslash, control characters), ones JavaScript treats as line ends (U+2028, U+2029), HTML
   * specials, other BMP characters and emoji outside the BMP (surrogate pairs in Java).
   */
  String string() {
    int length = random.nextInt(21);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int category = random.nextInt(20);
      if (category < 9) {
        out.append((char) (0x20 + random.nextInt(0x7f - 0x20)));
      } else if (category < 11) {
        out.append("\"\\/'<>&=".charAt(random.nextInt(8)));
      } else if (category < 13) {
        out.append(random.nextInt(8) == 0 ? (char) 0x7f : (char) random.nextInt(0x20));
      } else if (category < 14) {
        out.append(random.nextBoolean() ? '\u2028' : '\u2029');
      } else if (category < 16) {
        out.append("é中ß\u00a0\ufeffЖ€\ufffd".charAt(random.nextInt(8)));
      } else {
        int[] extremes = {0x10000, 0x10ffff, 0x1f600, 0x1f44d, 0x1f9ea};
        out.appendCodePoint(random.nextInt(4) == 0 ? extremes[random.nextInt(extremes.length)]
            : 0x1f300 + random.nextInt(0x1faff - 0x1f300));
      }
    }
    return out.toString();
  }

  private int int32() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(201) - 100;
      case 1:
        int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1};
        return extremes[random.nextInt(extremes.length)];
      default:
        return random.nextInt();
    }
  }

  private long int64() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(201) - 100;
      case 1:
        long[] extremes = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, Integer.MAX_VALUE + 1L,
            Integer.MIN_VALUE - 1L, (1L << 53) + 1, -(1L << 53) - 1};
        return extremes[random.nextInt(extremes.length)];
      default:
        return random.nextLong();
    }
  }

  /** A finite double, or a small integer (JSON without a fraction). */
  private JsonPrimitive number() {
    switch (random.nextInt(5)) {
      case 0:
        return new JsonPrimitive(random.nextInt(21) - 10);
      case 1:
        return new JsonPrimitive(random.nextDouble());
      case 2:
        return new JsonPrimitive((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30)));
      case 3:
        double[] specials = {0.0, -0.0, 0.1, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1e21, 123456789.125, -1.5};
        return new JsonPrimitive(specials[random.nextInt(specials.length)]);
      default:
        double bits;
        do {
          bits = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(bits));
        return new JsonPrimitive(bits);
    }
  }

  /** An allOf schema as one object schema: the parts' properties and required names merged. */
  private JsonObject flatten(JsonObject schema) {
    Map<String, JsonElement> properties = new LinkedHashMap<>();
    JsonArray required = new JsonArray();
    collect(schema, properties, required);
    JsonObject flat = new JsonObject();
    flat.addProperty("type", "object");
    JsonObject props = new JsonObject();
    properties.forEach(props::add);
    flat.add("properties", props);
    flat.add("required", required);
    return flat;
  }

  private void collect(JsonObject schema, Map<String, JsonElement> properties, JsonArray required) {
    if (schema.has("$ref")) {
      collect(schemas.getAsJsonObject(refName(schema)), properties, required);
      return;
    }
    if (schema.has("allOf")) {
      schema.getAsJsonArray("allOf").forEach(p -> collect(p.getAsJsonObject(), properties, required));
    }
    if (schema.has("properties")) {
      schema.getAsJsonObject("properties").entrySet()
          .forEach(e -> properties.put(e.getKey(), e.getValue()));
    }
    if (schema.has("required")) {
      schema.getAsJsonArray("required").forEach(r -> {
        if (!required.contains(r)) {
          required.add(r);
        }
      });
    }
  }

  /** Whether a (property) schema takes JSON null: a null type, x-xai-nullable, a null form, no type. */
  static boolean allowsNull(JsonObject schema) {
    JsonElement type = schema.get("type");
    if (type != null && type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if ("null".equals(t.getAsString())) {
          return true;
        }
      }
    }
    if (schema.has("x-xai-nullable") && schema.get("x-xai-nullable").getAsBoolean()) {
      return true;
    }
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (schema.has(key)) {
        for (JsonElement alternative : schema.getAsJsonArray(key)) {
          if ("null".equals(SpecSamples.type(alternative.getAsJsonObject()))) {
            return true;
          }
        }
      }
    }
    return type == null && !schema.has("$ref") && !schema.has("properties")
        && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")
        && !schema.has("enum") && !schema.has("const");
  }

  private static List<JsonElement> nonNullAlternatives(JsonArray alternatives) {
    List<JsonElement> list = new ArrayList<>();
    for (JsonElement alternative : alternatives) {
      if (!"null".equals(SpecSamples.type(alternative.getAsJsonObject()))) {
        list.add(alternative);
      }
    }
    return list;
  }

  private JsonObject pick(List<JsonElement> list) {
    return list.get(random.nextInt(list.size())).getAsJsonObject();
  }

  private JsonElement pick(JsonArray array) {
    return array.get(random.nextInt(array.size()));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  static String kind(JsonObject schema) {
    JsonElement kind = schema.get("x-xai-kind");
    return kind == null ? "" : kind.getAsString();
  }

  private static String refName(JsonObject schema) {
    return schema.get("$ref").getAsString().replace("#/components/schemas/", "");
  }

  private static String format(JsonObject schema) {
    return schema.has("format") ? schema.get("format").getAsString() : "";
  }
}
