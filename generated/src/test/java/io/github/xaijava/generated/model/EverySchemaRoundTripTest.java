package io.github.xaijava.generated.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.generated.support.OneOf;
import io.github.xaijava.generated.support.OpenEnum;
import io.github.xaijava.generated.support.UnknownForm;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Driven by the document the build used: every model reads a sample with all its properties
 * and writes it back unchanged; every form of every union reads as its own type (and JSON of a
 * form this version does not know survives as {@code Unknown}); every enum keeps known and
 * unknown values. A new schema in a new document of xAI's is covered without a new test.
 */
class EverySchemaRoundTripTest {

  private static final SpecSamples SPEC = SpecSamples.load();
  private static final String FUTURE = "zz_future_value";

  private static Stream<String> schemasOfKind(String kind) {
    return SPEC.schemas().keySet().stream()
        .filter(n -> kind.equals(kindOf(n)) && SpecSamples.classOf(n) != null);
  }

  private static String kindOf(String schema) {
    JsonElement kind = SPEC.schema(schema).get("x-xai-kind");
    return kind == null ? "" : kind.getAsString();
  }

  @Test
  void everySchemaOfTheDocumentHasItsClass() {
    List<String> missing = new ArrayList<>();
    for (String schema : SPEC.schemas().keySet()) {
      if (SpecSamples.classOf(schema) == null && !schema.endsWith("MultipartRequest")) {
        missing.add(schema);
      }
    }
    assertTrue(missing.isEmpty(), "schemas without a generated class: " + missing);
    assertTrue(SPEC.schemas().size() > 100, "read the whole document");
  }

  @TestFactory
  Stream<DynamicTest> everyModelReadsAndWritesEveryProperty() {
    return schemasOfKind("pojo").map(name -> DynamicTest.dynamicTest(name, () -> {
      Class<?> type = SpecSamples.classOf(name);
      JsonElement sample = SPEC.of(name);
      Object model = SpecSamples.GSON.fromJson(sample, type);
      assertEquals(sample, SpecSamples.GSON.toJsonTree(model), "written back unchanged");
      Object copy = invoke(invoke(model, "toBuilder"), "build");
      assertEquals(model, copy, "toBuilder().build() is an equal model");
      assertEquals(model.hashCode(), copy.hashCode());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormOfEverySealedUnionReadsAsItsType() {
    return schemasOfKind("sealed").flatMap(name -> {
      Class<?> union = SpecSamples.classOf(name);
      JsonObject meta = SPEC.schema(name).getAsJsonObject("x-xai-union");
      String dispatch = meta.has("dispatchJson") ? meta.get("dispatchJson").getAsString() : null;
      List<DynamicTest> tests = new ArrayList<>();
      for (JsonElement f : meta.getAsJsonArray("forms")) {
        JsonObject form = f.getAsJsonObject();
        String formClass = form.get("class").getAsString();
        for (String value : values(form, dispatch)) {
          tests.add(DynamicTest.dynamicTest(name + " " + formClass + " " + value, () -> {
            JsonObject sample = SPEC.of(formClass).getAsJsonObject();
            if (value != null) {
              sample.addProperty(dispatch, value);
            }
            Object read = SpecSamples.GSON.fromJson(sample, union);
            // a form may itself be a union (an output item is an input part): then any of its forms
            assertTrue(SpecSamples.classOf(formClass).isInstance(read),
                read.getClass().getSimpleName() + " is not a " + formClass);
            assertFalse(read instanceof UnknownForm, "read as a known form");
            assertEquals(sample, SpecSamples.GSON.toJsonTree(read, union));
          }));
        }
      }
      if (dispatch != null) {
        tests.add(DynamicTest.dynamicTest(name + " unknown form", () -> {
          String first = meta.getAsJsonArray("forms").get(0).getAsJsonObject()
              .get("class").getAsString();
          JsonObject sample = SPEC.of(first).getAsJsonObject();
          sample.addProperty(dispatch, FUTURE);
          Object read = SpecSamples.GSON.fromJson(sample, union);
          UnknownForm unknown = assertInstanceOf(UnknownForm.class, read);
          assertTrue(union.isInstance(read));
          assertEquals(sample, unknown.json());
          assertEquals(sample, SpecSamples.GSON.toJsonTree(read, union));
        }));
      }
      return tests.stream();
    });
  }

  /** The discriminator values a form is read for; one null entry when there is no dispatch. */
  private static List<String> values(JsonObject form, String dispatch) {
    List<String> values = new ArrayList<>();
    if (dispatch != null && form.has("values")) {
      form.getAsJsonArray("values").forEach(v -> values.add(v.getAsString()));
    }
    if (values.isEmpty()) {
      values.add(null);
    }
    return values;
  }

  @TestFactory
  Stream<DynamicTest> everyFormOfEveryHolderUnionReadsAsItsForm() {
    return schemasOfKind("holder").flatMap(name -> {
      Class<?> holder = SpecSamples.classOf(name);
      JsonObject schema = SPEC.schema(name);
      List<JsonObject> alternatives = new ArrayList<>();
      for (JsonElement a : schema.getAsJsonArray("oneOf")) {
        if (!"null".equals(SpecSamples.type(a.getAsJsonObject()))) {
          alternatives.add(a.getAsJsonObject());
        }
      }
      JsonObject meta = schema.getAsJsonObject("x-xai-union");
      Set<String> tokens = new HashSet<>();
      List<DynamicTest> tests = new ArrayList<>();
      for (JsonElement f : meta.getAsJsonArray("forms")) {
        JsonObject form = f.getAsJsonObject();
        tokens.add(form.get("token").getAsString());
        String pascal = form.get("pascal").getAsString();
        JsonObject alternative = alternatives.get(form.get("index").getAsInt() - 1);
        tests.add(DynamicTest.dynamicTest(name + " " + pascal, () -> {
          JsonElement sample = SPEC.sample(alternative, 0);
          Object read = SpecSamples.GSON.fromJson(sample, holder);
          assertEquals(true, invoke(read, "is" + pascal), "read as " + pascal + ": " + sample);
          assertTrue(((java.util.Optional<?>) invoke(read, decapitalise(pascal))).isPresent());
          assertEquals(sample, SpecSamples.GSON.toJsonTree(read, holder));
        }));
      }
      JsonElement other = sampleOfAnotherToken(tokens);
      if (other != null) {
        tests.add(DynamicTest.dynamicTest(name + " unknown form", () -> {
          OneOf read = (OneOf) SpecSamples.GSON.fromJson(other, holder);
          assertFalse(read.isKnown());
          assertEquals(other, read.rawJson().orElseThrow());
          assertEquals(other, SpecSamples.GSON.toJsonTree(read, holder));
        }));
      }
      return tests.stream();
    });
  }

  /** JSON of a token kind no form of the holder takes, or null when forms take every kind. */
  private static JsonElement sampleOfAnotherToken(Set<String> tokens) {
    if (!tokens.contains("BOOLEAN")) {
      return new JsonPrimitive(true);
    }
    if (!tokens.contains("NUMBER")) {
      return new JsonPrimitive(7.25);
    }
    if (!tokens.contains("BEGIN_OBJECT")) {
      JsonObject object = new JsonObject();
      object.addProperty("k", 1);
      return object;
    }
    if (!tokens.contains("BEGIN_ARRAY")) {
      return new JsonArray();
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyEnumKeepsKnownAndUnknownValues() {
    return schemasOfKind("enum").map(name -> DynamicTest.dynamicTest(name, () -> {
      Class<?> type = SpecSamples.classOf(name);
      Method of = type.getMethod("of", String.class);
      for (JsonElement value : SPEC.schema(name).getAsJsonArray("enum")) {
        if (value.isJsonNull()) {
          continue;
        }
        OpenEnum known = (OpenEnum) of.invoke(null, value.getAsString());
        assertTrue(known.isKnown(), value + " is known");
        assertEquals(value.getAsString(), known.asString());
        assertEquals(known, SpecSamples.GSON.fromJson(value, type));
        assertEquals(value, SpecSamples.GSON.toJsonTree(known, type));
      }
      OpenEnum future = (OpenEnum) SpecSamples.GSON.fromJson(new JsonPrimitive(FUTURE), type);
      assertNotNull(future);
      assertFalse(future.isKnown());
      assertEquals(FUTURE, future.asString());
      assertEquals(of.invoke(null, FUTURE), future);
      assertEquals(new JsonPrimitive(FUTURE), SpecSamples.GSON.toJsonTree(future, type));
    }));
  }

  private static String decapitalise(String pascal) {
    return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  private static Object invoke(Object target, String method) {
    try {
      Method m = target.getClass().getMethod(method);
      m.setAccessible(true);
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(target.getClass().getSimpleName() + "." + method + "()", e);
    }
  }
}
