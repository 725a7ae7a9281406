package io.github.xaijava.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON files under {@code fixtures/structured/}, compared as parsed JSON. Run the tests
 * with {@code -Dstructured.golden.update=true} to rewrite them from the actual output (from the
 * facade module's directory, as Maven runs tests), then review the diff.
 */
final class Golden {

  private static final String FOLDER = "fixtures/structured/";

  private Golden() {
  }

  static void assertMatches(String name, JsonElement actual) {
    String file = FOLDER + name + ".json";
    if (Boolean.getBoolean("structured.golden.update")) {
      write(file, actual);
      return;
    }
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + file + "; actual:\n" + pretty(actual));
      }
      JsonElement expected = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(expected, actual,
          () -> "differs from " + file + "; actual:\n" + pretty(actual));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String file, JsonElement actual) {
    try {
      Path path = Path.of("src/test/resources", file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, pretty(actual) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pretty(JsonElement json) {
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
  }
}
