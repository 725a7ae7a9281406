package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.services.DocumentsService;
import java.util.concurrent.CompletableFuture;

/** {@link DocumentsService} without blocking: {@code client.async().documents()}. */
public interface AsyncDocumentsService {

  /** @see DocumentsService#search(SearchRequest) */
  default CompletableFuture<SearchResponse> search(SearchRequest request) {
    return search(request, RequestOptions.none());
  }

  /** @see DocumentsService#search(SearchRequest) */
  CompletableFuture<SearchResponse> search(SearchRequest request, RequestOptions options);
}
