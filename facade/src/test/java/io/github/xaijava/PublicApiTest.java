package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API never exposes the {@code internal} packages: no public or protected member of
 * a public type outside them names an internal type, so internals can change freely.
 */
class PublicApiTest {

  private static final String INTERNAL = "io.github.xaijava.internal.";

  @Test
  void noPublicSignatureMentionsAnInternalType() throws Exception {
    Path classes = Path.of(XaiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(file).toString()
            .replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        if (name.startsWith(INTERNAL) || name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (!isVisible(type.getModifiers()) || type.isAnonymousClass() || type.isSynthetic()) {
          continue;
        }
        checked++;
        check(type.getName(), type.getGenericSuperclass() + " " + List.of(type.getGenericInterfaces()), leaks);
        for (Method m : type.getDeclaredMethods()) {
          if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
            check(type.getName() + "." + m.getName(), m.toGenericString(), leaks);
          }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (isVisible(c.getModifiers())) {
            check(type.getName() + ".<init>", c.toGenericString(), leaks);
          }
        }
        for (Field f : type.getDeclaredFields()) {
          if (isVisible(f.getModifiers())) {
            check(type.getName() + "." + f.getName(), f.toGenericString(), leaks);
          }
        }
      }
    }
    assertTrue(checked > 30, "expected the facade's public types, found " + checked);
    assertTrue(leaks.isEmpty(), "public signatures naming internal types:\n  " + String.join("\n  ", leaks));
  }

  @Test
  void theModuleExportsEveryPublicPackageAndNoInternalOne() throws Exception {
    Path classes = Path.of(XaiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.lang.module.ModuleDescriptor descriptor;
    try (java.io.InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = java.lang.module.ModuleDescriptor.read(in);
    }
    java.util.Set<String> exported = new java.util.TreeSet<>();
    descriptor.exports().forEach(e -> exported.add(e.source()));
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (String pkg : descriptor.packages()) {
      if (!pkg.startsWith("io.github.xaijava.internal")) {
        expected.add(pkg);
      }
    }
    assertTrue(expected.size() >= 10, "found the public packages: " + expected);
    org.junit.jupiter.api.Assertions.assertEquals(expected, exported);
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(String where, String signature, List<String> leaks) {
    if (signature.contains(INTERNAL)) {
      leaks.add(where + ": " + signature);
    }
  }
}
