package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.FilesApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.FileListParams;
import io.github.xaijava.services.FilesService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. FilesService over the generated {@link FilesApi} and {@link HttpCore}. */
public final class FilesServiceImpl implements FilesService {

  private final HttpCore core;
  private final FilesApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public FilesServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(FilesApi.class);
  }

  @Override
  public ModelFile upload(String filename, byte[] content, String purpose, RequestOptions options) {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    okhttp3.MultipartBody.Builder body = new okhttp3.MultipartBody.Builder()
        .setType(okhttp3.MultipartBody.FORM);
    // Small fields first: xAI reads them before the file part (see xai-wire-facts).
    if (purpose != null) {
      body.addFormDataPart("purpose", purpose);
    }
    body.addFormDataPart("file", filename,
        okhttp3.RequestBody.create(content, okhttp3.MediaType.get("application/octet-stream")));
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url(core.url("v1/files").build()).post(body.build()).build();
    okhttp3.Response response = core.execute(request, options);
    return core.readJson(response, ModelFile.class, HttpCore.retries(response));
  }

  @Override
  public CompletableFuture<ModelFile> uploadAsync(String filename, byte[] content, String purpose, RequestOptions options) {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    return core.async(() -> upload(filename, content, purpose, options));
  }

  @Override
  public ListFilesResponse list(FileListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return core.call(api.listFiles(params.limit(), params.order(), params.sortBy(), params.paginationToken(), params.after(), params.filter()), options);
  }

  @Override
  public CompletableFuture<ListFilesResponse> listAsync(FileListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return core.async(() -> list(params, options));
  }

  @Override
  public ModelFile retrieve(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.call(api.retrieveFile(fileId), options);
  }

  @Override
  public CompletableFuture<ModelFile> retrieveAsync(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(fileId, options));
  }

  @Override
  public DeleteFileResponse delete(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.call(api.deleteFile(fileId), options);
  }

  @Override
  public CompletableFuture<DeleteFileResponse> deleteAsync(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> delete(fileId, options));
  }

  @Override
  public byte[] contentBytes(String fileId, ContentFormat format, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    okhttp3.Request request = api.downloadFileContent(fileId, format).request();
    return core.readBytes(core.execute(request, options));
  }

  @Override
  public CompletableFuture<byte[]> contentBytesAsync(String fileId, ContentFormat format, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> contentBytes(fileId, format, options));
  }

  @Override
  public CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createFilePublicUrl(fileId, request), options);
  }

  @Override
  public CompletableFuture<CreatePublicUrlResponse> createPublicUrlAsync(String fileId, CreatePublicUrlRequest request, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> createPublicUrl(fileId, request, options));
  }

  @Override
  public RevokePublicUrlResponse revokePublicUrl(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.call(api.revokeFilePublicUrl(fileId), options);
  }

  @Override
  public CompletableFuture<RevokePublicUrlResponse> revokePublicUrlAsync(String fileId, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> revokePublicUrl(fileId, options));
  }
}
