package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;

/**
 * Embeddings ({@code POST /v1/embeddings}). Reached with {@code client.embeddings()}; without
 * blocking, {@code client.async().embeddings()}. Errors as in {@link ChatService}. Thread-safe.
 */
public interface EmbeddingsService {

  /** Embeds the request's input. */
  default EmbeddingResponse create(EmbeddingRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see #create(EmbeddingRequest) */
  EmbeddingResponse create(EmbeddingRequest request, RequestOptions options);
}
