package io.github.xaijava.cli.commands;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.simulator.XaiSimulator;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The client a command talks through, and the embedded simulator behind it when there is one.
 *
 * <p>With {@code XAI_API_KEY} (and optionally {@code XAI_BASE_URL}) set, the client goes to xAI
 * (or that URL). With neither set, or with {@code --offline}, a simulator starts in this process
 * on a loopback port and the client goes there; one line on stderr says so. Closing closes both.
 * The commands that call xAI take {@link Options} ({@code --max-retries}) as a mixin.
 */
final class Connection implements AutoCloseable {

  static final String API_KEY = "XAI_API_KEY";
  static final String BASE_URL = "XAI_BASE_URL";

  private final XaiClient client;
  private final XaiSimulator simulator;

  private Connection(XaiClient client, XaiSimulator simulator) {
    this.client = client;
    this.simulator = simulator;
  }

  /**
   * The client options every command that calls xAI takes ({@code @Mixin}): how it connects,
   * beyond the environment and {@code --offline}.
   */
  static final class Options {

    /** Picocli: the command this mixin is part of, for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private Integer maxRetries;

    @Option(names = "--max-retries", paramLabel = "N",
        description = "Retry a failed request at most N times (default: 2; 0: never): rate "
            + "limits always, server and network errors where repeating is safe.")
    void maxRetries(int n) {
      if (n < 0) {
        throw new ParameterException(command.commandLine(),
            "--max-retries must be 0 or more: " + n);
      }
      maxRetries = n;
    }

    /** Applies what was given to the client's options. */
    void applyTo(ClientOptions.Builder options) {
      if (maxRetries != null) {
        options.maxRetries(maxRetries);
      }
    }
  }

  /**
   * Opens the connection the environment asks for.
   *
   * @param options the command's client options ({@code --max-retries})
   * @throws UsageException if the environment is unusable (a base URL without a key, a bad URL)
   */
  static Connection open(Map<String, String> env, boolean offline, Options options,
      Terminal terminal) {
    String key = value(env, API_KEY);
    String url = value(env, BASE_URL);
    if (offline || key == null && url == null) {
      XaiSimulator simulator = XaiSimulator.builder().build().start();
      terminal.err().println("xai: using the embedded simulator at " + simulator.baseUrl() + " ("
          + (offline ? "--offline" : "neither " + API_KEY + " nor " + BASE_URL + " is set")
          + ")");
      try {
        return new Connection(XaiClient.create(o -> {
          o.apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl());
          options.applyTo(o);
        }), simulator);
      } catch (RuntimeException e) {
        simulator.close();
        throw e;
      }
    }
    if (key == null) {
      throw new UsageException(BASE_URL + " is set but " + API_KEY + " is not: set both (or "
          + "neither, for the embedded simulator)");
    }
    try {
      return new Connection(XaiClient.create(o -> {
        o.apiKey(key);
        if (url != null) {
          o.baseUrl(url);
        }
        options.applyTo(o);
      }), null);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // ClientOptions names what is wrong with the URL; it never quotes the key.
      throw new UsageException(BASE_URL + ": " + e.getMessage());
    }
  }

  XaiClient client() {
    return client;
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
