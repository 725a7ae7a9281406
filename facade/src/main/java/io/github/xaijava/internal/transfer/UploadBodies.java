package io.github.xaijava.internal.transfer;

import io.github.xaijava.services.FileUpload;
import io.github.xaijava.services.FileUploadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Multipart bodies for uploads, assembled by hand: the generated interface puts {@code file}
 * before {@code expires_after}, and xAI streams {@code file} onward as soon as it sees it, so
 * metadata after it is lost.
 */
public final class UploadBodies {

  private UploadBodies() {
  }

  /** {@code POST /v1/files}: {@code expires_after}, then {@code purpose}, then {@code file}. */
  public static MultipartBody file(FileUpload file, FileUploadOptions options) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(options, "options == null");
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    options.expiresAfter().ifPresent(
        d -> body.addFormDataPart("expires_after", Long.toString(d.getSeconds())));
    options.purpose().ifPresent(p -> body.addFormDataPart("purpose", p));
    body.addFormDataPart("file", file.filename(), partBody(file));
    return body.build();
  }

  /** {@code POST /v1/skills}: one {@code files} part per file, in order. */
  public static MultipartBody skill(List<FileUpload> files) {
    Objects.requireNonNull(files, "files == null");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a skill upload needs at least one file");
    }
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (FileUpload file : files) {
      body.addFormDataPart("files", file.filename(), partBody(Objects.requireNonNull(file)));
    }
    return body.build();
  }

  /** A part body that copies the upload's content in chunks as OkHttp writes it. */
  static RequestBody partBody(FileUpload file) {
    MediaType type = MediaType.parse(file.contentType());
    long length;
    try {
      length = file.contentLength();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the size of " + file.filename(), e);
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
