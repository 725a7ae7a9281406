package io.github.xaijava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * The client survives a shrinker: ProGuard shrinks and obfuscates {@link Chat} with
 * the client and its dependencies into one jar, applying the keep rules every jar carries in
 * {@code META-INF/proguard/} (as R8 and Android's build do; ours among them, and nothing else), and
 * the shrunk program then answers against the simulator in a JVM of its own.
 */
class ShrunkExampleTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  /** The runtime: the example, the client and what it depends on; no test or simulator jars. */
  private static final Pattern RUNTIME = Pattern.compile(
      ".*([/\\\\]examples[/\\\\]target[/\\\\]classes|[/\\\\](facade|generated)[/\\\\]target[/\\\\]classes"
          + "|xai-java-[0-9].*\\.jar|xai-java-generated-.*\\.jar|retrofit-.*\\.jar|okhttp-.*\\.jar"
          + "|okio-jvm-.*\\.jar|kotlin-stdlib-[0-9].*\\.jar|gson-.*\\.jar)$");

  @Test
  void aShrunkProgramUsingTheClientStillWorks(@TempDir Path dir) throws Exception {
    List<String> inputs = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (RUNTIME.matcher(entry).matches()) {
        inputs.add(entry);
      }
    }
    assertTrue(inputs.size() >= 8, "found the runtime: " + inputs);
    StringBuilder config = new StringBuilder();
    List<String> ruleFiles = new ArrayList<>();
    for (String input : inputs) {
      config.append("-injars '").append(input).append("'(!module-info.class,!META-INF/versions/**,!META-INF/*.kotlin_module,!META-INF/MANIFEST.MF)\n");
      ruleFiles.addAll(consumerRules(Path.of(input), dir));
    }
    for (String rules : ruleFiles) {
      config.append("-include '").append(rules).append("'\n");
    }
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(jmods),
        "this JDK has no jmods folder for ProGuard's library classes");
    for (String module : List.of("java.base", "java.logging", "java.sql", "java.net.http")) {
      config.append("-libraryjars '").append(jmods.resolve(module + ".jmod"))
          .append("'(!**.jar;!module-info.class)\n");
    }
    Path shrunk = dir.resolve("chat-shrunk.jar");
    config.append("-outjars '").append(shrunk).append("'\n")
        .append("-keep public class io.github.xaijava.examples.Chat { public static void main(java.lang.String[]); }\n")
        .append("-dontwarn javax.annotation.**\n-dontwarn org.jetbrains.annotations.**\n")
        .append("-dontwarn android.**\n-dontwarn dalvik.**\n-dontwarn com.google.errorprone.annotations.**\n")
        // ProGuard's optimizer merges Okio's Kotlin classes into code the JVM's verifier refuses
        // ("Bad return type"): shrinking and obfuscation are what an application's build does.
        .append("-dontoptimize\n-dontnote\n");
    Path configFile = dir.resolve("proguard.pro");
    Files.writeString(configFile, config);
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();

    long inputBytes = 0;
    for (String input : inputs) {
      inputBytes += Files.isDirectory(Path.of(input)) ? 0 : Files.size(Path.of(input));
    }
    System.out.println("[shrink] " + inputBytes + " bytes of jars (besides class folders) -> "
        + Files.size(shrunk) + " bytes");
    assertTrue(ruleFiles.stream().anyMatch(f -> f.endsWith("xai-java.pro")), "our rules applied: " + ruleFiles);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(java.toString(), "-Dxai.apiKey=" + xai.simulator().apiKey(),
        "-Dxai.baseUrl=" + xai.baseUrl(), "-cp", shrunk.toString(), "io.github.xaijava.examples.Chat")
        .redirectErrorStream(true).start();
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the shrunk program finished");
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), output);
    assertTrue(output.startsWith("Simulated answer to: Why is the sky blue?"), output);
  }

  /** The keep rules {@code input} carries in {@code META-INF/proguard/}, copied into {@code dir}. */
  private static List<String> consumerRules(Path input, Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(input)) {
      Path rules = input.resolve("META-INF/proguard");
      if (Files.isDirectory(rules)) {
        try (var files = Files.list(rules)) {
          files.filter(f -> f.toString().endsWith(".pro")).forEach(f -> out.add(f.toString()));
        }
      }
      return out;
    }
    try (ZipFile zip = new ZipFile(input.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().startsWith("META-INF/proguard/") && entry.getName().endsWith(".pro")) {
          Path copy = dir.resolve(input.getFileName() + "-" + Path.of(entry.getName()).getFileName());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, copy);
          }
          out.add(copy.toString());
        }
      }
    }
    return out;
  }
}
