package io.github.xaijava.internal.config;

import io.github.xaijava.config.ClientOptions;
import java.util.Objects;
import java.util.function.Function;

/**
 * Not API. The one way to the API key of a {@link ClientOptions}: the options have no public
 * accessor for it (a key must not show through an accessor, a debugger-friendly getter or a
 * log of {@code options()}), so they hand this class a reader once, when they are loaded.
 */
public final class ApiKeys {

  private static volatile Function<ClientOptions, String> reader;

  private ApiKeys() {
  }

  /** Called once, by {@code ClientOptions} itself. */
  public static synchronized void install(Function<ClientOptions, String> keyReader) {
    if (reader != null) {
      throw new IllegalStateException("already installed");
    }
    reader = Objects.requireNonNull(keyReader);
  }

  /** The key of {@code options}, for the header that sends it and the redactor that hides it. */
  public static String of(ClientOptions options) {
    // An instance exists, so its class was initialised and the reader installed.
    return reader.apply(options);
  }
}
