package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.EmbeddingsApi;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;
import io.github.xaijava.services.async.AsyncEmbeddingsService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncEmbeddingsService} over the generated {@link EmbeddingsApi}. */
public final class AsyncEmbeddingsServiceImpl implements AsyncEmbeddingsService {

  private final ServiceContext context;
  private final EmbeddingsApi api;

  public AsyncEmbeddingsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(EmbeddingsApi.class);
  }

  @Override
  public CompletableFuture<EmbeddingResponse> create(EmbeddingRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.createEmbeddings(request), options);
  }
}
