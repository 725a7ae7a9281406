package io.github.xaijava.services;

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
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Files ({@code /v1/files}): upload, list, fetch, download, delete, public URLs. Reached with
 * {@code client.files()}; without blocking, {@code client.async().files()}. Errors as in
 * {@link ChatService}. Thread-safe.
 *
 * <pre>{@code
 * ModelFile file = client.files().upload(FileUpload.of(Path.of("report.pdf")));
 * for (ModelFile f : client.files().list().autoPager()) { ... }
 * client.files().download(file.id(), Path.of("copy.pdf"));
 * }</pre>
 *
 * <p>Downloads stream: neither {@link #content} nor {@link #download} holds a body in memory.
 */
public interface FilesService {

  /**
   * Uploads a file ({@code POST /v1/files}, multipart, at most 50 MB). An {@code InputStream}
   * upload is sent once and never retried.
   */
  default ModelFile upload(FileUpload file) {
    return upload(file, FileUploadOptions.none(), RequestOptions.none());
  }

  /** @see #upload(FileUpload) */
  default ModelFile upload(FileUpload file, FileUploadOptions uploadOptions) {
    return upload(file, uploadOptions, RequestOptions.none());
  }

  /** @see #upload(FileUpload) */
  ModelFile upload(FileUpload file, FileUploadOptions uploadOptions, RequestOptions options);

  /** The first page of files ({@code GET /v1/files}); {@code autoPager()} walks them all. */
  default Page<ModelFile> list() {
    return list(FileListParams.none(), RequestOptions.none());
  }

  /** @see #list() */
  default Page<ModelFile> list(FileListParams params) {
    return list(params, RequestOptions.none());
  }

  /** @see #list() */
  Page<ModelFile> list(FileListParams params, RequestOptions options);

  /** A file's metadata ({@code GET /v1/files/{id}}). */
  default ModelFile retrieve(String fileId) {
    return retrieve(fileId, RequestOptions.none());
  }

  /** @see #retrieve(String) */
  ModelFile retrieve(String fileId, RequestOptions options);

  /** Deletes a file ({@code DELETE /v1/files/{id}}). */
  default DeleteFileResponse delete(String fileId) {
    return delete(fileId, RequestOptions.none());
  }

  /** @see #delete(String) */
  DeleteFileResponse delete(String fileId, RequestOptions options);

  /**
   * A file's content as a stream ({@code GET /v1/files/{id}/content}), as uploaded; close it to
   * free the connection. Errors are thrown here, before any byte is read.
   */
  default InputStream content(String fileId) {
    return content(fileId, ContentFormat.ORIGINAL, RequestOptions.none());
  }

  /** @see #content(String) */
  default InputStream content(String fileId, ContentFormat format) {
    return content(fileId, format, RequestOptions.none());
  }

  /** @see #content(String) */
  InputStream content(String fileId, ContentFormat format, RequestOptions options);

  /**
   * Downloads a file's content into {@code target}, replacing it, and returns the bytes
   * written. The bytes go to a temporary file next to {@code target} that is moved into place
   * only when complete, so a failed download never leaves a truncated file.
   */
  default long download(String fileId, Path target) {
    return download(fileId, ContentFormat.ORIGINAL, target, RequestOptions.none());
  }

  /** @see #download(String, Path) */
  default long download(String fileId, ContentFormat format, Path target) {
    return download(fileId, format, target, RequestOptions.none());
  }

  /** @see #download(String, Path) */
  long download(String fileId, ContentFormat format, Path target, RequestOptions options);

  /** Creates a public URL for a file ({@code POST /v1/files/{id}/public-url}). */
  default CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request) {
    return createPublicUrl(fileId, request, RequestOptions.none());
  }

  /** @see #createPublicUrl(String, CreatePublicUrlRequest) */
  CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request,
      RequestOptions options);

  /** Revokes a file's public URL ({@code POST /v1/files/{id}/public-url/revoke}). */
  default RevokePublicUrlResponse revokePublicUrl(String fileId) {
    return revokePublicUrl(fileId, RequestOptions.none());
  }

  /** @see #revokePublicUrl(String) */
  RevokePublicUrlResponse revokePublicUrl(String fileId, RequestOptions options);
}
