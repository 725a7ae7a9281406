package io.github.xaijava.contract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** How our documents and reports are written: one JSON layout, and never half a file. */
final class JsonFiles {

  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private JsonFiles() {
  }

  /** The layout of {@code openapi.json}: two-space indent, no HTML escapes, a final newline. */
  static String pretty(JsonElement element) {
    return PRETTY.toJson(element) + "\n";
  }

  /**
   * Replaces {@code target} with {@code text} through a temporary file in the same folder and a
   * move, so a reader (or a crash) never sees a partly written file. The file keeps its
   * permissions.
   */
  static void writeAtomically(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPermissions(Path target, Path temporary) {
    try {
      Set<PosixFilePermission> permissions = Files.exists(target)
          ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the default permissions of a new file are what we can have.
    }
  }
}
