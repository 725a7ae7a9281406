package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.FilesApi;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.CreatePublicUrlResponse;
import io.github.xaijava.generated.model.DeleteFileResponse;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.RevokePublicUrlResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.transfer.Downloads;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.services.async.AsyncFilesService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncFilesService} over the generated {@link FilesApi}. */
public final class AsyncFilesServiceImpl implements AsyncFilesService {

  private final ServiceContext context;
  private final FilesApi api;

  public AsyncFilesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(FilesApi.class);
  }

  @Override
  public CompletableFuture<ModelFile> upload(FileUpload file, FileUploadOptions uploadOptions,
      RequestOptions options) {
    Args.required(file, "file");
    return context.calls().jsonAsync(FilesServiceImpl.upload(api, file, uploadOptions), options);
  }

  @Override
  public CompletableFuture<Page<ModelFile>> list(FileListParams params, RequestOptions options) {
    return CursorPage.firstAsync(FilesServiceImpl.source(context, api, params, options),
        FilesServiceImpl.rule(params));
  }

  @Override
  public CompletableFuture<ModelFile> retrieve(String fileId, RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().jsonAsync(api.retrieveFile(fileId), options);
  }

  @Override
  public CompletableFuture<DeleteFileResponse> delete(String fileId, RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().jsonAsync(api.deleteFile(fileId), options);
  }

  @Override
  public CompletableFuture<InputStream> content(String fileId, ContentFormat format,
      RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().deliver(context.calls().openAsync(
        api.downloadFileContent(fileId, format), options, Transport.Mode.STREAM),
        Downloads::stream);
  }

  @Override
  public CompletableFuture<Long> download(String fileId, ContentFormat format, Path target,
      RequestOptions options) {
    Args.id(fileId, "fileId");
    Args.required(target, "target");
    return context.calls().deliver(context.calls().openAsync(
        api.downloadFileContent(fileId, format), options, Transport.Mode.STREAM),
        response -> Downloads.toPath(response, target));
  }

  @Override
  public CompletableFuture<CreatePublicUrlResponse> createPublicUrl(String fileId,
      CreatePublicUrlRequest request, RequestOptions options) {
    Args.id(fileId, "fileId");
    Args.required(request, "request");
    return context.calls().jsonAsync(api.createFilePublicUrl(fileId, request), options);
  }

  @Override
  public CompletableFuture<RevokePublicUrlResponse> revokePublicUrl(String fileId,
      RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().jsonAsync(api.revokeFilePublicUrl(fileId), options);
  }
}
