package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command as a whole: help, version, environment, exit codes and error lines. */
class MainTest {

  private static final String SECRET = "xai-main-test-secret-0815";

  @RegisterExtension
  static XaiSimulatorExtension sim =
      new XaiSimulatorExtension(XaiSimulator.builder().apiKey(SECRET));

  @ParameterizedTest
  @ValueSource(strings = {"", "chat", "responses", "models", "files", "files list",
      "files upload", "files download", "files delete", "images", "video", "tokenize", "key",
      "serve"})
  void helpOnEveryLevelGoesToStdoutWithExitZero(String command) {
    String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");

    Result r = run(sim, args);

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Usage: xai" + (command.isEmpty() ? "" : " " + command)),
        r::toString);
    assertEquals("", r.err());
    assertEquals(0, sim.requests().size(), "help sends nothing");
  }

  @Test
  void helpNamesEveryCommandAndTheEnvironment() {
    Result r = run(sim, "--help");

    for (String command : new String[] {"chat", "responses", "models", "files", "images",
        "tokenize", "key", "serve"}) {
      assertTrue(Pattern.compile("(?m)^  " + command + " ").matcher(r.out()).find(), command);
    }
    assertTrue(r.out().contains("XAI_API_KEY"));
    assertTrue(r.out().contains("XAI_BASE_URL"));
  }

  @Test
  void stderrOfATestRunIsNotATerminal() {
    // Surefire pipes the test JVM's stderr: main() would draw no progress lines here.
    assertFalse(Main.stderrIsTerminal());
  }

  @Test
  void versionNamesTheProjectVersion() {
    Result r = run(sim, "--version");

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().matches("(?s)xai \\d+\\.\\d+\\.\\d+.*"), r::toString);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run(sim, "chat", "--temperature-please", "Hi");

    assertEquals(2, r.exit(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: Unknown option: '--temperature-please'"), r::toString);
    assertTrue(r.err().contains("try 'xai chat --help'"), r::toString);
    assertEquals(0, sim.requests().size());
  }

  @Test
  void missingPromptIsAUsageError() {
    // No prompt argument and nothing on stdin (ChatCommandTest covers stdin and terminals).
    Result r = run(sim, "chat");

    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: no prompt: standard input is empty"), r::toString);
    assertEquals(0, sim.requests().size());
  }

  @Test
  void missingCommandIsAUsageError() {
    assertEquals(2, run(sim).exit());
    assertEquals(2, run(sim, "files").exit());
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result r = run(sim, "chta", "Hi");

    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("chat"), "suggests the command meant: " + r);
  }

  @Test
  void baseUrlWithoutKeyIsAUsageError() {
    Result r = run(Map.of("XAI_BASE_URL", sim.baseUrl()), false, "models");

    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: XAI_BASE_URL is set but XAI_API_KEY is not"),
        r::toString);
  }

  @Test
  void unusableBaseUrlIsAUsageError() {
    Result r = run(Map.of("XAI_API_KEY", SECRET, "XAI_BASE_URL", "ftp://example.com"), false,
        "models");

    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: XAI_BASE_URL: "), r::toString);
  }

  @Test
  void withNeitherVariableTheEmbeddedSimulatorAnswersAndSaysSoInOneLine() {
    Result r = run(Map.of(), false, "chat", "Hello");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hello\n", r.out());
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().matches("xai: using the embedded simulator at http://127\\.0\\.0\\.1:\\d+ "
        + "\\(neither XAI_API_KEY nor XAI_BASE_URL is set\\)\n"), r::toString);
  }

  @Test
  void offlineForcesTheEmbeddedSimulatorBeforeOrAfterTheCommand() {
    Result before = run(CliRunner.envFor(sim), false, "--offline", "chat", "Hello");
    Result after = run(CliRunner.envFor(sim), false, "chat", "--offline", "Hello");

    for (Result r : new Result[] {before, after}) {
      assertEquals(0, r.exit(), r::toString);
      assertEquals("Simulated answer to: Hello\n", r.out());
      assertTrue(r.err().startsWith("xai: using the embedded simulator at "), r::toString);
      assertTrue(r.err().endsWith("(--offline)\n"), r::toString);
    }
    assertEquals(0, sim.requests().size(), "the configured server was not called");
  }

  @Test
  void unknownModelExitsWithOneAndOneErrorLine() {
    Result r = run(sim, "chat", "--model", "grok-beta", "Hi");

    assertEquals(1, r.exit(), r::toString);
    assertEquals("", r.out());
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: HTTP 404 (Some requested entity was not found): "),
        r::toString);
    assertTrue(r.err().contains("grok-beta"), r::toString);
    assertTrue(r.err().matches("(?s).*\\[request-id [^\\]]+\\]\n"), r::toString);
  }

  @Test
  void rateLimitExitsWithOneAndTheLineTheIssueShows() {
    sim.faults().next(3).rateLimited(Duration.ofMillis(1));   // the first try and both retries

    Result r = run(sim, "models");

    assertEquals(1, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: HTTP 429 (Some resource has been exhausted): "),
        r::toString);
    assertTrue(r.err().contains("[request-id "), r::toString);
    assertEquals(3, sim.requests().size());
  }

  @Test
  void maxRetriesZeroMakesOneAttempt() {
    sim.faults().next(3).rateLimited(Duration.ofMillis(1));

    Result r = run(sim, "models", "--max-retries", "0");

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: HTTP 429 "), r::toString);
    assertEquals(1, sim.requests().size());
  }

  @Test
  void maxRetriesAboveTheDefaultOutlastsTheRateLimit() {
    sim.faults().next(3).rateLimited(Duration.ofMillis(1));   // beats the default 2 retries

    Result models = run(sim, "models", "--max-retries", "3");

    assertEquals(0, models.exit(), models::toString);
    assertTrue(models.out().contains("grok-4-0709\n"), models::toString);
    assertEquals(4, sim.requests().size());
  }

  @Test
  void maxRetriesReachesGeneratingCallsAndTheEmbeddedSimulatorToo() {
    sim.faults().next(2).rateLimited(Duration.ofMillis(1));

    Result chat = run(sim, "chat", "--max-retries", "1", "--stream", "Hi");

    assertEquals(1, chat.exit(), chat::toString);
    assertEquals(2, sim.requests().size());
    // Against the embedded simulator (no faults there): accepted and answered.
    Result offline = run(Map.of(), false, "chat", "--max-retries", "5", "Hi");
    assertEquals(0, offline.exit(), offline::toString);
    assertEquals("Simulated answer to: Hi\n", offline.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-100", "two", "1.5", ""})
  void maxRetriesMustBeAWholeNumberNotBelowZero(String value) {
    Result r = run(sim, "chat", "--max-retries", value, "Hi");

    assertEquals(2, r.exit(), r::toString);
    assertEquals("", r.out());
    String expected = value.startsWith("-")
        ? "error: --max-retries must be 0 or more: " + value
        : "error: Invalid value for option '--max-retries': '" + value + "' is not an int";
    assertEquals(expected, r.errLines().get(0), r::toString);
    assertEquals("try 'xai chat --help'", r.errLines().get(1), r::toString);
    assertEquals(0, sim.requests().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "responses", "models", "files list", "files upload",
      "files download", "files delete", "images", "video", "tokenize", "key"})
  void everyCommandThatCallsXaiTakesMaxRetries(String command) {
    Result r = run(sim, (command + " --help").split(" "));

    assertTrue(r.out().contains("--max-retries=N"), r::toString);
  }

  @Test
  void serveCallsNothingAndTakesNoMaxRetries() {
    assertFalse(run(sim, "serve", "--help").out().contains("--max-retries"));
    assertEquals(2, run(sim, "serve", "--max-retries", "1").exit());
  }

  @Test
  void wrongKeyIsAnApiErrorThatNeverShowsTheKey() {
    String wrong = "xai-not-the-right-key-31337";

    Result r = run(Map.of("XAI_API_KEY", wrong, "XAI_BASE_URL", sim.baseUrl()), false, "key");

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: HTTP 400 "), r::toString);
    // CliRunner has checked that neither stream holds the key.
  }

  @Test
  void networkErrorExitsWithOne() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }

    Result r = run(Map.of("XAI_API_KEY", SECRET, "XAI_BASE_URL", "http://127.0.0.1:" + closedPort),
        false, "models");

    assertEquals(1, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: Connection failed for GET /v1/models"), r::toString);
  }
}
