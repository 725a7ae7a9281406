package io.github.xaijava.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xaijava.cli.commands.Terminal;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs {@link Main#run} in this JVM and captures what it wrote. */
final class CliRunner {

  private CliRunner() {
  }

  /** The outcome of one run. */
  record Result(int exit, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }

    /** The stderr lines. */
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
    }
  }

  /** The environment that points the command at {@code sim}. */
  static Map<String, String> envFor(XaiSimulatorExtension sim) {
    return Map.of("XAI_API_KEY", sim.apiKey(), "XAI_BASE_URL", sim.baseUrl());
  }

  /** Runs {@code args} against {@code sim}, checking that its key is never printed. */
  static Result run(XaiSimulatorExtension sim, String... args) {
    return run(envFor(sim), false, args);
  }

  /** Runs {@code args} against {@code sim} with {@code stdin} piped in (not a terminal). */
  static Result runWithStdin(XaiSimulatorExtension sim, String stdin, String... args) {
    return run(envFor(sim), false,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
  }

  /**
   * Runs {@code args} with {@code env}; checks that neither stream shows the API key.
   */
  static Result run(Map<String, String> env, boolean interactive, String... args) {
    return run(env, interactive, InputStream.nullInputStream(), false, args);
  }

  /**
   * Runs {@code args} with {@code env} and standard input {@code in} ({@code inIsTerminal}: as if
   * it were a terminal); checks that neither stream shows the API key.
   */
  static Result run(Map<String, String> env, boolean interactive, InputStream in,
      boolean inIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, new Terminal(o, e, interactive, in, inIsTerminal), env);
    }
    Result result = new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    // The key in the environment, and the embedded simulator's own when that one answered.
    // "serve" names the simulator's key on purpose: a fixed test key, not a secret.
    String simulatorKey = isServe(args) ? null : XaiSimulator.DEFAULT_API_KEY;
    for (String key : new String[] {env.get("XAI_API_KEY"), simulatorKey}) {
      if (key != null && !key.isBlank()) {
        assertFalse(result.out().contains(key), () -> "the key is on stdout:\n" + result);
        assertFalse(result.err().contains(key), () -> "the key is on stderr:\n" + result);
      }
    }
    return result;
  }

  /** Whether the command is {@code serve} (its first word that is not an option). */
  private static boolean isServe(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg.equals("serve");
      }
    }
    return false;
  }
}
