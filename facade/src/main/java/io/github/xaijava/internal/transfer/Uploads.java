package io.github.xaijava.internal.transfer;

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
 */
public final class Uploads {

  private Uploads() {
  }

  /** The part {@code name} holding {@code file}. */
  public static MultipartBody.Part part(String name, FileUpload file) {
    Objects.requireNonNull(file, "file == null");
    return MultipartBody.Part.createFormData(name, file.filename(), body(file));
  }

  /** {@link #part}, or none (Retrofit leaves a null part out) when {@code file} is null. */
  public static MultipartBody.Part partOrNone(String name, FileUpload file) {
    return file == null ? null : part(name, file);
  }

  /** One part {@code name} per file, in order; at least one file. */
  public static List<MultipartBody.Part> parts(String name, List<FileUpload> files) {
    Objects.requireNonNull(files, "files == null");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an upload needs at least one file");
    }
    List<MultipartBody.Part> parts = new ArrayList<>(files.size());
    for (FileUpload file : files) {
      parts.add(part(name, file));
    }
    return parts;
  }

  private static RequestBody body(FileUpload file) {
    MediaType type = MediaType.parse(file.contentType());
    long length;
    try {
      length = file.contentLength();
    } catch (IOException e) {
      // The caller's file, not the network: bad input, named with the path the JDK reports.
      throw new IllegalArgumentException("cannot upload " + file.filename() + ": " + e, e);
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
          sink.writeAll(source);
        }
      }
    };
  }
}
