package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.FilesApi;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.CreatePublicUrlResponse;
import io.github.xaijava.generated.model.DeleteFileResponse;
import io.github.xaijava.generated.model.ListFilesResponse;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.RevokePublicUrlResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.pagination.PageSource;
import io.github.xaijava.internal.pagination.TokenCursor;
import io.github.xaijava.internal.transfer.Downloads;
import io.github.xaijava.internal.transfer.Uploads;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.services.FilesService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/** Not API. {@link FilesService} over the generated {@link FilesApi}. */
public final class FilesServiceImpl implements FilesService {

  private final ServiceContext context;
  private final FilesApi api;

  public FilesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(FilesApi.class);
  }

  @Override
  public ModelFile upload(FileUpload file, FileUploadOptions uploadOptions,
      RequestOptions options) {
    Args.required(file, "file");
    return context.calls().json(upload(api, file, uploadOptions), options);
  }

  @Override
  public Page<ModelFile> list(FileListParams params, RequestOptions options) {
    return CursorPage.first(source(context, api, params, options), rule(params));
  }

  @Override
  public ModelFile retrieve(String fileId, RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().json(api.retrieveFile(fileId), options);
  }

  @Override
  public DeleteFileResponse delete(String fileId, RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().json(api.deleteFile(fileId), options);
  }

  @Override
  public InputStream content(String fileId, ContentFormat format, RequestOptions options) {
    Args.id(fileId, "fileId");
    return Downloads.stream(context.calls().open(api.downloadFileContent(fileId, format), options,
        Transport.Mode.STREAM));
  }

  @Override
  public long download(String fileId, ContentFormat format, Path target,
      RequestOptions options) {
    Args.id(fileId, "fileId");
    Args.required(target, "target");
    return Downloads.toPath(context.calls().open(api.downloadFileContent(fileId, format),
        options, Transport.Mode.STREAM), target);
  }

  @Override
  public CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request,
      RequestOptions options) {
    Args.id(fileId, "fileId");
    Args.required(request, "request");
    return context.calls().json(api.createFilePublicUrl(fileId, request), options);
  }

  @Override
  public RevokePublicUrlResponse revokePublicUrl(String fileId, RequestOptions options) {
    Args.id(fileId, "fileId");
    return context.calls().json(api.revokeFilePublicUrl(fileId), options);
  }

  /** {@code POST /v1/files}: {@code expires_after} and {@code purpose} before {@code file}. */
  static Call<ModelFile> upload(FilesApi api, FileUpload file, FileUploadOptions options) {
    Long expiresAfter = options.expiresAfter().map(d -> d.getSeconds()).orElse(null);
    return api.uploadFile(expiresAfter, options.purpose().orElse(null),
        Uploads.part("file", file));
  }

  static TokenCursor rule(FileListParams params) {
    return new TokenCursor(params.effectiveLimit());
  }

  /** Pages of {@code GET /v1/files}, the caller's parameters on each. */
  static PageSource<ListFilesResponse> source(ServiceContext context, FilesApi api,
      FileListParams params, RequestOptions options) {
    // The limit is always sent: the token never ends the list, only a short page can.
    int limit = params.effectiveLimit();
    String order = params.order().map(o -> o.wireValue()).orElse(null);
    String sortBy = params.sortBy().orElse(null);
    String filter = params.filter().orElse(null);
    return new PageSource<>() {
      @Override
      public ListFilesResponse fetch(String cursor) {
        return context.calls().json(api.listFiles(limit, order, sortBy, cursor, null, filter),
            options);
      }

      @Override
      public CompletableFuture<ListFilesResponse> fetchAsync(String cursor) {
        return context.calls().jsonAsync(
            api.listFiles(limit, order, sortBy, cursor, null, filter), options);
      }
    };
  }
}
