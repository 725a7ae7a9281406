package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.DocumentsApi;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.services.DocumentsService;

/** Not API. {@link DocumentsService} over the generated {@link DocumentsApi}. */
public final class DocumentsServiceImpl implements DocumentsService {

  private final ServiceContext context;
  private final DocumentsApi api;

  public DocumentsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(DocumentsApi.class);
  }

  @Override
  public SearchResponse search(SearchRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.searchDocuments(request), options);
  }
}
