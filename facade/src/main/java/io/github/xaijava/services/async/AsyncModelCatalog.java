package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.services.ModelCatalog;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ModelCatalog} without blocking.
 *
 * @param <L> the list answer
 * @param <M> one model
 */
public interface AsyncModelCatalog<L, M> {

  /** @see ModelCatalog#list() */
  default CompletableFuture<L> list() {
    return list(RequestOptions.none());
  }

  /** @see ModelCatalog#list() */
  CompletableFuture<L> list(RequestOptions options);

  /** @see ModelCatalog#get(String) */
  default CompletableFuture<M> get(String modelId) {
    return get(modelId, RequestOptions.none());
  }

  /** @see ModelCatalog#get(String) */
  CompletableFuture<M> get(String modelId, RequestOptions options);
}
