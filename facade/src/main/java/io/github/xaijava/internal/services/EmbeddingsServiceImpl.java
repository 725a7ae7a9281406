package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.EmbeddingsApi;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;
import io.github.xaijava.services.EmbeddingsService;

/** Not API. {@link EmbeddingsService} over the generated {@link EmbeddingsApi}. */
public final class EmbeddingsServiceImpl implements EmbeddingsService {

  private final ServiceContext context;
  private final EmbeddingsApi api;

  public EmbeddingsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(EmbeddingsApi.class);
  }

  @Override
  public EmbeddingResponse create(EmbeddingRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.createEmbeddings(request), options);
  }
}
