package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
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
   * Uploads a file from memory. Sent as multipart with {@code purpose} before {@code file}, as xAI requires for its fields.
   *
   * <p>{@code POST /v1/files (multipart)}
   *
   * @param filename the file name sent to xAI
   * @param content the file's bytes (max 50 MB)
   * @param purpose the purpose, or {@code null}
   * @return the stored file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelFile upload(String filename, byte[] content, String purpose) {
    return upload(filename, content, purpose, RequestOptions.none());
  }

  /**
   * Uploads a file from memory. Sent as multipart with {@code purpose} before {@code file}, as xAI requires for its fields.
   *
   * <p>{@code POST /v1/files (multipart)}
   *
   * @param filename the file name sent to xAI
   * @param content the file's bytes (max 50 MB)
   * @param purpose the purpose, or {@code null}
   * @param options per-request options
   * @return the stored file
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ModelFile upload(String filename, byte[] content, String purpose, RequestOptions options);

  /**
   * Async form of {@link #upload(String, byte[], String)}.
   *
   * @param filename the file name sent to xAI
   * @param content the file's bytes (max 50 MB)
   * @param purpose the purpose, or {@code null}
   * @return a future completed with the stored file, or failed with the same exceptions
   */
  default CompletableFuture<ModelFile> uploadAsync(String filename, byte[] content, String purpose) {
    return uploadAsync(filename, content, purpose, RequestOptions.none());
  }

  /**
   * Async form of {@link #upload(String, byte[], String)}.
   *
   * @param filename the file name sent to xAI
   * @param content the file's bytes (max 50 MB)
   * @param purpose the purpose, or {@code null}
   * @param options per-request options
   * @return a future completed with the stored file, or failed with the same exceptions
   */
  CompletableFuture<ModelFile> uploadAsync(String filename, byte[] content, String purpose, RequestOptions options);

  /**
   * Lists one page of files.
   *
   * <p>{@code GET /v1/files}
   *
   * @param params limit, order, sort and cursor; {@link FileListParams#none()} for the defaults
   * @return the page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListFilesResponse list(FileListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of files.
   *
   * <p>{@code GET /v1/files}
   *
   * @param params limit, order, sort and cursor; {@link FileListParams#none()} for the defaults
   * @param options per-request options
   * @return the page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListFilesResponse list(FileListParams params, RequestOptions options);

  /**
   * Async form of {@link #list(FileListParams)}.
   *
   * @param params limit, order, sort and cursor; {@link FileListParams#none()} for the defaults
   * @return a future completed with the page, or failed with the same exceptions
   */
  default CompletableFuture<ListFilesResponse> listAsync(FileListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Async form of {@link #list(FileListParams)}.
   *
   * @param params limit, order, sort and cursor; {@link FileListParams#none()} for the defaults
   * @param options per-request options
   * @return a future completed with the page, or failed with the same exceptions
   */
  CompletableFuture<ListFilesResponse> listAsync(FileListParams params, RequestOptions options);

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
   * Downloads a file's content into memory. Suitable for small files.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @return the bytes
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default byte[] contentBytes(String fileId, ContentFormat format) {
    return contentBytes(fileId, format, RequestOptions.none());
  }

  /**
   * Downloads a file's content into memory. Suitable for small files.
   *
   * <p>{@code GET /v1/files/{file_id}/content}
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param options per-request options
   * @return the bytes
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  byte[] contentBytes(String fileId, ContentFormat format, RequestOptions options);

  /**
   * Async form of {@link #contentBytes(String, ContentFormat)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @return a future completed with the bytes, or failed with the same exceptions
   */
  default CompletableFuture<byte[]> contentBytesAsync(String fileId, ContentFormat format) {
    return contentBytesAsync(fileId, format, RequestOptions.none());
  }

  /**
   * Async form of {@link #contentBytes(String, ContentFormat)}.
   *
   * @param fileId the file id
   * @param format {@code ORIGINAL}, {@code TEXT}, or {@code null} for the server's default
   * @param options per-request options
   * @return a future completed with the bytes, or failed with the same exceptions
   */
  CompletableFuture<byte[]> contentBytesAsync(String fileId, ContentFormat format, RequestOptions options);

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
