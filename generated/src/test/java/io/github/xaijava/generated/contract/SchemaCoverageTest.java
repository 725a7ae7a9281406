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
  private static final String NO_CLASS = "";

  /**
   * Schemas that deliberately have no class of their own: the type that stands for them, or
   * {@link #NO_CLASS} when they become something other than a class.
   */
  private static final Map<String, String> EXCLUDED = Map.of(
      // allOf(ModelInputPart, {id}): generated as a class it would merge every form of the union
      // into one with clashing property types; generated/pom.xml maps it to ModelInputPart.
      "InputItemEntry", "ModelInputPart",
      // multipart/form-data bodies: their properties become @Part parameters of
      // FilesApi.uploadFile and SkillsApi.uploadSkill (the facade builds the parts itself).
      "UploadFileMultipartRequest", NO_CLASS,
      "UploadSkillMultipartRequest", NO_CLASS);

  @Test
  void everySchemaHasAGeneratedType() throws Exception {
    JsonObject schemas = SpecFiles.read(SpecFiles.ourSpec()).getAsJsonObject()
        .getAsJsonObject("components").getAsJsonObject("schemas");
    List<String> missing = new ArrayList<>();
    for (String schema : schemas.keySet()) {
      String type = EXCLUDED.getOrDefault(schema, schema);
      if (!type.equals(NO_CLASS) && !hasType(type)) {
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
