package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.DocumentsApi;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.services.async.AsyncDocumentsService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncDocumentsService} over the generated {@link DocumentsApi}. */
public final class AsyncDocumentsServiceImpl implements AsyncDocumentsService {

  private final ServiceContext context;
  private final DocumentsApi api;

  public AsyncDocumentsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(DocumentsApi.class);
  }

  @Override
  public CompletableFuture<SearchResponse> search(SearchRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.searchDocuments(request), options);
  }
}
