package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** models, images, video, tokenize and key. */
class OtherCommandsTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @RegisterExtension
  static XaiSimulatorExtension sim = new XaiSimulatorExtension(
      XaiSimulator.builder().apiKey("xai-other-test-secret-1234").videoPendingPolls(0));

  @TempDir
  Path dir;

  @Test
  void modelsListsOneIdALine() {
    Result r = run(sim, "models");

    assertEquals(0, r.exit(), r::toString);
    List<String> ids = r.out().lines().toList();
    assertTrue(ids.contains("grok-4-0709"), r::toString);
    assertTrue(ids.contains("grok-imagine-image"), r::toString);
    assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9.-]+")), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void imagesWithOutputWritesTheImageFile() throws IOException {
    Path png = dir.resolve("cat.png");

    Result r = run(sim, "images", "-o", png.toString(), "A", "cat");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out());
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
    assertTrue(r.err().matches("wrote [0-9.]+ k?B to " + Pattern.quote(png.toString()) + "\n"),
        r::toString);
    assertTrue(sim.takeRequest().bodyText().contains("\"b64_json\""));
  }

  @Test
  void imagesWithoutOutputPrintsTheUrl() {
    Result r = run(sim, "images", "A", "cat");

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().matches("https?://\\S+\n"), r::toString);
  }

  @Test
  void videoWaitsForTheJobAndPrintsTheUrl() {
    Result r = run(sim, "video", "Waves at sunset");

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().matches("https?://\\S+\n"), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void tokenizePrintsOneTokenALineAndTheCountOnStderr() {
    Result r = run(sim, "tokenize", "--model", "grok-3", "Hello world");

    assertEquals(0, r.exit(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.size() >= 2, r::toString);
    assertTrue(lines.stream().allMatch(l -> l.matches("\\d+\t\".*\"")), r::toString);
    assertEquals(lines.size() + " tokens\n", r.err());
    String joined = lines.stream().map(l -> l.substring(l.indexOf('\t') + 2, l.length() - 1))
        .reduce("", String::concat);
    assertEquals("Hello world", joined);
    assertTrue(sim.takeRequest().bodyText().contains("\"grok-3\""));
  }

  @Test
  void keyShowsTheKeysDetailsButNotTheKey() {
    Result r = run(sim, "key");

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("name: "), r::toString);
    assertTrue(r.out().contains("\nkey: "), r::toString);
    assertTrue(r.out().contains("\nstate: active\n"), r::toString);
    // CliRunner has checked that the key itself is on neither stream.
  }
}
