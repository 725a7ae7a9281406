package io.github.xaijava.generated.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xaijava.contract.ContractComparator;
import io.github.xaijava.contract.ContractReport;
import io.github.xaijava.contract.OpenApiDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract check: our {@code openapi.json} has exactly the structure of xAI's newest published
 * document (compared by the contract module, which reads both spellings of nullable, unions and
 * references alike). Skipped when {@code shared/upstream} is not next to the project (a user's
 * machine). When xAI publishes a change, {@code scripts/update-spec.sh} follows it; this test
 * then prints the report of what differs.
 */
class UpstreamContractTest {

  @Test
  void ourDocumentHasTheStructureOfXaisNewestDocument() throws Exception {
    Optional<Path> upstream = SpecFiles.upstreamDir();
    assumeTrue(upstream.isPresent(), "shared/upstream is absent: contract check skipped");
    Path xai = upstream.get().resolve("xai-openapi.json");
    assumeTrue(Files.isRegularFile(xai), "xai-openapi.json is absent: contract check skipped");

    ContractReport report = ContractComparator.compare(
        OpenApiDocument.read(SpecFiles.projectSpec()), OpenApiDocument.read(xai));

    assertFalse(report.hasBreaking(), report::toMarkdown);
    assertEquals("0 added, 0 changed, 0 breaking", report.summary(), report::toMarkdown);
  }
}
