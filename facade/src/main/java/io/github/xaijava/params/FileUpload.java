package io.github.xaijava.params;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The content of one uploaded file: where the bytes come from, the filename xAI records and the
 * content type of the multipart part.
 *
 * <pre>{@code
 * client.files().upload(FileUpload.of(Path.of("report.pdf")));
 * client.files().upload(FileUpload.of(bytes, "notes.txt").withContentType("text/plain"));
 * client.files().upload(FileUpload.of(inputStream, "data.csv"));   // length unknown: chunked
 * }</pre>
 *
 * <p>A {@code Path} or {@code byte[]} upload can be sent again (a retry re-reads it); an {@code
 * InputStream} upload is read once, is never retried, and the stream is closed when the upload
 * ends. Bytes are copied in small chunks, never loaded whole. The content type defaults to one
 * guessed from the filename's extension, else {@code application/octet-stream}.
 */
public final class FileUpload {

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("txt", "text/plain"),
      Map.entry("md", "text/markdown"),
      Map.entry("csv", "text/csv"),
      Map.entry("json", "application/json"),
      Map.entry("jsonl", "application/jsonl"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("webp", "image/webp"),
      Map.entry("mp4", "video/mp4"));

  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;
  private final AtomicBoolean streamTaken;
  private final String filename;
  private final String contentType;

  private FileUpload(
      Path path, byte[] bytes, InputStream stream, AtomicBoolean streamTaken, String filename,
      String contentType) {
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.streamTaken = streamTaken;
    this.filename = filename;
    this.contentType = contentType;
  }

  /** The file at {@code path}, named by its last segment. */
  public static FileUpload of(Path path) {
    Objects.requireNonNull(path, "path == null");
    Path name = path.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("path has no file name: " + path);
    }
    return new FileUpload(path, null, null, null, name.toString(), guess(name.toString()));
  }

  /** {@code bytes} (not copied; do not change them until the upload is done) as {@code filename}. */
  public static FileUpload of(byte[] bytes, String filename) {
    Objects.requireNonNull(bytes, "bytes == null");
    return new FileUpload(null, bytes, null, null, name(filename), guess(filename));
  }

  /** The rest of {@code stream}, of any length, as {@code filename}; read once, then closed. */
  public static FileUpload of(InputStream stream, String filename) {
    Objects.requireNonNull(stream, "stream == null");
    return new FileUpload(
        null, null, stream, new AtomicBoolean(), name(filename), guess(filename));
  }

  /** A copy with {@code contentType} as the part's content type. */
  public FileUpload withContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType == null");
    return new FileUpload(path, bytes, stream, streamTaken, filename, contentType);
  }

  /** A copy recorded under {@code filename}; its content type is kept. */
  public FileUpload withFilename(String filename) {
    return new FileUpload(path, bytes, stream, streamTaken, name(filename), contentType);
  }

  /** The filename sent in the part's {@code Content-Disposition}. */
  public String filename() {
    return filename;
  }

  /** The part's content type. */
  public String contentType() {
    return contentType;
  }

  /** The length in bytes, or -1 when unknown (an {@code InputStream}; sent chunked). */
  public long contentLength() throws IOException {
    if (path != null) {
      return Files.size(path);
    }
    return bytes != null ? bytes.length : -1;
  }

  /** Whether the content can be read more than once (not for an {@code InputStream}). */
  public boolean isRepeatable() {
    return stream == null;
  }

  /**
   * Opens the content; the caller closes it. A {@code Path} or {@code byte[]} upload opens anew
   * each time.
   *
   * @throws IllegalStateException if an {@code InputStream} upload was opened before
   */
  public InputStream open() throws IOException {
    if (path != null) {
      return Files.newInputStream(path);
    }
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    if (!streamTaken.compareAndSet(false, true)) {
      throw new IllegalStateException("the InputStream of " + filename + " was already read");
    }
    return stream;
  }

  @Override
  public String toString() {
    String source = path != null ? "path" : bytes != null ? bytes.length + " bytes" : "stream";
    return "FileUpload{" + filename + ", " + contentType + ", " + source + "}";
  }

  private static String name(String filename) {
    Objects.requireNonNull(filename, "filename == null");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename is blank");
    }
    return filename;
  }

  private static String guess(String filename) {
    int dot = filename.lastIndexOf('.');
    String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
