package io.github.xaijava.simulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The API document the simulator's jar carries, as JSON to change and hand to a simulator. */
final class Documents {
  private Documents() {}

  /** A fresh copy of the jar's document. */
  static JsonObject fromJar() {
    return fromJar("openapi.json");
  }

  /** xAI's document merged with our supplement, as the simulator serves it. */
  static JsonObject servedFromJar() {
    return io.github.xaijava.openapi.Supplement.merge(fromJar(), fromJar("supplement.json"));
  }

  private static JsonObject fromJar(String name) {
    try (InputStream in = XaiSimulator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not next to XaiSimulator on the class path");
      }
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code document} into {@code dir} for {@link XaiSimulator.Builder#openApi}. */
  static Path write(JsonObject document, Path dir) {
    try {
      return Files.writeString(dir.resolve("openapi.json"), Json.write(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code schema}, a schema as the document gives it, made a JSON Schema of its own: the document's
   * components go beside it so that its {@code #/components/schemas/...} references resolve.
   */
  static String standalone(JsonObject schema, JsonObject document) {
    JsonObject copy = schema.deepCopy();
    copy.add("components", document.getAsJsonObject("components"));
    return Json.write(copy);
  }
}
