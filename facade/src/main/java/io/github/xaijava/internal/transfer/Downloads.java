package io.github.xaijava.internal.transfer;

import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.http.Transport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;

/**
 * Not API. Streaming downloads: the body flows through an 8 KiB window (OkHttp's segments), so a
 * 100 MB file never needs 100 MB of heap.
 */
public final class Downloads {

  private Downloads() {
  }

  /** The open answer's body as a stream; closing the stream releases the connection. */
  public static InputStream stream(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      response.close();
      return InputStream.nullInputStream();
    }
    return new FilterInputStream(body.byteStream()) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          response.close();
        }
      }
    };
  }

  /**
   * The open answer's body into {@code target}, replacing it, and closes the answer. The bytes go
   * to a temporary file in the same directory that is moved into place only when complete, so a
   * failed download never leaves a truncated {@code target}. The file ends with the permissions
   * any new file gets (the process's umask), not a temporary file's owner-only ones.
   *
   * @return the number of bytes written
   */
  public static long toPath(Response response, Path target) {
    Path dir = target.toAbsolutePath().getParent();
    Path partial = null;
    try (response) {
      partial = createPartial(dir, target.getFileName().toString());
      long written;
      ResponseBody body = response.body();
      try (BufferedSink sink = Okio.buffer(Okio.sink(partial))) {
        written = body == null ? 0 : sink.writeAll(body.source());
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      partial = null;
      return written;
    } catch (IOException e) {
      throw new XaiIoException(XaiIoException.Kind.CONNECTION,
          "Download of " + response.request().url().encodedPath() + " to " + target + " failed: "
              + e, e, Transport.retries(response));
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // Best effort: the original failure matters more.
        }
      }
    }
  }

  /**
   * A new, empty file for the bytes of {@code name}, next to it in {@code dir}. Made with
   * {@link Files#createFile} and no attributes, so it has the default permissions that the file
   * it becomes should have ({@code Files.createTempFile} would make it owner-only, 0600 on
   * POSIX). Creating it fails rather than reuse a file of the same name, so a name in use is
   * only drawn again.
   */
  private static Path createPartial(Path dir, String name) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path partial = dir.resolve("." + name + "." + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + ".part");
      try {
        return Files.createFile(partial);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }
}
