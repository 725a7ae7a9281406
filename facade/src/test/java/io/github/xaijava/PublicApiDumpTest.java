package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.xaijava.generated.support.XaiModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of both published modules, recorded in {@code api/*.api} at the root of the
 * repository (OkHttp keeps such dumps): every public type of an exported package and its public
 * and protected members. A change to the surface fails this test until the dump is rewritten
 * ({@code -Dxai.api.update=true}, which {@code scripts/update-spec.sh} passes), so every change
 * shows in review as a diff of the dump.
 */
class PublicApiDumpTest {

  private static final Path API = Path.of("..", "api");

  @Test
  void facadeSurfaceIsTheRecordedOne() throws Exception {
    check("xai-java.api", location(XaiClient.class));
  }

  @Test
  void generatedSurfaceIsTheRecordedOne() throws Exception {
    check("xai-java-generated.api", location(XaiModel.class));
  }

  private static void check(String file, Path classes) throws IOException {
    String actual = dump(classes);
    assertTrue(actual.lines().count() > 50, "read the classes of " + classes);
    Path recorded = API.resolve(file);
    if (Boolean.getBoolean("xai.api.update")) {
      Files.createDirectories(API);
      Files.writeString(recorded, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(recorded) ? Files.readString(recorded, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      fail("the public API differs from api/" + file + " (rewrite it with "
          + "mvn -pl facade test -Dtest=PublicApiDumpTest -Dxai.api.update=true and review the diff):\n"
          + difference(expected, actual));
    }
  }

  /** The folder or jar the class was loaded from. */
  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String dump(Path classes) throws IOException {
    if (Files.isDirectory(classes)) {
      return dumpTree(classes);
    }
    try (FileSystem jar = FileSystems.newFileSystem(classes)) {
      return dumpTree(jar.getPath("/"));
    }
  }

  private static String dumpTree(Path root) throws IOException {
    Set<String> exported = new TreeSet<>();
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      for (ModuleDescriptor.Exports e : ModuleDescriptor.read(in).exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")
              && !p.endsWith("package-info.class"))
          .forEach(p -> {
            String relative = root.relativize(p).toString().replace('\\', '/');
            String name = relative.substring(0, relative.length() - ".class".length())
                .replace('/', '.');
            String pkg = name.substring(0, name.lastIndexOf('.'));
            if (exported.contains(pkg)) {
              names.add(name);
            }
          });
    }
    StringBuilder out = new StringBuilder();
    for (String name : new TreeSet<>(names)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, PublicApiDumpTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new UncheckedIOException(new IOException(e));
      }
      if (!isVisible(type)) {
        continue;
      }
      out.append(describe(type)).append('\n');
      Set<String> members = new TreeSet<>();
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isApi(c.getModifiers(), c.isSynthetic())) {
          members.add(shorten(c.toGenericString(), type));
        }
      }
      // Public members of a superclass or interface that is not itself API (the client's
      // generated service accessors, the models' helper interfaces) are the type's API.
      List<Class<?>> owners = new ArrayList<>();
      for (Class<?> c = type; c != null && (c == type || !isVisible(c)); c = c.getSuperclass()) {
        owners.add(c);
      }
      for (int i = 0; i < owners.size(); i++) {
        for (Class<?> i2 : owners.get(i).getInterfaces()) {
          if (!isVisible(i2) && !owners.contains(i2)) {
            owners.add(i2);
          }
        }
      }
      for (Class<?> c : owners) {
        for (Method m : c.getDeclaredMethods()) {
          // An abstract method of a hidden interface is the type's own accessor, listed already.
          boolean hiddenAbstract = c != type && c.isInterface() && Modifier.isAbstract(m.getModifiers());
          if (!hiddenAbstract && isApi(m.getModifiers(), m.isSynthetic() || m.isBridge())) {
            members.add(shorten(m.toGenericString(), c));
          }
        }
        for (Field f : c.getDeclaredFields()) {
          if (isApi(f.getModifiers(), f.isSynthetic())) {
            members.add(shorten(f.toGenericString(), c));
          }
        }
      }
      members.forEach(m -> out.append("  ").append(m).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  /** Public, and reachable: every enclosing class public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(int modifiers, boolean synthetic) {
    return !synthetic && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static String describe(Class<?> type) {
    StringBuilder s = new StringBuilder(Modifier.toString(type.getModifiers()
        & (Modifier.classModifiers() & ~Modifier.STRICT)));
    if (type.isInterface() && !type.isAnnotation()) {
      s = new StringBuilder(s.toString().replace("abstract", "").strip()).append(" interface");
    } else if (type.isEnum()) {
      s.append(" enum");
    } else if (type.isRecord()) {
      s.append(" record");
    } else if (type.isAnnotation()) {
      s.append(" @interface");
    } else {
      s.append(" class");
    }
    s.append(' ').append(type.getName());
    if (type.isSealed()) {
      s.append(" sealed");
    }
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
        && !type.isEnum() && !type.isRecord() && isVisible(type.getSuperclass())) {
      s.append(" : ").append(type.getGenericSuperclass().getTypeName());
    }
    Class<?>[] raw = type.getInterfaces();
    java.lang.reflect.Type[] generic = type.getGenericInterfaces();
    for (int i = 0; i < generic.length; i++) {
      if (isVisible(raw[i])) {
        s.append(type.isInterface() ? " extends " : " : ").append(generic[i].getTypeName());
      }
    }
    return s.toString().strip();
  }

  /** A member's generic string without its declaring class before its name. */
  private static String shorten(String member, Class<?> owner) {
    return member.replace(owner.getName() + ".", "").replace(owner.getName() + "(", "<init>(");
  }

  private static String difference(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    Set<String> inA = new TreeSet<>(a);
    Set<String> inB = new TreeSet<>(b);
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String line : a) {
      if (!inB.contains(line) && !line.isBlank() && shown++ < 40) {
        out.append("- ").append(line).append('\n');
      }
    }
    for (String line : b) {
      if (!inA.contains(line) && !line.isBlank() && shown++ < 80) {
        out.append("+ ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
