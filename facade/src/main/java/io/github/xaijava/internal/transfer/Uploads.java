package io.github.xaijava.internal.transfer;

import io.github.xaijava.internal.errors.UploadTooLarge;
import io.github.xaijava.params.FileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Not API. The file parts of multipart uploads. The generated interfaces fix the part names and
 * their order (metadata first: xAI reads it only before the file); this makes the parts' bodies,
 * which copy the upload's content in chunks as OkHttp writes it.
 *
 * <p>An operation whose description gives the most bytes xAI accepts ({@code maxBytes} of its
 * upload rule) passes an {@link Limit}: an upload of known length over it is refused here, before
 * the call exists; one of unknown length (a stream) stops being sent as it passes the limit.
 */
public final class Uploads {

  /** The most bytes of one file an operation accepts, and the operation, for the message. */
  public record Limit(long maxBytes, String operation) {

    /** No limit: the operation states none, or the client was told not to check. */
    public static final Limit NONE = new Limit(Long.MAX_VALUE, "");
  }

  private Uploads() {
  }

  /** The part {@code name} holding {@code file}, with no limit. */
  public static MultipartBody.Part part(String name, FileUpload file) {
    return part(name, file, Limit.NONE);
  }

  /**
   * The part {@code name} holding {@code file}.
   *
   * @throws io.github.xaijava.errors.XaiIoException of kind {@code TOO_LARGE} when the file's
   *     known length is over {@code limit}
   */
  public static MultipartBody.Part part(String name, FileUpload file, Limit limit) {
    Objects.requireNonNull(file, "file == null");
    return MultipartBody.Part.createFormData(name, file.filename(), body(file, limit));
  }

  /** {@link #part}, or none (Retrofit leaves a null part out) when {@code file} is null. */
  public static MultipartBody.Part partOrNone(String name, FileUpload file) {
    return partOrNone(name, file, Limit.NONE);
  }

  /** {@link #part(String, FileUpload, Limit)}, or none when {@code file} is null. */
  public static MultipartBody.Part partOrNone(String name, FileUpload file, Limit limit) {
    return file == null ? null : part(name, file, limit);
  }

  /** One part {@code name} per file, in order; at least one file. */
  public static List<MultipartBody.Part> parts(String name, List<FileUpload> files) {
    return parts(name, files, Limit.NONE);
  }

  /** {@link #parts(String, List)}, each file within {@code limit}. */
  public static List<MultipartBody.Part> parts(String name, List<FileUpload> files, Limit limit) {
    Objects.requireNonNull(files, "files == null");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an upload needs at least one file");
    }
    List<MultipartBody.Part> parts = new ArrayList<>(files.size());
    for (FileUpload file : files) {
      parts.add(part(name, file, limit));
    }
    return parts;
  }

  private static RequestBody body(FileUpload file, Limit limit) {
    MediaType type = MediaType.parse(file.contentType());
    long length;
    try {
      length = file.contentLength();
    } catch (IOException e) {
      // The caller's file, not the network: bad input, named with the path the JDK reports.
      throw new IllegalArgumentException("cannot upload " + file.filename() + ": " + e, e);
    }
    if (length > limit.maxBytes()) {
      throw new UploadTooLarge(file.filename(), length, limit.maxBytes(),
          limit.operation()).toXai();
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return !file.isRepeatable();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (InputStream in = file.open(); Source source = Okio.source(in)) {
          if (length >= 0 || limit == Limit.NONE) {
            sink.writeAll(source);
            return;
          }
          // Unknown length: count, and stop sending once past the limit (xAI would refuse it).
          long sent = 0;
          for (long n; (n = source.read(sink.getBuffer(), 8192)) != -1; ) {
            sent += n;
            if (sent > limit.maxBytes()) {
              throw new UploadTooLarge(file.filename(), -1, limit.maxBytes(),
                  limit.operation());
            }
            sink.emitCompleteSegments();
          }
        }
      }
    };
  }
}
