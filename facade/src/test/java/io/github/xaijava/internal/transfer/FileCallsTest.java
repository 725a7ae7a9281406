package io.github.xaijava.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.testing.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads, public URLs, retrieve and delete against a loopback server. */
class FileCallsTest {

  private final Loopback loop = new Loopback();
  private final FileCalls calls = new FileCalls(loop.exchange, loop.baseUrl());

  @AfterEach
  void close() {
    loop.close();
  }

  private void octets(byte[] bytes, String type) {
    loop.server.enqueue(new MockResponse().setHeader("Content-Type", type)
        .setBody(new Buffer().write(bytes)));
  }

  @Test
  void fileContentStreamsAndFormatIsSent() throws IOException {
    byte[] bytes = {1, 2, 3, 4, 5};
    octets(bytes, "application/octet-stream");

    try (InputStream in = calls.content("file_1", ContentFormat.TEXT)) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals("/v1/files/file_1/content?format=text", loop.take().getPath());
  }

  @Test
  void skillZipDownloadsToPath(@TempDir Path dir) throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    octets(zip, "application/zip");
    Path target = dir.resolve("skill.zip");

    assertEquals(zip.length, calls.downloadSkill("skill_1", target));
    assertArrayEquals(zip, Files.readAllBytes(target));
    assertEquals("/v1/skills/skill_1/content", loop.take().getPath());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no partial file left behind");
    }
  }

  @Test
  void failedDownloadLeavesExistingTargetAlone(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("keep.bin");
    Files.write(target, new byte[] {9});
    loop.json(404, "{\"code\":\"Some requested entity was not found\",\"error\":\"no file\"}");

    XaiApiException e = assertThrows(XaiApiException.class,
        () -> calls.download("file_x", null, target));
    assertEquals(404, e.statusCode());
    assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
  }
}
