package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hand-written test documents (pairs and other resources) and assertions on reports. Our
 * openapi.json and xAI's copies in shared/ are located by the test kit's {@code SpecFiles}.
 */
final class TestDocuments {

  private TestDocuments() {
  }

  static Path resource(String name) {
    URL url = TestDocuments.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static OpenApiDocument read(Path path) {
    try {
      return OpenApiDocument.read(path);
    } catch (UnusableDocumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The report for {@code pairs/CASE/before.json} to {@code pairs/CASE/after.json}. */
  static ContractReport pair(String name) {
    return ContractComparator.compare(read(resource("pairs/" + name + "/before.json")),
        read(resource("pairs/" + name + "/after.json")));
  }

  /** The one change at {@code where}; fails listing what there is when there is not exactly one. */
  static Change only(ContractReport report, String where) {
    List<Change> found = at(report, where);
    if (found.size() != 1) {
      fail("expected one change at " + where + ", found " + found + "\nall: " + lines(report));
    }
    return found.get(0);
  }

  static List<Change> at(ContractReport report, String where) {
    return report.changes().stream().filter(c -> c.where().equals(where)).collect(Collectors.toList());
  }

  static String lines(ContractReport report) {
    return report.changes().stream().map(Change::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  static void assertCounts(ContractReport report, int added, int changed, int breaking) {
    assertEquals(added + " added, " + changed + " changed, " + breaking + " breaking", report.summary(),
        () -> lines(report));
  }
}
