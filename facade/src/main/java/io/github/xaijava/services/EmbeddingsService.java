package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Embeddings ({@code /v1/embeddings}).
 *
 * <p>Reached with {@code client.embeddings()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface EmbeddingsService {

  /**
   * Embeds the input.
   *
   * <p>{@code POST /v1/embeddings}
   *
   * @param request the request
   * @return the embeddings
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default EmbeddingResponse create(EmbeddingRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Embeds the input.
   *
   * <p>{@code POST /v1/embeddings}
   *
   * @param request the request
   * @param options per-request options
   * @return the embeddings
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  EmbeddingResponse create(EmbeddingRequest request, RequestOptions options);

  /**
   * Async form of {@link #create(EmbeddingRequest)}.
   *
   * @param request the request
   * @return a future completed with the embeddings, or failed with the same exceptions
   */
  default CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #create(EmbeddingRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the embeddings, or failed with the same exceptions
   */
  CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request, RequestOptions options);
}
