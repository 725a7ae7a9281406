package io.github.xaijava.generated.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: a random instance of every generated model (each plain model, sealed union, holder
 * union and enum of the document the build used) survives a write-read round trip. For a schema
 * and a seed, {@link RandomSamples} makes sample JSON, read as model A; A written is W, W read is
 * model B: A equals B with the same hash code, B writes exactly W, W is the sample but for what
 * {@link #difference} allows, and an explicit null on a declared property reads as its absence.
 */
class RandomModelRoundTripPropertyTest {

  private static final SpecSamples SPEC = SpecSamples.load();

  /** Every schema with a generated class: the models users read and write. */
  private static final List<String> SCHEMAS = schemasWithClasses();

  /** JSON name to the values some class always writes for it (constant properties). */
  private static final Map<String, Set<String>> CONSTANTS = constants();

  /** About 2.5 s: the samples are small, the adapters fast. */
  private static final int TRIES = 16000;

  /** Writes sample text as it is, null members included; no HTML escapes, as the models' Gson. */
  private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls().disableHtmlEscaping()
      .create();

  /**
   * Whether a required property is sometimes left out (or null where its schema allows it), as a
   * server may do. This found a union's reading depending on member order: with the
   * discriminator first the named form was read in one pass, otherwise the object was buffered
   * and a form missing a required property rejected, so {"type":"function_call","name":"f"}
   * read as ModelOutput gave a FunctionToolCall whose written form (type not first) read back as
   * ModelOutput.Unknown. A discriminator naming one form now picks it either way.
   */
  private static final boolean REQUIRED_MISSING_OR_NULL = true;

  private static List<String> schemasWithClasses() {
    List<String> names = new ArrayList<>();
    for (String name : SPEC.schemas().keySet()) {
      if (SpecSamples.classOf(name) != null
          && Set.of("pojo", "sealed", "holder", "enum").contains(
              RandomSamples.kind(SPEC.schema(name)))) {
        names.add(name);
      }
    }
    return Collections.unmodifiableList(names);
  }

  private static Map<String, Set<String>> constants() {
    Map<String, Set<String>> constants = new HashMap<>();
    collectConstants(SPEC.schemas(), constants);
    return constants;
  }

  private static void collectConstants(JsonElement json, Map<String, Set<String>> into) {
    if (json.isJsonObject()) {
      JsonObject object = json.getAsJsonObject();
      JsonElement properties = object.get("properties");
      if (properties != null && properties.isJsonObject()) {
        properties.getAsJsonObject().entrySet().forEach(e -> {
          JsonElement constant = e.getValue().isJsonObject()
              ? e.getValue().getAsJsonObject().get("x-xai-constant") : null;
          if (constant != null) {
            into.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(constant.getAsString());
          }
        });
      }
      object.entrySet().forEach(e -> collectConstants(e.getValue(), into));
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> collectConstants(e, into));
    }
  }

  /**
   * The schemas in a shuffled round robin rather than {@code Arbitraries.of}: every run tries
   * each schema TRIES / SCHEMAS.size() times (49 or 50 for the 322 of today's document), not
   * only on average. The order comes from jqwik's random, so a run's seed reproduces it.
   */
  @Provide
  Arbitrary<String> schemas() {
    List<String> order = new ArrayList<>(SCHEMAS);
    AtomicInteger next = new AtomicInteger();
    return Arbitraries.fromGenerator(random -> {
      int i = next.getAndIncrement();
      if (i == 0) {
        Collections.shuffle(order, random);
      }
      return Shrinkable.unshrinkable(order.get(i % order.size()));
    });
  }

  @Example
  void theOrderOfMembersNeverChangesTheFormOfAUnion() {
    // The shrunk case the property found: a required property (call_id) missing.
    for (String json : List.of("{\"type\":\"function_call\",\"name\":\"f\"}",
        "{\"name\":\"f\",\"type\":\"function_call\"}")) {
      ModelOutput output = SpecSamples.GSON.fromJson(json, ModelOutput.class);
      assertTrue(output instanceof FunctionToolCall, json + " read as " + output);
    }
  }

  @Example
  void theDocumentGivesEveryKindOfModel() {
    assertTrue(SCHEMAS.size() > 100, "read the whole document: " + SCHEMAS.size());
    Set<String> kinds = new HashSet<>();
    SCHEMAS.forEach(s -> kinds.add(RandomSamples.kind(SPEC.schema(s))));
    assertEquals(Set.of("pojo", "sealed", "holder", "enum"), kinds);
    assertTrue(TRIES >= 10 * SCHEMAS.size(), "tries for each schema: " + SCHEMAS.size());
  }

  /**
   * The depth shrinks: a failure is reported with the shallowest sample that still fails. The
   * seed cannot shrink in a meaningful way (another seed is another sample) but reproduces it.
   */
  @Property(tries = TRIES)
  void everyModelSurvivesAWriteReadRoundTrip(@ForAll("schemas") String schema,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int depth) {
    // Half the samples hold null members inside JSON the models keep as JSON (JSON-typed
    // properties, unknown members, unknown forms): those are written back as null. (They were
    // lost once: a writer that does not serialize nulls dropped them with their names.)
    roundTrip(schema, seed, depth, (seed & 1) == 0, REQUIRED_MISSING_OR_NULL);
  }

  /** The property for one sample; a failure names the schema, seed and depth that reproduce it. */
  static void roundTrip(String schema, long seed, int depth, boolean nullMembersInFreeForm,
      boolean requiredMissingOrNull) {
    JsonElement sample = new RandomSamples(SPEC.schemas(), new Random(seed), depth,
        nullMembersInFreeForm, requiredMissingOrNull).of(schema);
    Class<?> type = SpecSamples.classOf(schema);
    String text = withNulls(sample);
    String where = schema + " (seed " + seed + ", depth " + depth + ")\n  sample:  " + text;

    // read from text, so that the escapes of every string go through the reader
    Object a = SpecSamples.GSON.fromJson(text, type);
    assertNotNull(a, where);
    JsonElement written = SpecSamples.GSON.toJsonTree(a, type);
    where += "\n  written: " + withNulls(written);
    Object b = SpecSamples.GSON.fromJson(written, type);

    assertEquals(a, b, "read back as an equal model: " + where);
    assertEquals(a.hashCode(), b.hashCode(), "same hash code: " + where);
    assertEquals(written, SpecSamples.GSON.toJsonTree(b, type), "B writes W: " + where);
    assertEquals(SpecSamples.GSON.toJson(a, type), SpecSamples.GSON.toJson(b, type),
        "the same text, member order and numbers included: " + where);
    assertEquals(a, SpecSamples.GSON.fromJson(SpecSamples.GSON.toJson(a, type), type),
        "the written text reads as an equal model: " + where);

    assertNull(difference(sample, written, "$"), "W is the sample: " + where);
    if (!nullMembersInFreeForm && !hasNullMember(written)) {
      // the real treatment of an explicit null on a declared property: the same as leaving it out
      // (JSON kept as it came, an unknown form's, keeps its nulls: a null written back marks it)
      assertEquals(a, SpecSamples.GSON.fromJson(withoutNullMembers(sample), type),
          "an explicit null reads as an absent property: " + where);
    }
  }

  /**
   * Where W and the sample differ, or null. What the models do, and so what is allowed here:
   * <ul>
   *   <li>numbers compare by value: a {@code number} property holds a double, so 2 comes back as
   *       2.0; integers (up to the int64 extremes) compare exactly, not through a double;
   *   <li>a member whose value is JSON null is not written when it is a declared property (read
   *       as absent; a constant is written with its value), and written as null inside JSON the
   *       models keep as JSON;
   *   <li>a constant property (the discriminator of a union's form) is always written, also
   *       when the sample left it out;
   *   <li>object members compare in any order (the model writes its declaration order).
   * </ul>
   */
  static String difference(JsonElement sample, JsonElement written, String path) {
    if (sample.isJsonObject()) {
      if (!written.isJsonObject()) {
        return path + ": an object was written as " + written;
      }
      JsonObject in = sample.getAsJsonObject();
      JsonObject out = written.getAsJsonObject();
      for (Map.Entry<String, JsonElement> e : in.entrySet()) {
        String member = path + "." + e.getKey();
        JsonElement value = out.get(e.getKey());
        if (e.getValue().isJsonNull()) {
          // left out (a declared property) or kept as null (JSON kept as JSON)
          if (value != null && !value.isJsonNull() && !isConstant(e.getKey(), value)) {
            return member + ": null was written as " + value;
          }
        } else if (value == null) {
          return member + ": left out";
        } else {
          String difference = difference(e.getValue(), value, member);
          if (difference != null) {
            return difference;
          }
        }
      }
      for (Map.Entry<String, JsonElement> e : out.entrySet()) {
        if (!in.has(e.getKey()) && !isConstant(e.getKey(), e.getValue())) {
          return path + "." + e.getKey() + ": written but not in the sample";
        }
      }
      return null;
    }
    if (sample.isJsonArray()) {
      if (!written.isJsonArray() || written.getAsJsonArray().size() != sample.getAsJsonArray().size()) {
        return path + ": an array of " + sample.getAsJsonArray().size() + " was written as " + written;
      }
      JsonArray in = sample.getAsJsonArray();
      for (int i = 0; i < in.size(); i++) {
        String difference = difference(in.get(i), written.getAsJsonArray().get(i), path + "[" + i + "]");
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (sample.isJsonPrimitive() && sample.getAsJsonPrimitive().isNumber()) {
      return written.isJsonPrimitive() && written.getAsJsonPrimitive().isNumber()
          && new BigDecimal(sample.getAsString()).compareTo(new BigDecimal(written.getAsString())) == 0
          ? null : path + ": " + sample + " was written as " + written;
    }
    return sample.equals(written) ? null : path + ": " + sample + " was written as " + written;
  }

  private static boolean isConstant(String name, JsonElement value) {
    return value.isJsonPrimitive() && CONSTANTS.getOrDefault(name, Set.of()).contains(value.getAsString());
  }

  /** The JSON text with null members kept (the models' Gson leaves them out). */
  static String withNulls(JsonElement json) {
    return WITH_NULLS.toJson(json);
  }

  /** Whether some object member of {@code json}, at any depth, is null. */
  static boolean hasNullMember(JsonElement json) {
    if (json.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
        if (e.getValue().isJsonNull() || hasNullMember(e.getValue())) {
          return true;
        }
      }
    } else if (json.isJsonArray()) {
      for (JsonElement e : json.getAsJsonArray()) {
        if (hasNullMember(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The JSON with every object member whose value is null removed (array elements stay). */
  static JsonElement withoutNullMembers(JsonElement json) {
    if (json.isJsonObject()) {
      JsonObject copy = new JsonObject();
      json.getAsJsonObject().entrySet().forEach(e -> {
        if (!e.getValue().isJsonNull()) {
          copy.add(e.getKey(), withoutNullMembers(e.getValue()));
        }
      });
      return copy;
    }
    if (json.isJsonArray()) {
      JsonArray copy = new JsonArray();
      json.getAsJsonArray().forEach(e -> copy.add(withoutNullMembers(e)));
      return copy;
    }
    return json;
  }
}
