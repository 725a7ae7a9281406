package io.github.xaijava.generated.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No generated public name, and no generated Javadoc, shows the generator's internal schema
 * names ({@code Tool_oneOf}, {@code Content_anyOf_1}, {@code ...OneOf2}).
 */
class PublicNamesTest {

  @Test
  void noPublicTypeOrMemberNameContainsAnInternalSchemaName() throws Exception {
    Path classes = Path.of("target", "classes", "io", "github", "xaijava", "generated", "model");
    List<String> found = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String simple = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("io.github.xaijava.generated.model." + simple, false,
            getClass().getClassLoader());
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        checked++;
        if (internal(type.getSimpleName())) {
          found.add(type.getName());
        }
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && internal(m.getName())) {
            found.add(type.getName() + "." + m.getName());
          }
        }
      }
    }
    assertTrue(checked > 200, "checked the generated models, found " + checked);
    assertTrue(found.isEmpty(), "internal schema names in public names: " + found);
  }

  @Test
  void noGeneratedJavadocNamesAnInternalSchema() throws IOException {
    Path sources = Path.of("target", "generated-sources", "openapi", "src", "main", "java");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String trimmed = line.trim();
          if ((trimmed.startsWith("*") || trimmed.startsWith("/**"))
              && (trimmed.contains("_oneOf") || trimmed.contains("_anyOf"))) {
            found.add(file.getFileName() + ": " + trimmed);
          }
        }
      }
    }
    assertTrue(found.isEmpty(), "Javadoc naming internal schemas: " + found);
  }

  private static boolean internal(String name) {
    return name.contains("_oneOf") || name.contains("_anyOf")
        || name.matches(".*(OneOf|AnyOf|AllOf)\\d*$") || name.matches(".*_\\d+$");
  }
}
