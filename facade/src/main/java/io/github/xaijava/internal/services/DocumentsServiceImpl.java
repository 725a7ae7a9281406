package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.DocumentsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.DocumentsService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. DocumentsService over the generated {@link DocumentsApi} and {@link HttpCore}. */
public final class DocumentsServiceImpl implements DocumentsService {

  private final HttpCore core;
  private final DocumentsApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public DocumentsServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(DocumentsApi.class);
  }

  @Override
  public SearchResponse search(SearchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.searchDocuments(request), options);
  }

  @Override
  public CompletableFuture<SearchResponse> searchAsync(SearchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> search(request, options));
  }
}
