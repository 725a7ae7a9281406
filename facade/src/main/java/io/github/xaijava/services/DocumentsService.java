package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;

/**
 * Document search over collections ({@code POST /v1/documents/search}). Reached with
 * {@code client.documents()}; without blocking, {@code client.async().documents()}. Errors as in
 * {@link ChatService}. Thread-safe.
 */
public interface DocumentsService {

  /** Searches documents. */
  default SearchResponse search(SearchRequest request) {
    return search(request, RequestOptions.none());
  }

  /** @see #search(SearchRequest) */
  SearchResponse search(SearchRequest request, RequestOptions options);
}
