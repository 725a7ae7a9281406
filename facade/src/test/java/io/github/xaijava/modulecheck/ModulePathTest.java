package io.github.xaijava.modulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client works on the module path: a child JVM gets the client, the generated module and
 * their runtime dependencies as modules, and {@link ModulePathProbe} on the class path.
 */
class ModulePathTest {

  /** The runtime dependencies: what a user's module path holds. */
  private static final Pattern RUNTIME = Pattern.compile(
      "(xai-java-generated|retrofit|okhttp|okio|kotlin-stdlib|gson|annotations|error_prone)"
          + "[^" + Pattern.quote(File.separator) + "]*\\.jar");

  @Test
  void theClientRunsAsAModuleWithItsInternalsClosed() throws Exception {
    List<String> modulePath = new ArrayList<>();
    String testClasses = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      if (name.equals("test-classes")) {
        testClasses = entry;
      } else if (name.equals("classes") || RUNTIME.matcher(name).matches()
          && !name.startsWith("mockwebserver")) {
        modulePath.add(entry);
      }
    }
    assertTrue(testClasses != null, "found the test classes");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(),
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "io.github.xaijava",
        "-cp", testClasses,
        ModulePathProbe.class.getName())
        .redirectErrorStream(true);
    Process process = builder.start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!exited) {
      process.destroyForcibly();
    }
    assertTrue(exited, "the probe finished: " + output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.strip().endsWith("OK"), output);
  }
}
