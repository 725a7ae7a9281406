package io.github.xaijava.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Multipart bodies as xAI receives them, read back part by part. */
class UploadsTest {

  private static final String FILE_JSON =
      "{\"id\":\"file_1\",\"object\":\"file\",\"bytes\":5,\"filename\":\"a.txt\"}";

  @RegisterExtension
  final XaiServerExtension loop = new XaiServerExtension();

  /** One part as received: its headers and bytes. */
  private static final class Part {
    final String disposition;
    final String contentType;
    final byte[] body;

    Part(String disposition, String contentType, byte[] body) {
      this.disposition = disposition;
      this.contentType = contentType;
      this.body = body;
    }
  }

  private static List<Part> parts(RecordedRequest request) throws IOException {
    String boundary = request.getHeader("Content-Type").replaceFirst(".*boundary=", "");
    List<Part> parts = new ArrayList<>();
    Buffer body = request.getBody();
    try (MultipartReader reader = new MultipartReader(body, boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        parts.add(new Part(part.headers().get("Content-Disposition"),
            part.headers().get("Content-Type"), part.body().readByteArray()));
      }
    }
    return parts;
  }

  @Test
  void expiresAfterAndPurposeComeBeforeFilePart(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("report.pdf");
    byte[] content = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff};
    Files.write(pdf, content);
    loop.json(200, FILE_JSON);

    ModelFile file = loop.client().files().upload(FileUpload.of(pdf), FileUploadOptions.builder()
        .expiresAfter(Duration.ofHours(2)).purpose("assistants").build());

    assertEquals("file_1", file.id());
    RecordedRequest request = loop.take();
    assertEquals("POST", request.getMethod());
    assertEquals("/v1/files", request.getPath());
    List<Part> parts = parts(request);
    assertEquals(3, parts.size());
    assertEquals("form-data; name=\"expires_after\"", parts.get(0).disposition);
    assertEquals("7200", new String(parts.get(0).body, StandardCharsets.UTF_8));
    assertEquals("form-data; name=\"purpose\"", parts.get(1).disposition);
    assertEquals("assistants", new String(parts.get(1).body, StandardCharsets.UTF_8));
    assertEquals("form-data; name=\"file\"; filename=\"report.pdf\"", parts.get(2).disposition);
    assertEquals("application/pdf", parts.get(2).contentType);
    assertArrayEquals(content, parts.get(2).body);
  }

  @Test
  void bytesUploadWithChosenContentTypeHasOnlyFilePart() throws IOException {
    loop.json(200, FILE_JSON);
    byte[] content = "hello".getBytes(StandardCharsets.UTF_8);

    loop.client().files().upload(FileUpload.of(content, "a.bin").withContentType("text/x-custom"),
        FileUploadOptions.none());

    RecordedRequest request = loop.take();
    List<Part> parts = parts(request);
    assertEquals(1, parts.size());
    assertEquals("form-data; name=\"file\"; filename=\"a.bin\"", parts.get(0).disposition);
    assertEquals("text/x-custom", parts.get(0).contentType);
    assertArrayEquals(content, parts.get(0).body);
    assertNull(request.getHeader("Transfer-Encoding"), "known length: not chunked");
  }

  @Test
  void inputStreamOfUnknownLengthIsSentChunkedAndOnlyOnce() throws IOException {
    loop.json(200, FILE_JSON);
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    FileUpload upload = FileUpload.of(new ByteArrayInputStream(content), "data.csv");

    loop.client().files().upload(upload, FileUploadOptions.builder().expiresAfter(Duration.ofDays(1)).build());

    RecordedRequest request = loop.take();
    assertEquals("chunked", request.getHeader("Transfer-Encoding"));
    List<Part> parts = parts(request);
    assertEquals("form-data; name=\"expires_after\"", parts.get(0).disposition);
    assertEquals("86400", new String(parts.get(0).body, StandardCharsets.UTF_8));
    assertEquals("form-data; name=\"file\"; filename=\"data.csv\"", parts.get(1).disposition);
    assertEquals("text/csv", parts.get(1).contentType);
    assertArrayEquals(content, parts.get(1).body);
    assertFalse(upload.isRepeatable());
    assertThrows(IllegalStateException.class, upload::open);
  }

  @Test
  void aStreamUploadIsNeverRetriedSinceItCanBeSentOnce() {
    loop.json(429, "{\"code\":\"Some resource has been exhausted\",\"error\":\"slow down\"}");
    loop.json(200, FILE_JSON);
    FileUpload upload = FileUpload.of(new ByteArrayInputStream(new byte[10]), "once.bin");
    assertThrows(io.github.xaijava.errors.RateLimitException.class,
        () -> loop.client().files().upload(upload));
    assertEquals(1, loop.server().getRequestCount());
    loop.client().models().get("drain"); // the queued answer
  }

  @Test
  void skillUploadSendsOneFilesPartPerFile() throws IOException {
    loop.json(200, "{\"id\":\"skill_1\",\"object\":\"skill\",\"name\":\"demo\"}");
    byte[] md = "# Demo skill\n".getBytes(StandardCharsets.UTF_8);
    byte[] py = "print('hi')\n".getBytes(StandardCharsets.UTF_8);

    assertEquals("skill_1", loop.client().skills().upload(List.of(
        FileUpload.of(md, "demo/SKILL.md"),
        FileUpload.of(py, "demo/run.py").withContentType("text/x-python"))).id());

    RecordedRequest request = loop.take();
    assertEquals("/v1/skills", request.getPath());
    List<Part> parts = parts(request);
    assertEquals(2, parts.size());
    assertEquals("form-data; name=\"files\"; filename=\"demo/SKILL.md\"", parts.get(0).disposition);
    assertEquals("text/markdown", parts.get(0).contentType);
    assertArrayEquals(md, parts.get(0).body);
    assertEquals("form-data; name=\"files\"; filename=\"demo/run.py\"", parts.get(1).disposition);
    assertEquals("text/x-python", parts.get(1).contentType);
    assertArrayEquals(py, parts.get(1).body);
  }

  @Test
  void expiresAfterOutsideXaiRangeIsRejectedEarly() {
    assertThrows(IllegalArgumentException.class,
        () -> FileUploadOptions.builder().expiresAfter(Duration.ofMinutes(5)));
    assertThrows(IllegalArgumentException.class,
        () -> FileUploadOptions.builder().expiresAfter(Duration.ofDays(31)));
  }

  @Test
  void aFileOverXaisLimitIsRefusedBeforeAnyByteIsSent(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("huge.jsonl");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(200L * 1024 * 1024 + 1); // sparse: one byte over 200 MiB, no disk used
    }

    XaiIoException e = assertThrows(XaiIoException.class,
        () -> loop.client().files().upload(FileUpload.of(big)));
    assertEquals(XaiIoException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("huge.jsonl to POST /v1/files is 209715201 bytes, over the"
        + " 209715200 bytes xAI accepts there; nothing was sent"), e.getMessage());
    assertThrows(XaiIoException.class,
        () -> loop.client().async().files().upload(FileUpload.of(big)));
    assertEquals(0, loop.server().getRequestCount(), "nothing sent");

    // The client can be told to leave the limit to xAI.
    loop.json(200, FILE_JSON);
    Path small = dir.resolve("a.txt");
    Files.writeString(small, "hello");
    XaiClient unchecked = loop.client(o -> o.checkUploadLimits(false));
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(small.toFile(), "rw")) {
      file.setLength(6);
    }
    assertEquals("file_1", unchecked.files().upload(FileUpload.of(small)).id());
  }

  @Test
  void aStreamPassingXaisLimitStopsBeingSentThere() {
    loop.server().setBodyLimit(0); // the server keeps none of it
    loop.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200)
        .setBody(FILE_JSON));
    long limit = 500L * 1024 * 1024;
    CountingZeros zeros = new CountingZeros(limit + 10 * 1024 * 1024);

    XaiIoException e = assertThrows(XaiIoException.class,
        () -> loop.client().voice().transcribe(FileUpload.of(zeros, "long.wav")));

    assertEquals(XaiIoException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("long.wav to POST /v1/stt passed the 524288000 bytes xAI"
        + " accepts there; the rest was not sent"), e.getMessage());
    assertTrue(zeros.read <= limit + 64 * 1024, "read " + zeros.read + ", just past the limit");
    assertTrue(zeros.closed, "the caller's stream is closed");
  }

  /** {@code size} zero bytes, read without holding them, counting what was read. */
  private static final class CountingZeros extends java.io.InputStream {
    private final long size;
    long read;
    boolean closed;

    CountingZeros(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      read += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
