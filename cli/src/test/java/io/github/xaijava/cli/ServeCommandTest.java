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

  @Test
  void servePrintsItsUrlFirstAndAnswersThereUntilStopped() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader stdout = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      // Bounded, so a broken start fails the test instead of hanging it.
      String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
      assertNotNull(first, "serve printed nothing");
      Matcher m = FIRST_LINE.matcher(first);
      assertTrue(m.matches(), "first line: " + first);
      String url = m.group(1);
      assertTrue(Integer.parseInt(m.group(2)) > 0);

      try (XaiClient client = XaiClient.create(
          o -> o.apiKey(XaiSimulator.DEFAULT_API_KEY).baseUrl(url))) {
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

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
