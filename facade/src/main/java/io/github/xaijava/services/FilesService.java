package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.pagination.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Files ({@code /v1/files}): upload, list, fetch, download and share.
 *
 * <p>Reached with {@code client.files()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface FilesService {

  /**
   * Uploads a file with no expiry or purpose; see
   * {@link #upload(FileUpload, FileUploadOptions, RequestOptions)}.
   *
   * @param file the content, filename and content type
   * @return the stored file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelFile upload(FileUpload file) {
    return upload(file, FileUploadOptions.none());
  }

  /**
   * Async form of {@link #upload(FileUpload)}.
   *
   * @param file the content, filename and content type
   * @return a future completed with the stored file, or failed with the same exceptions
   */
  default CompletableFuture<ModelFile> uploadAsync(FileUpload file) {
    return uploadAsync(file, FileUploadOptions.none());
  }

  /**
   * Uploads a file as multipart: {@code expires_after} and {@code purpose} are written before the {@code file} part, as xAI requires.
   * A stream is sent as it is read (chunked, never buffered whole); since it cannot be sent
   * twice, a failed upload from a stream is not retried.
   *
   * <p>{@code POST /v1/files (multipart)}
   *
   * @param file the content ({@link FileUpload#of(java.nio.file.Path)}, {@code byte[]} or an {@code InputStream} of unknown length), filename and content type
   * @param upload expiry and purpose; {@link FileUploadOptions#none()} for neither
   * @return the stored file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelFile upload(FileUpload file, FileUploadOptions upload) {
    return upload(file, upload, RequestOptions.none());
  }

  /**
   * Uploads a file as multipart: {@code expires_after} and {@code purpose} are written before the {@code file} part, as xAI requires.
   * A stream is sent as it is read (chunked, never buffered whole); since it cannot be sent
   * twice, a failed upload from a stream is not retried.
   *
   * <p>{@code POST /v1/files (multipart)}
   *
   * @param file the content ({@link FileUpload#of(java.nio.file.Path)}, {@code byte[]} or an {@code InputStream} of unknown length), filename and content type
   * @param upload expiry and purpose; {@link FileUploadOptions#none()} for neither
   * @param options per-request options
   * @return the stored file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ModelFile upload(FileUpload file, FileUploadOptions upload, RequestOptions options);

  /**
   * Async form of {@link #upload(FileUpload, FileUploadOptions)}.
   *
   * @param file the content ({@link FileUpload#of(java.nio.file.Path)}, {@code byte[]} or an {@code InputStream} of unknown length), filename and content type
   * @param upload expiry and purpose; {@link FileUploadOptions#none()} for neither
   * @return a future completed with the stored file, or failed with the same exceptions
   */
  default CompletableFuture<ModelFile> uploadAsync(FileUpload file, FileUploadOptions upload) {
    return uploadAsync(file, upload, RequestOptions.none());
  }

  /**
   * Async form of {@link #upload(FileUpload, FileUploadOptions)}.
   *
   * @param file the content ({@link FileUpload#of(java.nio.file.Path)}, {@code byte[]} or an {@code InputStream} of unknown length), filename and content type
   * @param upload expiry and purpose; {@link FileUploadOptions#none()} for neither
   * @param options per-request options
   * @return a future completed with the stored file, or failed with the same exceptions
   */
  CompletableFuture<ModelFile> uploadAsync(FileUpload file, FileUploadOptions upload, RequestOptions options);

  /**
   * The first page of all files with xAI's defaults; see {@link #list(FileListParams)}.
   *
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<ModelFile> list() {
    return list(FileListParams.none());
  }

  /**
   * Async form of {@link #list()}.
   *
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<ModelFile>> listAsync() {
    return listAsync(FileListParams.none());
  }

  /**
   * Lists files, one page at a time: {@code list(params).autoPager()} walks every file of every page, fetching lazily.
   * xAI returns a {@code pagination_token} even on the last page; the list ends at a page
   * that is empty, shorter than the limit, or repeats the previous token.
   *
   * <p>{@code GET /v1/files}
   *
   * @param params limit, order, sort and filter, carried to every page; {@link FileListParams#none()} for the defaults
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<ModelFile> list(FileListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists files, one page at a time: {@code list(params).autoPager()} walks every file of every page, fetching lazily.
   * xAI returns a {@code pagination_token} even on the last page; the list ends at a page
   * that is empty, shorter than the limit, or repeats the previous token.
   *
   * <p>{@code GET /v1/files}
   *
   * @param params limit, order, sort and filter, carried to every page; {@link FileListParams#none()} for the defaults
   * @param options per-request options
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Page<ModelFile> list(FileListParams params, RequestOptions options);

  /**
   * Async form of {@link #list(FileListParams)}.
   *
   * @param params limit, order, sort and filter, carried to every page; {@link FileListParams#none()} for the defaults
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<ModelFile>> listAsync(FileListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Async form of {@link #list(FileListParams)}.
   *
   * @param params limit, order, sort and filter, carried to every page; {@link FileListParams#none()} for the defaults
   * @param options per-request options
   * @return a future completed with the first page, or failed with the same exceptions
   */
  CompletableFuture<Page<ModelFile>> listAsync(FileListParams params, RequestOptions options);

  /**
   * Fetches a file's metadata.
   *
   * <p>{@code GET /v1/files/{file_id}}
   *
   * @param fileId the file id
   * @return the file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelFile retrieve(String fileId) {
    return retrieve(fileId, RequestOptions.none());
  }

  /**
   * Fetches a file's metadata.
   *
   * <p>{@code GET /v1/files/{file_id}}
   *
   * @param fileId the file id
   * @param options per-request options
   * @return the file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ModelFile retrieve(String fileId, RequestOptions options);

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param fileId the file id
   * @return a future completed with the file, or failed with the same exceptions
   */
  default CompletableFuture<ModelFile> retrieveAsync(String fileId) {
    return retrieveAsync(fileId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param fileId the file id
   * @param options per-request options
   * @return a future completed with the file, or failed with the same exceptions
   */
  CompletableFuture<ModelFile> retrieveAsync(String fileId, RequestOptions options);

  /**
   * Deletes a file.
   *
   * <p>{@code DELETE /v1/files/{file_id}}
   *
   * @param fileId the file id
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default DeleteFileResponse delete(String fileId) {
    return delete(fileId, RequestOptions.none());
  }

  /**
   * Deletes a file.
   *
   * <p>{@code DELETE /v1/files/{file_id}}
   *
   * @param fileId the file id
   * @param options per-request options
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  DeleteFileResponse delete(String fileId, RequestOptions options);

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param fileId the file id
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  default CompletableFuture<DeleteFileResponse> deleteAsync(String fileId) {
    return deleteAsync(fileId, RequestOptions.none());
  }

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param fileId the file id
   * @param options per-request options
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  CompletableFuture<DeleteFileResponse> deleteAsync(String fileId, RequestOptions options);

  /**
   * Opens a file's content as a stream, read straight from the connection (never held whole in memory). The caller must close it; no whole-call timeout applies while reading.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default InputStream content(String fileId, ContentFormat format) {
    return content(fileId, format, RequestOptions.none());
  }

  /**
   * Opens a file's content as a stream, read straight from the connection (never held whole in memory). The caller must close it; no whole-call timeout applies while reading.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param options per-request options
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  InputStream content(String fileId, ContentFormat format, RequestOptions options);

  /**
   * Async form of {@link #content(String, ContentFormat)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @return a future completed with the open stream, or failed with the same exceptions
   */
  default CompletableFuture<InputStream> contentAsync(String fileId, ContentFormat format) {
    return contentAsync(fileId, format, RequestOptions.none());
  }

  /**
   * Async form of {@link #content(String, ContentFormat)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param options per-request options
   * @return a future completed with the open stream, or failed with the same exceptions
   */
  CompletableFuture<InputStream> contentAsync(String fileId, ContentFormat format, RequestOptions options);

  /**
   * Streams a file's content to {@code target} in bounded memory, through a temporary file in the same directory.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param target where to write; replaced only once the whole body has arrived
   * @return the number of bytes written
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default long download(String fileId, ContentFormat format, Path target) {
    return download(fileId, format, target, RequestOptions.none());
  }

  /**
   * Streams a file's content to {@code target} in bounded memory, through a temporary file in the same directory.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param target where to write; replaced only once the whole body has arrived
   * @param options per-request options
   * @return the number of bytes written
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  long download(String fileId, ContentFormat format, Path target, RequestOptions options);

  /**
   * Async form of {@link #download(String, ContentFormat, Path)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param target where to write; replaced only once the whole body has arrived
   * @return a future completed with the number of bytes written, or failed with the same exceptions
   */
  default CompletableFuture<Long> downloadAsync(String fileId, ContentFormat format, Path target) {
    return downloadAsync(fileId, format, target, RequestOptions.none());
  }

  /**
   * Async form of {@link #download(String, ContentFormat, Path)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param target where to write; replaced only once the whole body has arrived
   * @param options per-request options
   * @return a future completed with the number of bytes written, or failed with the same exceptions
   */
  CompletableFuture<Long> downloadAsync(String fileId, ContentFormat format, Path target, RequestOptions options);

  /**
   * Creates a public URL for a file.
   *
   * <p>{@code POST /v1/files/{file_id}/public-url}
   *
   * @param fileId the file id
   * @param request the request
   * @return the URL
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request) {
    return createPublicUrl(fileId, request, RequestOptions.none());
  }

  /**
   * Creates a public URL for a file.
   *
   * <p>{@code POST /v1/files/{file_id}/public-url}
   *
   * @param fileId the file id
   * @param request the request
   * @param options per-request options
   * @return the URL
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  CreatePublicUrlResponse createPublicUrl(String fileId, CreatePublicUrlRequest request, RequestOptions options);

  /**
   * Async form of {@link #createPublicUrl(String, CreatePublicUrlRequest)}.
   *
   * @param fileId the file id
   * @param request the request
   * @return a future completed with the URL, or failed with the same exceptions
   */
  default CompletableFuture<CreatePublicUrlResponse> createPublicUrlAsync(String fileId, CreatePublicUrlRequest request) {
    return createPublicUrlAsync(fileId, request, RequestOptions.none());
  }

  /**
   * Async form of {@link #createPublicUrl(String, CreatePublicUrlRequest)}.
   *
   * @param fileId the file id
   * @param request the request
   * @param options per-request options
   * @return a future completed with the URL, or failed with the same exceptions
   */
  CompletableFuture<CreatePublicUrlResponse> createPublicUrlAsync(String fileId, CreatePublicUrlRequest request, RequestOptions options);

  /**
   * Revokes a file's public URL.
   *
   * <p>{@code POST /v1/files/{file_id}/public-url/revoke}
   *
   * @param fileId the file id
   * @return the result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default RevokePublicUrlResponse revokePublicUrl(String fileId) {
    return revokePublicUrl(fileId, RequestOptions.none());
  }

  /**
   * Revokes a file's public URL.
   *
   * <p>{@code POST /v1/files/{file_id}/public-url/revoke}
   *
   * @param fileId the file id
   * @param options per-request options
   * @return the result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  RevokePublicUrlResponse revokePublicUrl(String fileId, RequestOptions options);

  /**
   * Async form of {@link #revokePublicUrl(String)}.
   *
   * @param fileId the file id
   * @return a future completed with the result, or failed with the same exceptions
   */
  default CompletableFuture<RevokePublicUrlResponse> revokePublicUrlAsync(String fileId) {
    return revokePublicUrlAsync(fileId, RequestOptions.none());
  }

  /**
   * Async form of {@link #revokePublicUrl(String)}.
   *
   * @param fileId the file id
   * @param options per-request options
   * @return a future completed with the result, or failed with the same exceptions
   */
  CompletableFuture<RevokePublicUrlResponse> revokePublicUrlAsync(String fileId, RequestOptions options);
}
