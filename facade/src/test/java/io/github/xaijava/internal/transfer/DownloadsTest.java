package io.github.xaijava.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Streaming downloads through the client against a loopback server. */
class DownloadsTest {

  @RegisterExtension
  final XaiServerExtension loop = new XaiServerExtension();

  private void octets(byte[] bytes, String type) {
    loop.enqueue(new MockResponse().setHeader("Content-Type", type)
        .setBody(new Buffer().write(bytes)));
  }

  @Test
  void fileContentStreamsAndFormatIsSent() throws IOException {
    byte[] bytes = {1, 2, 3, 4, 5};
    octets(bytes, "application/octet-stream");

    try (InputStream in = loop.client().files().content("file_1", ContentFormat.TEXT)) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals("/v1/files/file_1/content?format=text", loop.take().getPath());
  }

  @Test
  void skillZipDownloadsToPath(@TempDir Path dir) throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    octets(zip, "application/zip");
    Path target = dir.resolve("skill.zip");

    assertEquals(zip.length, loop.client().skills().download("skill_1", target));
    assertArrayEquals(zip, Files.readAllBytes(target));
    assertEquals("/v1/skills/skill_1/content", loop.take().getPath());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no partial file left behind");
    }
  }

  @Test
  void aDownloadedFileHasTheDefaultPermissionsOfANewFile(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Set<PosixFilePermission> fresh =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("made-here.txt")));
    octets(new byte[] {1, 2, 3}, "application/octet-stream");
    Path target = dir.resolve("downloaded.bin");

    assertEquals(3, loop.client().files().download("file_1", target));
    assertEquals(fresh, Files.getPosixFilePermissions(target),
        "as Files.createFile makes them (the umask), not a temporary file's owner-only ones");
  }

  @Test
  void failedDownloadLeavesExistingTargetAlone(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("keep.bin");
    Files.write(target, new byte[] {9});
    loop.json(404, "{\"code\":\"Some requested entity was not found\",\"error\":\"no file\"}");

    XaiApiException e = assertThrows(XaiApiException.class,
        () -> loop.client().files().download("file_x", target));
    assertEquals(404, e.statusCode());
    assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
  }

  @Test
  void aDownloadCutShortLeavesNoPartialFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("cut.bin");
    loop.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(new byte[64 * 1024]))
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    XaiIoException e = assertThrows(XaiIoException.class,
        () -> loop.client().files().download("file_cut", target));
    assertTrue(e.getMessage().contains("failed"), e.getMessage());
    assertFalse(Files.exists(target));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no partial file left behind");
    }
  }

  @Test
  void anUnclosedContentStreamIsTheCallersToClose() throws IOException {
    octets(new byte[] {1}, "application/octet-stream");
    InputStream in = loop.client().files().content("file_1");
    assertEquals(1, in.read());
    in.close(); // the extension fails the test if this connection were still in use
  }
}
