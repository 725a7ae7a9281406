package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;
import io.github.xaijava.services.EmbeddingsService;
import java.util.concurrent.CompletableFuture;

/** {@link EmbeddingsService} without blocking: {@code client.async().embeddings()}. */
public interface AsyncEmbeddingsService {

  /** @see EmbeddingsService#create(EmbeddingRequest) */
  default CompletableFuture<EmbeddingResponse> create(EmbeddingRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see EmbeddingsService#create(EmbeddingRequest) */
  CompletableFuture<EmbeddingResponse> create(EmbeddingRequest request, RequestOptions options);
}
