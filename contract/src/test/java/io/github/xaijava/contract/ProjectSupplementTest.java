package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Operations;
import io.github.xaijava.openapi.Supplement;
import io.github.xaijava.testing.SpecFiles;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project's supplement.json against its openapi.json: nothing in it is stale (everything it
 * has, xAI's document lacks, and every schema is used), and each operation says where its facts
 * come from and how sure they are.
 */
class ProjectSupplementTest {

  private static JsonObject read(java.nio.file.Path file) throws Exception {
    return OpenApiDocument.read(file).json();
  }

  @Test
  void nothingInTheSupplementIsCarriedByOurDocumentOrUnused() throws Exception {
    JsonObject xai = read(SpecFiles.projectSpec());
    JsonObject supplement = read(SpecFiles.projectSupplement());
    assertEquals(List.of(), Supplement.prune(xai, supplement).removed());
  }

  @Test
  void everySupplementOperationNamesItsSourcesAndConfidence() throws Exception {
    List<Operations.Operation> ops = Operations.of(read(SpecFiles.projectSupplement()));
    assertFalse(ops.isEmpty());
    Pattern facts = Pattern.compile("^\\[(1|2|inf)\\] .+");
    for (Operations.Operation op : ops) {
      String label = op.method() + " " + op.path();
      assertTrue(op.node().has("x-xai-facts")
          && facts.matcher(op.node().get("x-xai-facts").getAsString()).matches(), label);
      assertTrue(op.operationId() != null && op.node().has("summary"), label);
    }
  }
}
