package io.github.xaijava.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads fixture files: {@code fixtures/} on the test class path, that is the
 * {@code src/test/resources/fixtures} folder of the module whose tests run.
 */
public final class Fixtures {

  private Fixtures() {
  }

  /** The text of {@code fixtures/<path>}. */
  public static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
