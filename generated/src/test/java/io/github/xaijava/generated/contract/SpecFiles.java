package io.github.xaijava.generated.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Locates the OpenAPI documents the tests compare: ours, and xAI's copies in ../shared. */
final class SpecFiles {

  private SpecFiles() {
  }

  /** The project's own {@code openapi.json}, whatever the build generated from. */
  static Path projectSpec() {
    return Paths.get("..", "openapi.json");
  }

  /** {@code shared/upstream} next to the project (or one of its parents), when present. */
  static Optional<Path> upstreamDir() {
    Path dir = Paths.get("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("upstream");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
