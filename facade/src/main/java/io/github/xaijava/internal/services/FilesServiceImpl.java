package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.FilesApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.pagination.ListSources;
import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;
import io.github.xaijava.internal.transfer.FileCalls;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.services.FileUpload;
import io.github.xaijava.services.FileUploadOptions;
import io.github.xaijava.services.FilesService;
import java.io.InputStream;
import java.nio.file.Path;
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
  public ModelFile upload(FileUpload file, FileUploadOptions upload, RequestOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(options, "options");
    return new FileCalls(Exchange.of(core, options), core.baseUrl()).upload(file, upload);
  }

  @Override
  public CompletableFuture<ModelFile> uploadAsync(
      FileUpload file, FileUploadOptions upload, RequestOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(options, "options");
    return core.async(() -> upload(file, upload, options));
  }

  @Override
  public Page<ModelFile> list(FileListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.files(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), params);
  }

  @Override
  public CompletableFuture<Page<ModelFile>> listAsync(
      FileListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.filesAsync(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), params);
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
  public InputStream content(String fileId, ContentFormat format, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return downloads(options).content(fileId, format);
  }

  @Override
  public CompletableFuture<InputStream> contentAsync(
      String fileId, ContentFormat format, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> content(fileId, format, options));
  }

  @Override
  public long download(String fileId, ContentFormat format, Path target, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    return downloads(options).download(fileId, format, target);
  }

  @Override
  public CompletableFuture<Long> downloadAsync(
      String fileId, ContentFormat format, Path target, RequestOptions options) {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    return core.async(() -> download(fileId, format, target, options));
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

  /** Downloads on the streaming path: no whole-call timeout cuts off a large body. */
  private FileCalls downloads(RequestOptions options) {
    return new FileCalls(Exchange.streaming(core, options), core.baseUrl());
  }
}
