package io.github.xaijava.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/xai.jar} as users run it ({@code java -jar}), each command a process
 * of its own: nothing missing from the merged jar, and the README's main job works.
 */
class ShadedJarIT {

  private static final String KEY = "xai-simulator-key";
  private static Path jar;

  @TempDir
  Path dir;

  @BeforeAll
  static void findJar() {
    String path = System.getProperty("xai.jar");
    assertNotNull(path, "run through Maven: the xai.jar system property names the jar");
    jar = Path.of(path);
    assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
  }

  @Test
  void jarStaysSmall() throws IOException {
    // The library's own dependencies (generated models, OkHttp, Kotlin's standard library, Gson)
    // make up most of it; this catches a dependency pulled in by mistake.
    long size = Files.size(jar);
    assertTrue(size < 8_000_000, "xai.jar is " + size + " bytes");
  }

  @Test
  void chatRunsAgainstTheEmbeddedSimulatorWithNoEnvironment() throws Exception {
    Run plain = xai(Map.of(), "chat", "Hello");
    Run streamed = xai(Map.of(), "chat", "--stream", "Hello");

    assertEquals(0, plain.exit, plain::toString);
    assertEquals("Simulated answer to: Hello\n", plain.out);
    assertTrue(plain.err.startsWith("xai: using the embedded simulator at "), plain::toString);
    assertEquals(plain.out, streamed.out);
    assertEquals(0, xai(Map.of(), "--version").exit);
    assertEquals(2, xai(Map.of(), "chat").exit);
  }

  @Test
  void chatReadsAPipedPrompt() throws Exception {
    // echo "Hi" | java -jar xai.jar chat
    Run piped = xaiWithStdin(Map.of(), "Hi\n", "chat");
    Run dash = xaiWithStdin(Map.of(), "Hello\n", "responses", "-");

    assertEquals(0, piped.exit, piped::toString);
    assertEquals("Simulated answer to: Hi\n", piped.out);
    assertEquals(0, dash.exit, dash::toString);
    assertEquals("Simulated answer to: Hello\n", dash.out);
  }

  @Test
  void chatWithoutAPromptOnATerminalIsAUsageErrorNotAWait() throws Exception {
    // script(1) gives the command a terminal for stdin, stdout and stderr.
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "no script(1) here to make a terminal");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec",
        "'" + java + "' -jar '" + jar + "' chat", "/dev/null").redirectErrorStream(true);
    builder.environment().remove("XAI_API_KEY");
    builder.environment().remove("XAI_BASE_URL");
    Process p = builder.start();
    // script's own stdin stays open: a command that read the terminal would wait, not end.
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p, false));
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    p.getOutputStream().close();
    assertTrue(ended, "xai chat waited for the terminal");
    String text = out.get(10, TimeUnit.SECONDS);
    assertEquals(2, p.exitValue(), text);
    assertTrue(text.contains("error: a prompt is required"), text);
  }

  @Test
  void everyCommandWorksAgainstAServedSimulator() throws Exception {
    Process serve = start(Map.of(), "serve", "--port", "0");
    try {
      BufferedReader stdout = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(first);
      assertTrue(m.matches(), "first line: " + first);
      Map<String, String> env = Map.of("XAI_API_KEY", KEY, "XAI_BASE_URL", m.group(1));

      Path original = Files.write(dir.resolve("notes.txt"), "notes\n".getBytes(StandardCharsets.UTF_8));
      Run upload = xai(env, "files", "upload", original.toString());
      assertEquals(0, upload.exit, upload::toString);
      String id = upload.out.strip();
      assertTrue(xai(env, "files", "list").out.startsWith(id + "\t6\tnotes.txt"));
      Path copy = dir.resolve("copy.txt");
      assertEquals(0, xai(env, "files", "download", id, "-o", copy.toString()).exit);
      assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy));
      assertEquals("deleted " + id + "\n", xai(env, "files", "delete", id).out);

      assertEquals("Simulated answer to: Hi\n", xai(env, "responses", "--stream", "Hi").out);
      assertTrue(xai(env, "models").out.contains("grok-4-0709\n"));
      assertEquals(0, xai(env, "images", "-o", dir.resolve("i.png").toString(), "cat").exit);
      assertTrue(Files.size(dir.resolve("i.png")) > 0);
      assertTrue(xai(env, "tokenize", "Hello").out.matches("\\d+\t\"Hello\"\n"));
      assertTrue(xai(env, "key").out.startsWith("name: "));
      assertEquals("Simulated answer to: Later\n", xai(env, "chat", "--deferred", "Later").out);

      Run notFound = xai(env, "chat", "--model", "grok-beta", "Hi");
      assertEquals(1, notFound.exit, notFound::toString);
      assertTrue(notFound.err.startsWith("error: HTTP 404 "), notFound::toString);
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
    }
  }

  private record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Run xai(Map<String, String> env, String... args) throws Exception {
    return xaiWithStdin(env, "", args);
  }

  /** Runs {@code args} with {@code stdin} piped in. */
  private Run xaiWithStdin(Map<String, String> env, String stdin, String... args)
      throws Exception {
    Process p = start(env, args);
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p, true));
    String out = readAll(p, false);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "xai did not end");
    Run run = new Run(p.exitValue(), out, err.get());
    assertTrue(!run.out.contains(KEY) && !run.err.contains(KEY), run::toString);
    return run;
  }

  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("XAI_API_KEY");
    builder.environment().remove("XAI_BASE_URL");
    builder.environment().putAll(env);
    return builder.start();
  }

  private static String readAll(Process p, boolean err) {
    try {
      return new String((err ? p.getErrorStream() : p.getInputStream()).readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
