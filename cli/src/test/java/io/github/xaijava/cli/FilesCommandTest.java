package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FilesCommandTest {

  @RegisterExtension
  static XaiSimulatorExtension sim =
      new XaiSimulatorExtension(XaiSimulator.builder().apiKey("xai-files-test-secret-2024"));

  @TempDir
  Path dir;

  @Test
  void uploadListDownloadDeleteRoundTrip() throws IOException {
    byte[] content = new byte[200_000];
    new Random(7).nextBytes(content);
    Path original = Files.write(dir.resolve("data.bin"), content);

    Result upload = run(sim, "files", "upload", original.toString());
    assertEquals(0, upload.exit(), upload::toString);
    String id = upload.out().strip();
    assertTrue(id.matches("file[-_][A-Za-z0-9-]+"), upload::toString);
    assertEquals("", upload.err());

    Result list = run(sim, "files", "list");
    assertEquals(0, list.exit(), list::toString);
    assertEquals(id + "\t" + content.length + "\tdata.bin\n", list.out());

    Path copy = dir.resolve("copy.bin");
    Result download = run(sim, "files", "download", id, "-o", copy.toString());
    assertEquals(0, download.exit(), download::toString);
    assertArrayEquals(content, Files.readAllBytes(copy));
    assertEquals("", download.out());
    assertEquals("wrote 200.0 kB to " + copy + "\n", download.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no partial file left behind");
    }

    Result toStdout = run(sim, "files", "download", id, "-o", "-");
    assertEquals(0, toStdout.exit(), toStdout::toString);
    assertArrayEquals(content, toStdout.outBytes());

    Result delete = run(sim, "files", "delete", id);
    assertEquals(0, delete.exit(), delete::toString);
    assertEquals("deleted " + id + "\n", delete.out());

    Result emptyList = run(sim, "files", "list");
    assertEquals(0, emptyList.exit(), emptyList::toString);
    assertEquals("", emptyList.out());

    Result gone = run(sim, "files", "download", id, "-o", dir.resolve("gone.bin").toString());
    assertEquals(1, gone.exit(), gone::toString);
    assertTrue(gone.err().startsWith("error: HTTP 404 "), gone::toString);
    assertFalse(Files.exists(dir.resolve("gone.bin")));
  }

  @Test
  void listWalksEveryPage() throws IOException {
    // More files than one page holds (the client asks for 100 at a time).
    for (int i = 0; i < 102; i++) {
      Path f = Files.writeString(dir.resolve("f" + i + ".txt"), "file " + i);
      assertEquals(0, run(sim, "files", "upload", f.toString()).exit());
    }

    Result list = run(sim, "files", "list");

    assertEquals(0, list.exit(), list::toString);
    assertEquals(102, list.out().lines().count());
  }

  @Test
  void transfersShowProgressOnlyOnATerminal() throws IOException {
    Path f = Files.writeString(dir.resolve("notes.txt"), "some notes", StandardCharsets.UTF_8);

    Result quiet = run(CliRunner.envFor(sim), false, "files", "upload", f.toString());
    Result shown = run(CliRunner.envFor(sim), true, "files", "upload", f.toString());
    String id = shown.out().strip();
    Result quietDownload = run(CliRunner.envFor(sim), false, "files", "download", id, "-o", "-");
    Result shownDownload = run(CliRunner.envFor(sim), true, "files", "download", id, "-o", "-");

    assertEquals("", quiet.err());
    assertEquals(0, shown.exit(), shown::toString);
    assertTrue(shown.err().startsWith("\ruploading notes.txt (10 B) "), shown::toString);
    assertEquals("", quietDownload.err());
    assertEquals("some notes", shownDownload.out());
    assertTrue(shownDownload.err().startsWith("\rdownloading " + id + ": "),
        shownDownload::toString);
  }

  @Test
  void downloadWithoutOutputNeverReplacesAFileOfTheSameName() throws IOException {
    // The working folder of a test run holds a pom.xml (the module's or the root's). The file
    // uploaded is that very pom, so even a wrong replacement would leave it as it was.
    Path pom = Path.of("pom.xml");
    byte[] before = Files.readAllBytes(pom);
    String id = run(sim, "files", "upload", pom.toString()).out().strip();

    Result r = run(sim, "files", "download", id);

    assertEquals(2, r.exit(), r::toString);
    assertEquals("error: pom.xml exists; pass -o PATH to replace it or to pick another name",
        r.errLines().get(0));
    assertArrayEquals(before, Files.readAllBytes(pom));
  }

  @Test
  void uploadOfAMissingFileIsAUsageError() {
    Result r = run(sim, "files", "upload", dir.resolve("nope.txt").toString());

    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: not a file: "), r::toString);
    assertEquals(0, sim.requests().size());
  }

  @Test
  void deleteOfAnUnknownFileExitsWithOne() {
    Result r = run(sim, "files", "delete", "file-does-not-exist");

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.err().startsWith("error: HTTP 404 "), r::toString);
  }
}
