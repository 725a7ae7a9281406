package io.github.xaijava.internal.transfer;

import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.services.FileUpload;
import io.github.xaijava.services.FileUploadOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/** Files and skills over an {@link Exchange}: ordered multipart uploads and streaming downloads. */
public final class FileCalls {

  private final Exchange exchange;
  private final HttpUrl baseUrl;

  /** Calls against {@code baseUrl} (ending with {@code /}). */
  public FileCalls(Exchange exchange, HttpUrl baseUrl) {
    this.exchange = Objects.requireNonNull(exchange, "exchange == null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
  }

  /** {@code POST /v1/files}. */
  public ModelFile upload(FileUpload file, FileUploadOptions options) {
    return JsonCalls.post(
        exchange, url("v1/files"), UploadBodies.file(file, options), ModelFile.class);
  }

  /** {@code GET /v1/files/{id}/content} as a stream; the caller closes it. */
  public InputStream content(String fileId, ContentFormat format) {
    return Downloads.open(exchange, contentUrl(fileId, format));
  }

  /** {@code GET /v1/files/{id}/content} into {@code target}; returns the bytes written. */
  public long download(String fileId, ContentFormat format, Path target) {
    return Downloads.toPath(exchange, contentUrl(fileId, format), target);
  }

  /** {@code POST /v1/skills} with one {@code files} part per upload. */
  public Skill uploadSkill(List<FileUpload> files) {
    return JsonCalls.post(exchange, url("v1/skills"), UploadBodies.skill(files), Skill.class);
  }

  /** {@code GET /v1/skills/{id}/content} (a zip) as a stream; the caller closes it. */
  public InputStream skillContent(String skillId) {
    return Downloads.open(exchange, skill(skillId).addPathSegment("content").build());
  }

  /** {@code GET /v1/skills/{id}/content} into {@code target}; returns the bytes written. */
  public long downloadSkill(String skillId, Path target) {
    return Downloads.toPath(exchange, skill(skillId).addPathSegment("content").build(), target);
  }

  private HttpUrl contentUrl(String fileId, ContentFormat format) {
    HttpUrl.Builder url = file(fileId).addPathSegment("content");
    if (format != null) {
      url.addQueryParameter("format", format.getValue());
    }
    return url.build();
  }

  private HttpUrl url(String path) {
    return baseUrl.newBuilder().addPathSegments(path).build();
  }

  private HttpUrl.Builder file(String fileId) {
    return baseUrl.newBuilder().addPathSegments("v1/files")
        .addPathSegment(Objects.requireNonNull(fileId, "fileId == null"));
  }

  private HttpUrl.Builder skill(String skillId) {
    return baseUrl.newBuilder().addPathSegments("v1/skills")
        .addPathSegment(Objects.requireNonNull(skillId, "skillId == null"));
  }
}
