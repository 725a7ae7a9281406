package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.services.ModelCatalog;
import io.github.xaijava.services.async.AsyncModelCatalog;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Not API. A catalog of one kind of model (a list operation and a get operation) as the
 * generated services hand it out: {@code client.models().language()}.
 */
final class Catalogs {

  private Catalogs() {
  }

  static <L, M> ModelCatalog<L, M> blocking(ServiceContext context, Supplier<Call<L>> list,
      Function<String, Call<M>> get) {
    return new ModelCatalog<>() {
      @Override
      public L list(RequestOptions options) {
        return context.calls().json(list.get(), options);
      }

      @Override
      public M get(String modelId, RequestOptions options) {
        Args.id(modelId, "modelId");
        return context.calls().json(get.apply(modelId), options);
      }
    };
  }

  static <L, M> AsyncModelCatalog<L, M> async(ServiceContext context, Supplier<Call<L>> list,
      Function<String, Call<M>> get) {
    return new AsyncModelCatalog<>() {
      @Override
      public CompletableFuture<L> list(RequestOptions options) {
        return context.calls().jsonAsync(list.get(), options);
      }

      @Override
      public CompletableFuture<M> get(String modelId, RequestOptions options) {
        Args.id(modelId, "modelId");
        return context.calls().jsonAsync(get.apply(modelId), options);
      }
    };
  }
}
