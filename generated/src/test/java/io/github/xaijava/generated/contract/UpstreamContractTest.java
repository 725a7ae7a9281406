package io.github.xaijava.generated.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xaijava.contract.ContractComparator;
import io.github.xaijava.contract.ContractReport;
import io.github.xaijava.contract.OpenApiDocument;
import io.github.xaijava.testing.SpecFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract check: our {@code openapi.json} has exactly the structure of the document it follows
 * (compared by the contract module, which reads both spellings of nullable, unions and references
 * alike). That document is xAI's newest archived one ({@code shared/upstream/xai-openapi.json},
 * skipped where it is absent, as on a user's machine), or, in a run of
 * {@code scripts/update-spec.sh}, the document being updated from ({@code -Dxai.update.source}):
 * what it guards is that the update took that document's whole structure.
 */
class UpstreamContractTest {

  @Test
  void ourDocumentHasTheStructureOfXaisNewestDocument() throws Exception {
    Optional<String> source = SpecFiles.updateSource();
    Path xai;
    if (source.isPresent() && !source.get().startsWith("https://")) {
      xai = Path.of(source.get());
    } else {
      Optional<Path> upstream = SpecFiles.upstream();
      assumeTrue(upstream.isPresent(), "shared/upstream is absent: contract check skipped");
      xai = upstream.get().resolve(SpecFiles.NEWEST_UPSTREAM);
    }
    assumeTrue(Files.isRegularFile(xai), xai + " is absent: contract check skipped");

    ContractReport report = ContractComparator.compare(
        OpenApiDocument.read(SpecFiles.projectSpec()), OpenApiDocument.read(xai));

    assertFalse(report.hasBreaking(), report::toMarkdown);
    assertEquals("0 added, 0 changed, 0 breaking", report.summary(), report::toMarkdown);
  }
}
