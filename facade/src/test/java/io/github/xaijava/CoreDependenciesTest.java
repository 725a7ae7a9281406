package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client's runtime dependencies are exactly these: the integrations (LangChain4j, Spring AI,
 * OpenTelemetry) live in modules of their own, and adding one must never add to what every user
 * of {@code xai-java} downloads. Reads the poms of the two modules users get.
 */
class CoreDependenciesTest {

  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>",
      Pattern.DOTALL);

  private static Set<String> runtime(String module) throws IOException {
    String pom = Files.readString(Path.of("..", module, "pom.xml"));
    Set<String> found = new TreeSet<>();
    Matcher m = DEPENDENCY.matcher(pom);
    while (m.find()) {
      String d = m.group(1);
      if (d.contains("<scope>test</scope>") || d.contains("<scope>provided</scope>")) {
        continue;
      }
      Matcher a = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(d);
      a.find();
      found.add(a.group(1));
    }
    return found;
  }

  @Test
  void theClientDependsOnTheGeneratedLayerOnly() throws IOException {
    assertEquals(Set.of("xai-java-generated"), runtime("facade"));
  }

  @Test
  void theGeneratedLayerOnRetrofitOkHttpAndGson() throws IOException {
    assertEquals(Set.of("retrofit", "okhttp", "okio-jvm", "gson"), runtime("generated"));
  }
}
