package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public surface is a decision: this lists it, and no public signature names an internal type. */
class PublicSurfaceTest {
  private static List<Class<?>> publicTypes() throws Exception {
    Path dir = Path.of(XaiSimulator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/xaijava/simulator");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = f.getFileName().toString().replace(".class", "");
        Class<?> c = Class.forName("io.github.xaijava.simulator." + name);
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void publicTypesAreTheListedOnes() throws Exception {
    TreeSet<String> names = new TreeSet<>();
    for (Class<?> c : publicTypes()) {
      names.add(c.getName().substring("io.github.xaijava.simulator.".length()));
    }
    assertEquals(new TreeSet<>(List.of("Fault", "Fault$Kind", "Faults", "Faults$Plan", "RecordedRequest", "Script",
        "Script$Plan", "ScriptedAnswer", "SseEvent", "VideoOutcome", "XaiSimulator", "XaiSimulator$Builder",
        "XaiSimulatorExtension")), names);
  }

  @Test
  void noPublicSignatureNamesAnInternalType() throws Exception {
    for (Class<?> c : publicTypes()) {
      for (Method m : c.getMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
        types.add(m.getReturnType());
        for (Class<?> t : types) {
          assertTrue(!t.getName().contains(".internal."), c.getSimpleName() + "." + m.getName() + " uses " + t.getName());
        }
      }
    }
  }
}
