package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Document search over collections ({@code /v1/documents/search}).
 *
 * <p>Reached with {@code client.documents()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface DocumentsService {

  /**
   * Searches documents.
   *
   * <p>{@code POST /v1/documents/search}
   *
   * @param request the request
   * @return the matches
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default SearchResponse search(SearchRequest request) {
    return search(request, RequestOptions.none());
  }

  /**
   * Searches documents.
   *
   * <p>{@code POST /v1/documents/search}
   *
   * @param request the request
   * @param options per-request options
   * @return the matches
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  SearchResponse search(SearchRequest request, RequestOptions options);

  /**
   * Async form of {@link #search(SearchRequest)}.
   *
   * @param request the request
   * @return a future completed with the matches, or failed with the same exceptions
   */
  default CompletableFuture<SearchResponse> searchAsync(SearchRequest request) {
    return searchAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #search(SearchRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the matches, or failed with the same exceptions
   */
  CompletableFuture<SearchResponse> searchAsync(SearchRequest request, RequestOptions options);
}
