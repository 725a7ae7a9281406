package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ModelsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.ModelsService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. ModelsService over the generated {@link ModelsApi} and {@link HttpCore}. */
public final class ModelsServiceImpl implements ModelsService {

  private final HttpCore core;
  private final ModelsApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public ModelsServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(ModelsApi.class);
  }

  @Override
  public ListModelsResponse list(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.listModels(), options);
  }

  @Override
  public CompletableFuture<ListModelsResponse> listAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> list(options));
  }

  @Override
  public Model retrieve(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getModel(modelId), options);
  }

  @Override
  public CompletableFuture<Model> retrieveAsync(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(modelId, options));
  }

  @Override
  public ListLanguageModelsResponse listLanguageModels(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.listLanguageModels(), options);
  }

  @Override
  public CompletableFuture<ListLanguageModelsResponse> listLanguageModelsAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> listLanguageModels(options));
  }

  @Override
  public LanguageModel retrieveLanguageModel(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getLanguageModel(modelId), options);
  }

  @Override
  public CompletableFuture<LanguageModel> retrieveLanguageModelAsync(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieveLanguageModel(modelId, options));
  }

  @Override
  public ListEmbeddingModelsResponse listEmbeddingModels(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.listEmbeddingModels(), options);
  }

  @Override
  public CompletableFuture<ListEmbeddingModelsResponse> listEmbeddingModelsAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> listEmbeddingModels(options));
  }

  @Override
  public EmbeddingModel retrieveEmbeddingModel(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getEmbeddingModel(modelId), options);
  }

  @Override
  public CompletableFuture<EmbeddingModel> retrieveEmbeddingModelAsync(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieveEmbeddingModel(modelId, options));
  }

  @Override
  public ListImageGenerationModelsResponse listImageGenerationModels(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.listImageGenerationModels(), options);
  }

  @Override
  public CompletableFuture<ListImageGenerationModelsResponse> listImageGenerationModelsAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> listImageGenerationModels(options));
  }

  @Override
  public ImageGenerationModel retrieveImageGenerationModel(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getImageGenerationModel(modelId), options);
  }

  @Override
  public CompletableFuture<ImageGenerationModel> retrieveImageGenerationModelAsync(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieveImageGenerationModel(modelId, options));
  }

  @Override
  public ListVideoGenerationModelsResponse listVideoGenerationModels(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.listVideoGenerationModels(), options);
  }

  @Override
  public CompletableFuture<ListVideoGenerationModelsResponse> listVideoGenerationModelsAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> listVideoGenerationModels(options));
  }

  @Override
  public VideoGenerationModel retrieveVideoGenerationModel(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getVideoGenerationModel(modelId), options);
  }

  @Override
  public CompletableFuture<VideoGenerationModel> retrieveVideoGenerationModelAsync(String modelId, RequestOptions options) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieveVideoGenerationModel(modelId, options));
  }
}
