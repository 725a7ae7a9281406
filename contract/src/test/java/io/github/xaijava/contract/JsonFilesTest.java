package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import io.github.xaijava.testing.SpecFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {

  @Test
  void ourDocumentIsWrittenInTheLayoutItHas() throws Exception {
    String text = Files.readString(SpecFiles.projectSpec(), StandardCharsets.UTF_8);
    assertEquals(text, JsonFiles.pretty(JsonParser.parseString(text)),
        "numbers, unicode, nulls and empty objects come back as they were written");
  }

  @Test
  void nullsAndNumbersSurviveTheRoundTrip() {
    String text = "{\n  \"default\": null,\n  \"enum\": [\n    null,\n    1.50,\n    1e3\n  ],\n"
        + "  \"x\": {},\n  \"y\": []\n}\n";
    assertEquals(text, JsonFiles.pretty(JsonParser.parseString(text)));
  }

  @Test
  void anAtomicWriteKeepsPermissionsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("openapi.json");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    JsonFiles.writeAtomically(target, "new");
    assertEquals("new", Files.readString(target));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    Path fresh = dir.resolve("sub").resolve("report.md");
    JsonFiles.writeAtomically(fresh, "r");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
  }
}
