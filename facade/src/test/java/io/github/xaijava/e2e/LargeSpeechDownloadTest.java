package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech is streamed to its file, never held: a child JVM with a 32 MB heap writes more than
 * 100 MB of audio from the simulator ({@link SpeechDownloadProbe}).
 */
class LargeSpeechDownloadTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void moreThan100MegabytesOfSpeechPassThroughA32MegabyteHeap(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("long.wav");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx32m",
        "-cp", System.getProperty("java.class.path"), SpeechDownloadProbe.class.getName(),
        xai.baseUrl(), XaiSimulator.DEFAULT_API_KEY, target.toString())
        .redirectErrorStream(true).start();
    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!exited) {
      process.destroyForcibly();
    }
    assertTrue(exited, "the probe finished: " + output);
    assertEquals(0, process.exitValue(), output);
    Matcher m = Pattern.compile("wrote (\\d+) bytes with at most (\\d+) bytes of heap").matcher(output);
    assertTrue(m.find(), output);
    long size = Long.parseLong(m.group(1));
    assertTrue(size > 100_000_000L, "more than 100 MB: " + size);
    assertTrue(Long.parseLong(m.group(2)) <= 34_000_000L, "a 32 MB heap: " + m.group(2));
    assertEquals(size, Files.size(target));
    byte[] header = new byte[4];
    try (var in = Files.newInputStream(target)) {
      assertEquals(4, in.read(header));
    }
    assertEquals("RIFF", new String(header, StandardCharsets.US_ASCII));
  }
}
