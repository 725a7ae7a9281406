package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ModelsApi;
import io.github.xaijava.generated.model.EmbeddingModel;
import io.github.xaijava.generated.model.ImageGenerationModel;
import io.github.xaijava.generated.model.LanguageModel;
import io.github.xaijava.generated.model.ListEmbeddingModelsResponse;
import io.github.xaijava.generated.model.ListImageGenerationModelsResponse;
import io.github.xaijava.generated.model.ListLanguageModelsResponse;
import io.github.xaijava.generated.model.ListModelsResponse;
import io.github.xaijava.generated.model.ListVideoGenerationModelsResponse;
import io.github.xaijava.generated.model.Model;
import io.github.xaijava.generated.model.VideoGenerationModel;
import io.github.xaijava.services.ModelCatalog;
import io.github.xaijava.services.ModelsService;
import io.github.xaijava.services.async.AsyncModelCatalog;
import io.github.xaijava.services.async.AsyncModelsService;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Not API. The five model lists of {@link ModelsApi}, each a catalog over its list and get
 * operations, blocking and not.
 */
public final class Catalogs {

  private Catalogs() {
  }

  /** {@code client.models()}. */
  public static ModelsService blocking(ServiceContext context) {
    ModelsApi api = context.api(ModelsApi.class);
    ModelCatalog<ListModelsResponse, Model> all =
        new Blocking<>(context, api::listModels, api::getModel);
    ModelCatalog<ListLanguageModelsResponse, LanguageModel> language =
        new Blocking<>(context, api::listLanguageModels, api::getLanguageModel);
    ModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image =
        new Blocking<>(context, api::listImageGenerationModels, api::getImageGenerationModel);
    ModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video =
        new Blocking<>(context, api::listVideoGenerationModels, api::getVideoGenerationModel);
    ModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding =
        new Blocking<>(context, api::listEmbeddingModels, api::getEmbeddingModel);
    return new ModelsService() {
      @Override
      public ListModelsResponse list(RequestOptions options) {
        return all.list(options);
      }

      @Override
      public Model get(String modelId, RequestOptions options) {
        return all.get(modelId, options);
      }

      @Override
      public ModelCatalog<ListLanguageModelsResponse, LanguageModel> language() {
        return language;
      }

      @Override
      public ModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image() {
        return image;
      }

      @Override
      public ModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video() {
        return video;
      }

      @Override
      public ModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding() {
        return embedding;
      }
    };
  }

  /** {@code client.async().models()}. */
  public static AsyncModelsService async(ServiceContext context) {
    ModelsApi api = context.api(ModelsApi.class);
    AsyncModelCatalog<ListModelsResponse, Model> all =
        new Async<>(context, api::listModels, api::getModel);
    AsyncModelCatalog<ListLanguageModelsResponse, LanguageModel> language =
        new Async<>(context, api::listLanguageModels, api::getLanguageModel);
    AsyncModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image =
        new Async<>(context, api::listImageGenerationModels, api::getImageGenerationModel);
    AsyncModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video =
        new Async<>(context, api::listVideoGenerationModels, api::getVideoGenerationModel);
    AsyncModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding =
        new Async<>(context, api::listEmbeddingModels, api::getEmbeddingModel);
    return new AsyncModelsService() {
      @Override
      public CompletableFuture<ListModelsResponse> list(RequestOptions options) {
        return all.list(options);
      }

      @Override
      public CompletableFuture<Model> get(String modelId, RequestOptions options) {
        return all.get(modelId, options);
      }

      @Override
      public AsyncModelCatalog<ListLanguageModelsResponse, LanguageModel> language() {
        return language;
      }

      @Override
      public AsyncModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image() {
        return image;
      }

      @Override
      public AsyncModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video() {
        return video;
      }

      @Override
      public AsyncModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding() {
        return embedding;
      }
    };
  }

  private record Blocking<L, M>(ServiceContext context, Supplier<Call<L>> listCall,
      Function<String, Call<M>> getCall) implements ModelCatalog<L, M> {
    @Override
    public L list(RequestOptions options) {
      return context.calls().json(listCall.get(), options);
    }

    @Override
    public M get(String modelId, RequestOptions options) {
      return context.calls().json(getCall.apply(Args.id(modelId, "modelId")), options);
    }
  }

  private record Async<L, M>(ServiceContext context, Supplier<Call<L>> listCall,
      Function<String, Call<M>> getCall) implements AsyncModelCatalog<L, M> {
    @Override
    public CompletableFuture<L> list(RequestOptions options) {
      return context.calls().jsonAsync(listCall.get(), options);
    }

    @Override
    public CompletableFuture<M> get(String modelId, RequestOptions options) {
      return context.calls().jsonAsync(getCall.apply(Args.id(modelId, "modelId")), options);
    }
  }
}
