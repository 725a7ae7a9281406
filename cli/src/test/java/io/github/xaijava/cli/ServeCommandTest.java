package io.github.xaijava.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.simulator.XaiSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code xai serve} as a process of its own, reached over the URL it prints. */
class ServeCommandTest {

  private static final Pattern FIRST_LINE =
      Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");
  private static final Pattern SECOND_LINE = Pattern.compile("API key: (\\S+)");

  @Test
  void servePrintsItsUrlAndKeyFirstAndAnswersThereUntilStopped() throws Exception {
    Process serve = serve();
    try {
      BufferedReader stdout = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = readLineWithin(stdout);
      assertNotNull(first, "serve printed nothing");
      Matcher m = FIRST_LINE.matcher(first);
      assertTrue(m.matches(), "first line: " + first);
      String url = m.group(1);
      assertTrue(Integer.parseInt(m.group(2)) > 0);
      // The key it accepts: the simulator's fixed test key, no secret.
      String second = readLineWithin(stdout);
      assertEquals("API key: " + XaiSimulator.DEFAULT_API_KEY, second);
      Matcher k = SECOND_LINE.matcher(second);
      assertTrue(k.matches(), "second line: " + second);
      String key = k.group(1);

      try (XaiClient client = XaiClient.create(o -> o.apiKey(key).baseUrl(url))) {
        String answer = client.chat().create(ChatRequest.builder()
            .model("grok-4").addUserMessage("Hello over HTTP").build()).text();
        assertEquals("Simulated answer to: Hello over HTTP", answer);
        assertTrue(client.models().list().data().stream()
            .anyMatch(model -> model.id().equals("grok-4-0709")));
      }

      // The command itself, pointed at the served URL like any other xAI endpoint.
      Result viaCli = CliRunner.run(
          Map.of("XAI_API_KEY", XaiSimulator.DEFAULT_API_KEY, "XAI_BASE_URL", url), false,
          "chat", "--stream", "Hello again");
      assertEquals(0, viaCli.exit(), viaCli::toString);
      assertEquals("Simulated answer to: Hello again\n", viaCli.out());
      assertEquals(List.of(), viaCli.errLines());
      assertTrue(serve.isAlive(), "serve runs until it is stopped");
    } finally {
      serve.destroy();   // SIGTERM: what Ctrl-C and kill do; the shutdown hook closes the server
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
    }
    assertFalse(serve.isAlive());
  }

  @Test
  void serveWithAcceptAnyKeySaysSoAndTakesAnyKey() throws Exception {
    Process serve = serve("--accept-any-key");
    try {
      BufferedReader stdout = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      Matcher m = FIRST_LINE.matcher(String.valueOf(readLineWithin(stdout)));
      assertTrue(m.matches(), m::toString);
      assertEquals("API key: " + XaiSimulator.DEFAULT_API_KEY
          + " (or any other: --accept-any-key)", readLineWithin(stdout));

      try (XaiClient client = XaiClient.create(
          o -> o.apiKey("xai-anything-goes-42").baseUrl(m.group(1)))) {
        assertTrue(client.models().list().data().size() > 0);
      }
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
    }
  }

  @Test
  void serveHelpNamesTheKeyItAccepts() {
    // CliRunner checks the simulator's key in every other command's output; serve shows it.
    Result r = CliRunner.run(Map.of(), false, "serve", "--help");

    assertEquals(0, r.exit(), r::toString);
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("'API key: " + XaiSimulator.DEFAULT_API_KEY + "'"), r::toString);
    assertTrue(help.contains("--accept-any-key Accept every API key, not only the simulator's own ("
        + XaiSimulator.DEFAULT_API_KEY + ")"), r::toString);
  }

  /** {@code xai serve --port 0 [more]} as a process of its own. */
  private static Process serve(String... more) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
    command.addAll(List.of(more));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** The next line, waited for at most a minute: a broken start fails the test, not hangs it. */
  private static String readLineWithin(BufferedReader reader) throws Exception {
    return CompletableFuture.supplyAsync(() -> readLine(reader)).get(60, TimeUnit.SECONDS);
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
