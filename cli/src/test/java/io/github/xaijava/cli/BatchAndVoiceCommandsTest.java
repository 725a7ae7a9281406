package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** batch, speak and transcribe against the simulator. */
class BatchAndVoiceCommandsTest {

  @RegisterExtension
  static XaiSimulatorExtension sim = new XaiSimulatorExtension(
      XaiSimulator.builder().apiKey("xai-batch-test-secret-1234"));

  @TempDir
  Path dir;

  private Path jsonl(String... lines) throws IOException {
    Path file = dir.resolve("requests.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  private static String chatLine(String id, String question) {
    return "{\"custom_id\":\"" + id + "\",\"method\":\"POST\",\"url\":\"/v1/chat/completions\","
        + "\"body\":{\"model\":\"grok-4-fast\",\"messages\":[{\"role\":\"user\",\"content\":\""
        + question + "\"}]}}";
  }

  @Test
  void batchSubmitsAFileWaitsAndWritesTheResults() throws IOException {
    Path results = dir.resolve("results.jsonl");
    Result r = run(sim, "batch", jsonl(chatLine("a", "One?"), chatLine("b", "Two?")).toString(),
        "-o", results.toString());

    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("done: 2 succeeded, 0 failed, 0 pending of 2"), r::toString);
    assertTrue(r.err().contains("2 results written to " + results), r::toString);
    List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertEquals("a", first.get("batch_request_id").getAsString());
    assertTrue(lines.get(0).contains("Simulated answer to: One?"), lines.get(0));
  }

  @Test
  void batchWaitsForAnEarlierBatchByIdAndPrintsResultsToStdout() throws IOException {
    Result submitted = run(sim, "batch", jsonl(chatLine("only", "Three?")).toString(),
        "-o", dir.resolve("ignored.jsonl").toString());
    Matcher id = Pattern.compile("batch (batch_[0-9a-f-]+) submitted").matcher(submitted.err());
    assertTrue(id.find(), submitted::toString);

    Result r = run(sim, "batch", "--id", id.group(1));
    assertEquals(0, r.exit(), r::toString);
    assertEquals(1, r.out().lines().count(), r::toString);
    assertTrue(r.out().contains("\"batch_request_id\":\"only\""), r::toString);
  }

  @Test
  void aBatchXaiCancelsEndsWithAnErrorAndItsReason() throws IOException {
    Result r = run(sim, "batch", jsonl(chatLine("a", "One?"), "this is not json").toString());
    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.err().contains("cancelled by xai") && r.err().contains("line 2"), r::toString);
  }

  @Test
  void batchNeedsAFileOrAnId() {
    Result r = run(sim, "batch");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("give a JSONL FILE"), r::toString);
  }

  @Test
  void speakWritesTheCodecOfTheFileNameAndTranscribeReadsItBack() throws IOException {
    Path wav = dir.resolve("hello.wav");
    Result spoken = run(sim, "speak", "-o", wav.toString(), "Hello", "there");
    assertEquals(0, spoken.exit(), spoken::toString);
    byte[] audio = Files.readAllBytes(wav);
    assertEquals("RIFF", new String(audio, 0, 4, StandardCharsets.US_ASCII));
    assertTrue(spoken.err().contains("to " + wav), spoken::toString);
    assertTrue(sim.takeRequest().bodyText().contains("\"codec\":\"wav\""));

    Result heard = run(sim, "transcribe", "--keyterm", "Grok", wav.toString());
    assertEquals(0, heard.exit(), heard::toString);
    assertEquals("Simulated transcript of hello.wav (" + audio.length + " bytes) with Grok",
        heard.out().strip());

    Result fromUrl = run(sim, "transcribe", "https://example.com/a.mp3");
    assertEquals("Simulated transcript of https://example.com/a.mp3", fromUrl.out().strip());
    assertEquals(2, run(sim, "transcribe", dir.resolve("missing.wav").toString()).exit());
  }
}
