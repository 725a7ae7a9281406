package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.Page;
import java.util.concurrent.CompletableFuture;
import io.github.xaijava.streaming.ResponseStream;

/**
 * The Responses API ({@code /v1/responses}): stateful generations stored for 30 days unless {@code store} is false.
 *
 * <p>Reached with {@code client.responses()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface ResponsesService {

  /**
   * Creates a response and waits for it.
   *
   * <p>{@code POST /v1/responses}
   *
   * @param request the request
   * @return the response
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelResponse create(ModelRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a response and waits for it.
   *
   * <p>{@code POST /v1/responses}
   *
   * @param request the request
   * @param options per-request options
   * @return the response
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ModelResponse create(ModelRequest request, RequestOptions options);

  /**
   * Async form of {@link #create(ModelRequest)}.
   *
   * @param request the request
   * @return a future completed with the response, or failed with the same exceptions
   */
  default CompletableFuture<ModelResponse> createAsync(ModelRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #create(ModelRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the response, or failed with the same exceptions
   */
  CompletableFuture<ModelResponse> createAsync(ModelRequest request, RequestOptions options);

  /**
   * Fetches a stored response.
   *
   * <p>{@code GET /v1/responses/{response_id}}
   *
   * @param responseId the response id
   * @return the response
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ModelResponse retrieve(String responseId) {
    return retrieve(responseId, RequestOptions.none());
  }

  /**
   * Fetches a stored response.
   *
   * <p>{@code GET /v1/responses/{response_id}}
   *
   * @param responseId the response id
   * @param options per-request options
   * @return the response
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ModelResponse retrieve(String responseId, RequestOptions options);

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param responseId the response id
   * @return a future completed with the response, or failed with the same exceptions
   */
  default CompletableFuture<ModelResponse> retrieveAsync(String responseId) {
    return retrieveAsync(responseId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param responseId the response id
   * @param options per-request options
   * @return a future completed with the response, or failed with the same exceptions
   */
  CompletableFuture<ModelResponse> retrieveAsync(String responseId, RequestOptions options);

  /**
   * Deletes a stored response.
   *
   * <p>{@code DELETE /v1/responses/{response_id}}
   *
   * @param responseId the response id
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default DeleteStoredCompletionResponse delete(String responseId) {
    return delete(responseId, RequestOptions.none());
  }

  /**
   * Deletes a stored response.
   *
   * <p>{@code DELETE /v1/responses/{response_id}}
   *
   * @param responseId the response id
   * @param options per-request options
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  DeleteStoredCompletionResponse delete(String responseId, RequestOptions options);

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param responseId the response id
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  default CompletableFuture<DeleteStoredCompletionResponse> deleteAsync(String responseId) {
    return deleteAsync(responseId, RequestOptions.none());
  }

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param responseId the response id
   * @param options per-request options
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  CompletableFuture<DeleteStoredCompletionResponse> deleteAsync(String responseId, RequestOptions options);

  /**
   * Compacts a conversation into fewer input items.
   *
   * <p>{@code POST /v1/responses/compact}
   *
   * @param request the request
   * @return the compacted conversation
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default CompactResponse compact(CompactRequest request) {
    return compact(request, RequestOptions.none());
  }

  /**
   * Compacts a conversation into fewer input items.
   *
   * <p>{@code POST /v1/responses/compact}
   *
   * @param request the request
   * @param options per-request options
   * @return the compacted conversation
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  CompactResponse compact(CompactRequest request, RequestOptions options);

  /**
   * Async form of {@link #compact(CompactRequest)}.
   *
   * @param request the request
   * @return a future completed with the compacted conversation, or failed with the same exceptions
   */
  default CompletableFuture<CompactResponse> compactAsync(CompactRequest request) {
    return compactAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #compact(CompactRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the compacted conversation, or failed with the same exceptions
   */
  CompletableFuture<CompactResponse> compactAsync(CompactRequest request, RequestOptions options);

  /**
   * The first page of a stored response's input items with xAI's defaults; see
   * {@link #inputItems(String, CursorListParams)}.
   *
   * @param responseId the response id
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<ModelInputPart> inputItems(String responseId) {
    return inputItems(responseId, CursorListParams.none());
  }

  /**
   * Async form of {@link #inputItems(String)}.
   *
   * @param responseId the response id
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<ModelInputPart>> inputItemsAsync(String responseId) {
    return inputItemsAsync(responseId, CursorListParams.none());
  }

  /**
   * Lists the input items of a stored response, one page at a time ({@code has_more} / {@code after = last_id}); {@code autoPager()} walks them all.
   *
   * <p>{@code GET /v1/responses/{response_id}/input_items}
   *
   * @param responseId the response id
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<ModelInputPart> inputItems(String responseId, CursorListParams params) {
    return inputItems(responseId, params, RequestOptions.none());
  }

  /**
   * Lists the input items of a stored response, one page at a time ({@code has_more} / {@code after = last_id}); {@code autoPager()} walks them all.
   *
   * <p>{@code GET /v1/responses/{response_id}/input_items}
   *
   * @param responseId the response id
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @param options per-request options
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Page<ModelInputPart> inputItems(String responseId, CursorListParams params, RequestOptions options);

  /**
   * Async form of {@link #inputItems(String, CursorListParams)}.
   *
   * @param responseId the response id
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<ModelInputPart>> inputItemsAsync(String responseId, CursorListParams params) {
    return inputItemsAsync(responseId, params, RequestOptions.none());
  }

  /**
   * Async form of {@link #inputItems(String, CursorListParams)}.
   *
   * @param responseId the response id
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @param options per-request options
   * @return a future completed with the first page, or failed with the same exceptions
   */
  CompletableFuture<Page<ModelInputPart>> inputItemsAsync(String responseId, CursorListParams params, RequestOptions options);

  /**
   * Streams a response: sets {@code "stream": true} on the JSON sent and returns typed events as
   * they arrive. Close the stream; closing it early cancels the call.
   *
   * <pre>{@code
   * try (ResponseStream stream = client.responses().stream(request)) {
   *   for (ResponseEvent event : stream) { ... }
   *   ModelResponse done = stream.completed().orElseThrow();
   * }
   * }</pre>
   *
   * @param request the request
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   */
  default ResponseStream stream(ModelRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Streams a response with per-request options; see {@link #stream(ModelRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return the open stream
   */
  ResponseStream stream(ModelRequest request, RequestOptions options);
}
