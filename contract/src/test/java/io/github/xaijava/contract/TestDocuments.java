package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the test documents: the hand-written pairs, our openapi.json, xAI's copies in shared/. */
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

  /** The project's own openapi.json (the module runs with contract/ as its folder). */
  static Path projectSpec() {
    return Paths.get("..", "openapi.json");
  }

  /** {@code shared/upstream} next to the project (or one of its parents), when present. */
  static Optional<Path> upstream() {
    Path dir = Paths.get("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("upstream");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The system property {@code scripts/update-spec.sh} sets for its build: the document (a path or
   * a URL) openapi.json was just updated from.
   */
  static final String UPDATE_SOURCE = "xai.update.source";

  /** The document openapi.json is being updated from, when the tests run inside update-spec. */
  static Optional<String> updateSource() {
    String source = System.getProperty(UPDATE_SOURCE, "").trim();
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
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
