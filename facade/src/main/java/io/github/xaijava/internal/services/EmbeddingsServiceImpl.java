package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.EmbeddingsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.EmbeddingsService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. EmbeddingsService over the generated {@link EmbeddingsApi} and {@link HttpCore}. */
public final class EmbeddingsServiceImpl implements EmbeddingsService {

  private final HttpCore core;
  private final EmbeddingsApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public EmbeddingsServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(EmbeddingsApi.class);
  }

  @Override
  public EmbeddingResponse create(EmbeddingRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createEmbeddings(request), options);
  }

  @Override
  public CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> create(request, options));
  }
}
