package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void mainPrintsWhereItListensFirstAndServes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        XaiSimulator.class.getName(), "--port", "0", "--api-key", "xai-from-cli")).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertTrue(first != null && first.matches("listening on http://127\\.0\\.0\\.1:\\d+"), String.valueOf(first));
      String baseUrl = first.substring("listening on ".length());
      assertEquals(200, new Http(baseUrl, "xai-from-cli").get("/v1/models").status());
      assertEquals(400, new Http(baseUrl, XaiSimulator.DEFAULT_API_KEY).get("/v1/models").status());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void unknownOptionExitsWithUsage() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        XaiSimulator.class.getName(), "--nope")).redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue());
    assertTrue(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("unknown option: --nope"));
  }
}
