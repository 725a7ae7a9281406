package io.github.xaijava.generated.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Locates the OpenAPI documents the tests compare: ours, and xAI's copies in ../shared. */
final class SpecFiles {

  private SpecFiles() {
  }

  /** The document this build generated from ({@code xai.spec}), else the project's own. */
  static Path ourSpec() {
    String configured = System.getProperty("xai.spec");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    return Paths.get("..", "openapi.json");
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

  static JsonElement read(Path path) throws IOException {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return JsonParser.parseReader(reader);
    }
  }
}
