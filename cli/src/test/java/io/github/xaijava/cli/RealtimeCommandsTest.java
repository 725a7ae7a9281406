package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static io.github.xaijava.cli.CliRunner.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** chat --interactive, speak --stream and transcribe --stream over the simulator's sockets. */
class RealtimeCommandsTest {

  @RegisterExtension
  static XaiSimulatorExtension sim = new XaiSimulatorExtension(
      XaiSimulator.builder().apiKey("xai-realtime-test-secret-1234"));

  @TempDir
  Path dir;

  @Test
  void interactiveChatIsOneConversationOverOneSocket(XaiSimulator simulator) {
    Result r = runWithStdin(sim, "Pick a number.\n\nDouble it.\n", "chat", "--interactive");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(2, r.out().lines().count(), r::toString);
    assertTrue(r.out().contains("Pick a number."), r::toString);
    long upgrades = simulator.requests().stream()
        .filter(q -> q.method().equals("GET") && q.path().equals("/v1/responses")).count();
    assertEquals(1, upgrades);
    RecordedRequest second = simulator.requests().stream()
        .filter(q -> q.method().equals("POST") && q.bodyText().contains("Double it."))
        .findFirst().orElseThrow();
    assertTrue(second.bodyText().contains("previous_response_id"), second.bodyText());
  }

  @Test
  void interactiveChatRefusesAPrompt() {
    Result r = runWithStdin(sim, "", "chat", "--interactive", "Hello");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--interactive reads its turns from stdin"), r::toString);
  }

  @Test
  void speakStreamWritesTheAudioOfTheSocket() throws IOException {
    Path out = dir.resolve("hello.wav");
    Result r = run(sim, "speak", "--stream", "Hello", "from", "Grok.", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    byte[] wav = Files.readAllBytes(out);
    assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
    assertTrue(r.err().contains("wrote "), r::toString);
  }

  @Test
  void transcribeStreamPrintsTheFinalTranscript() throws IOException {
    int rate = 16_000;
    ByteBuffer pcm = ByteBuffer.allocate(rate * 2 * 3 / 2).order(ByteOrder.LITTLE_ENDIAN);
    while (pcm.hasRemaining()) {
      pcm.putShort((short) (pcm.position() % 200 - 100));
    }
    Path file = dir.resolve("speech.wav");
    ByteBuffer wav = ByteBuffer.allocate(44 + pcm.capacity()).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.capacity())
        .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
        .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.capacity()).put(pcm.array());
    Files.write(file, wav.array());
    Result r = run(sim, "transcribe", "--stream", file.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("word1 word2 word3", r.out().strip(), r::toString);
  }
}
