package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.CreatePublicUrlResponse;
import io.github.xaijava.generated.model.DeleteFileResponse;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.RevokePublicUrlResponse;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.services.FilesService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * {@link FilesService} without blocking: {@code client.async().files()}. A download's bytes are
 * copied on the thread that completes the future (the callback executor, or OkHttp's).
 */
public interface AsyncFilesService {

  /** @see FilesService#upload(FileUpload) */
  default CompletableFuture<ModelFile> upload(FileUpload file) {
    return upload(file, FileUploadOptions.none(), RequestOptions.none());
  }

  /** @see FilesService#upload(FileUpload) */
  default CompletableFuture<ModelFile> upload(FileUpload file, FileUploadOptions uploadOptions) {
    return upload(file, uploadOptions, RequestOptions.none());
  }

  /** @see FilesService#upload(FileUpload) */
  CompletableFuture<ModelFile> upload(FileUpload file, FileUploadOptions uploadOptions,
      RequestOptions options);

  /** @see FilesService#list() */
  default CompletableFuture<Page<ModelFile>> list() {
    return list(FileListParams.none(), RequestOptions.none());
  }

  /** @see FilesService#list() */
  default CompletableFuture<Page<ModelFile>> list(FileListParams params) {
    return list(params, RequestOptions.none());
  }

  /** @see FilesService#list() */
  CompletableFuture<Page<ModelFile>> list(FileListParams params, RequestOptions options);

  /** @see FilesService#retrieve(String) */
  default CompletableFuture<ModelFile> retrieve(String fileId) {
    return retrieve(fileId, RequestOptions.none());
  }

  /** @see FilesService#retrieve(String) */
  CompletableFuture<ModelFile> retrieve(String fileId, RequestOptions options);

  /** @see FilesService#delete(String) */
  default CompletableFuture<DeleteFileResponse> delete(String fileId) {
    return delete(fileId, RequestOptions.none());
  }

  /** @see FilesService#delete(String) */
  CompletableFuture<DeleteFileResponse> delete(String fileId, RequestOptions options);

  /** @see FilesService#content(String) */
  default CompletableFuture<InputStream> content(String fileId) {
    return content(fileId, ContentFormat.ORIGINAL, RequestOptions.none());
  }

  /** @see FilesService#content(String) */
  default CompletableFuture<InputStream> content(String fileId, ContentFormat format) {
    return content(fileId, format, RequestOptions.none());
  }

  /** @see FilesService#content(String) */
  CompletableFuture<InputStream> content(String fileId, ContentFormat format,
      RequestOptions options);

  /** @see FilesService#download(String, Path) */
  default CompletableFuture<Long> download(String fileId, Path target) {
    return download(fileId, ContentFormat.ORIGINAL, target, RequestOptions.none());
  }

  /** @see FilesService#download(String, Path) */
  default CompletableFuture<Long> download(String fileId, ContentFormat format, Path target) {
    return download(fileId, format, target, RequestOptions.none());
  }

  /** @see FilesService#download(String, Path) */
  CompletableFuture<Long> download(String fileId, ContentFormat format, Path target,
      RequestOptions options);

  /** @see FilesService#createPublicUrl(String, CreatePublicUrlRequest) */
  default CompletableFuture<CreatePublicUrlResponse> createPublicUrl(String fileId,
      CreatePublicUrlRequest request) {
    return createPublicUrl(fileId, request, RequestOptions.none());
  }

  /** @see FilesService#createPublicUrl(String, CreatePublicUrlRequest) */
  CompletableFuture<CreatePublicUrlResponse> createPublicUrl(String fileId,
      CreatePublicUrlRequest request, RequestOptions options);

  /** @see FilesService#revokePublicUrl(String) */
  default CompletableFuture<RevokePublicUrlResponse> revokePublicUrl(String fileId) {
    return revokePublicUrl(fileId, RequestOptions.none());
  }

  /** @see FilesService#revokePublicUrl(String) */
  CompletableFuture<RevokePublicUrlResponse> revokePublicUrl(String fileId,
      RequestOptions options);
}
