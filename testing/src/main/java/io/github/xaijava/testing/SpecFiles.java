package io.github.xaijava.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Locates the documents and recordings the tests compare against: the project's own
 * {@code openapi.json} and shaping rules, and what sits in {@code shared/} next to the project when it is there (not
 * part of this repository, absent on a user's machine): xAI's archived OpenAPI documents in
 * {@code shared/upstream} and recorded real exchanges in {@code shared/realtraffic}.
 *
 * <p>Tests run with their module's folder as the working directory (one level below the
 * project's root).
 */
public final class SpecFiles {

  /**
   * The system property {@code scripts/update-spec.sh} sets for its build: the document (a path or
   * a URL) openapi.json was just updated from.
   */
  public static final String UPDATE_SOURCE = "xai.update.source";

  /** The name of xAI's newest archived document in {@code shared/upstream}. */
  public static final String NEWEST_UPSTREAM = "xai-openapi.json";

  private SpecFiles() {
  }

  /** The project's own {@code openapi.json}, whatever the build generated from. */
  public static Path projectSpec() {
    return Paths.get("..", "openapi.json");
  }

  /**
   * The project's {@code supplement.json}: the operations xAI documents outside its OpenAPI
   * document, which the build generates from too.
   */
  public static Path projectSupplement() {
    return Paths.get("..", "supplement.json");
  }

  /** The build's shaping rules, {@code generated/shaping.json}: how the document is shaped. */
  public static Path shapingRules() {
    return Paths.get("..", "generated", "shaping.json");
  }

  /**
   * {@code shared/NAME} next to the project (or next to one of its parents, up to three levels
   * above the module's folder), when present.
   */
  public static Optional<Path> shared(String name) {
    Path dir = Paths.get("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(name);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** {@code shared/upstream}: xAI's archived OpenAPI documents, when present. */
  public static Optional<Path> upstream() {
    return shared("upstream");
  }

  /** {@code shared/upstream/FILE}, when that file is present. */
  public static Optional<Path> upstream(String file) {
    return upstream().map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
  }

  /** {@code shared/realtraffic}: recorded real exchanges with xAI, when present. */
  public static Optional<Path> realTraffic() {
    return shared("realtraffic");
  }

  /**
   * The document openapi.json is being updated from (system property {@value #UPDATE_SOURCE}, a
   * path or a URL), when the tests run inside {@code scripts/update-spec.sh}.
   */
  public static Optional<String> updateSource() {
    String source = System.getProperty(UPDATE_SOURCE, "").trim();
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }
}
