package io.github.xaijava.generated.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every schema of the document the build used has a generated Java type. */
class SchemaCoverageTest {

  private static final String MODEL_PACKAGE = "io.github.xaijava.generated.model.";

  /**
   * Schemas that deliberately have no class of their own. Empty today; add a name here only with
   * a comment saying why.
   */
  private static final Map<String, String> EXCLUDED = Map.of();

  @Test
  void everySchemaHasAGeneratedType() throws Exception {
    JsonObject schemas = SpecFiles.read(SpecFiles.ourSpec()).getAsJsonObject()
        .getAsJsonObject("components").getAsJsonObject("schemas");
    List<String> missing = new ArrayList<>();
    for (String schema : schemas.keySet()) {
      if (!EXCLUDED.containsKey(schema) && !hasType(schema)) {
        missing.add(schema);
      }
    }
    assertTrue(missing.isEmpty(), "schemas without a generated type: " + missing);
    assertTrue(schemas.size() > 100, "expected the whole xAI document, got " + schemas.size());
  }

  /** The generator keeps schema names, prefixing {@code Model} to names that clash with the JDK. */
  private static boolean hasType(String schema) {
    for (String candidate : List.of(schema, "Model" + schema)) {
      try {
        Class.forName(MODEL_PACKAGE + candidate);
        return true;
      } catch (ClassNotFoundException e) {
        // try the next spelling
      }
    }
    return false;
  }
}
