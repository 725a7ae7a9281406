package io.github.xaijava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each example's {@code main}, run as a user runs it (the key and base URL from the environment,
 * here the system properties {@code XaiClient.fromEnv()} reads first) against the simulator; what
 * it prints is checked.
 */
class ExamplesTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension(
      XaiSimulator.builder().videoPendingPolls(2).deferredPendingPolls(1));

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream stdout;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    System.setProperty("xai.apiKey", xai.simulator().apiKey());
    System.setProperty("xai.baseUrl", xai.baseUrl());
    stdout = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setOut(stdout);
    System.clearProperty("xai.apiKey");
    System.clearProperty("xai.baseUrl");
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void chat() {
    Chat.main(new String[0]);
    assertEquals("Simulated answer to: Why is the sky blue?", lines().get(0));
    assertTrue(lines().get(1).matches("\\d+ tokens"), lines().toString());
  }

  @Test
  void streamWithTools() {
    StreamWithTools.main(new String[0]);
    assertTrue(lines().stream().anyMatch(l -> l.contains("tool call: get_weather {\"city\":")), lines().toString());
    assertTrue(lines().get(lines().size() - 1).contains("18 °C and sunny in"), lines().toString());
  }

  @Test
  void structuredOutput() {
    StructuredOutput.main(new String[0]);
    assertTrue(lines().size() >= 1 && lines().stream().allMatch(l -> l.contains(", ")), lines().toString());
  }

  @Test
  void webSearch() {
    WebSearch.main(new String[0]);
    assertEquals(2, lines().size(), lines().toString());
    assertTrue(lines().get(1).contains("And in Zurich?"), lines().toString());
  }

  @Test
  void statelessConversation() {
    StatelessConversation.main(new String[0]);
    assertEquals(3, lines().size(), lines().toString());
    assertTrue(lines().get(2).contains("Now add three."), lines().toString());
    assertTrue(xai.requests().stream().filter(r -> r.path().equals("/v1/responses"))
        .allMatch(r -> r.bodyText().contains("\"store\":false")
            && r.bodyText().contains("reasoning.encrypted_content")), "every turn stateless");
  }

  @Test
  void filesWithPaging() {
    FilesWithPaging.main(new String[0]);
    assertEquals(3, lines().stream().filter(l -> l.matches("file_\\S+ note-\\d\\.txt")).count(), lines().toString());
    assertTrue(xai.requests().stream().filter(r -> r.path().equals("/v1/files") && r.method().equals("GET"))
        .count() >= 2, "two to a page");
  }

  @Test
  void deferredChat() {
    DeferredChat.main(new String[0]);
    assertTrue(lines().get(0).startsWith("request "), lines().toString());
    assertTrue(lines().get(1).contains("tides"), lines().toString());
  }

  @Test
  void image() throws Exception {
    Path png = dir.resolve("out.png");
    Image.main(new String[] {png.toString()});
    assertEquals("wrote " + Files.size(png) + " bytes to " + png, lines().get(0));
  }

  @Test
  void videoWithProgress() {
    VideoWithProgress.main(new String[0]);
    assertTrue(lines().stream().anyMatch(l -> l.startsWith("pending ")), lines().toString());
    assertTrue(lines().get(lines().size() - 1).startsWith(xai.baseUrl() + "/sim/videos/"), lines().toString());
  }

  @Test
  void batchJob() {
    BatchJob.main(new String[0]);
    assertTrue(lines().stream().anyMatch(l -> l.startsWith("RUNNING: ")), lines().toString());
    assertTrue(lines().contains("France: Simulated answer to: What is the capital of France?"), lines().toString());
    assertEquals(10, lines().stream().filter(l -> l.contains(": Simulated answer to:")).count());
  }

  @Test
  void voice() {
    Path wav = dir.resolve("hello.wav");
    Voice.main(new String[] {wav.toString()});
    assertTrue(lines().get(0).startsWith("wrote "), lines().toString());
    assertTrue(lines().get(1).startsWith("Simulated transcript of hello.wav"), lines().toString());
  }
}
