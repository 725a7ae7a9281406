package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Model catalogue: all five model lists and single-model look-ups.
 *
 * <p>Reached with {@code client.models()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface ModelsService {

  /**
   * Lists the all models available to this key (not paginated).
   *
   * <p>{@code GET /v1/models}
   *
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListModelsResponse list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the all models available to this key (not paginated).
   *
   * <p>{@code GET /v1/models}
   *
   * @param options per-request options
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListModelsResponse list(RequestOptions options);

  /**
   * Async form of {@link #list()}.
   *
   * @return a future completed with the list, or failed with the same exceptions
   */
  default CompletableFuture<ListModelsResponse> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #list()}.
   *
   * @param options per-request options
   * @return a future completed with the list, or failed with the same exceptions
   */
  CompletableFuture<ListModelsResponse> listAsync(RequestOptions options);

  /**
   * Fetches one of the all models.
   *
   * <p>{@code GET /v1/models/{model_id}}
   *
   * @param modelId the model id or alias
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Model retrieve(String modelId) {
    return retrieve(modelId, RequestOptions.none());
  }

  /**
   * Fetches one of the all models.
   *
   * <p>{@code GET /v1/models/{model_id}}
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Model retrieve(String modelId, RequestOptions options);

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param modelId the model id or alias
   * @return a future completed with the model, or failed with the same exceptions
   */
  default CompletableFuture<Model> retrieveAsync(String modelId) {
    return retrieveAsync(modelId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return a future completed with the model, or failed with the same exceptions
   */
  CompletableFuture<Model> retrieveAsync(String modelId, RequestOptions options);

  /**
   * Lists the language models, with pricing and modalities available to this key (not paginated).
   *
   * <p>{@code GET /v1/language-models}
   *
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListLanguageModelsResponse listLanguageModels() {
    return listLanguageModels(RequestOptions.none());
  }

  /**
   * Lists the language models, with pricing and modalities available to this key (not paginated).
   *
   * <p>{@code GET /v1/language-models}
   *
   * @param options per-request options
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListLanguageModelsResponse listLanguageModels(RequestOptions options);

  /**
   * Async form of {@link #listLanguageModels()}.
   *
   * @return a future completed with the list, or failed with the same exceptions
   */
  default CompletableFuture<ListLanguageModelsResponse> listLanguageModelsAsync() {
    return listLanguageModelsAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #listLanguageModels()}.
   *
   * @param options per-request options
   * @return a future completed with the list, or failed with the same exceptions
   */
  CompletableFuture<ListLanguageModelsResponse> listLanguageModelsAsync(RequestOptions options);

  /**
   * Fetches one of the language models.
   *
   * <p>{@code GET /v1/language-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default LanguageModel retrieveLanguageModel(String modelId) {
    return retrieveLanguageModel(modelId, RequestOptions.none());
  }

  /**
   * Fetches one of the language models.
   *
   * <p>{@code GET /v1/language-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  LanguageModel retrieveLanguageModel(String modelId, RequestOptions options);

  /**
   * Async form of {@link #retrieveLanguageModel(String)}.
   *
   * @param modelId the model id or alias
   * @return a future completed with the model, or failed with the same exceptions
   */
  default CompletableFuture<LanguageModel> retrieveLanguageModelAsync(String modelId) {
    return retrieveLanguageModelAsync(modelId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieveLanguageModel(String)}.
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return a future completed with the model, or failed with the same exceptions
   */
  CompletableFuture<LanguageModel> retrieveLanguageModelAsync(String modelId, RequestOptions options);

  /**
   * Lists the embedding models available to this key (not paginated).
   *
   * <p>{@code GET /v1/embedding-models}
   *
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListEmbeddingModelsResponse listEmbeddingModels() {
    return listEmbeddingModels(RequestOptions.none());
  }

  /**
   * Lists the embedding models available to this key (not paginated).
   *
   * <p>{@code GET /v1/embedding-models}
   *
   * @param options per-request options
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListEmbeddingModelsResponse listEmbeddingModels(RequestOptions options);

  /**
   * Async form of {@link #listEmbeddingModels()}.
   *
   * @return a future completed with the list, or failed with the same exceptions
   */
  default CompletableFuture<ListEmbeddingModelsResponse> listEmbeddingModelsAsync() {
    return listEmbeddingModelsAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #listEmbeddingModels()}.
   *
   * @param options per-request options
   * @return a future completed with the list, or failed with the same exceptions
   */
  CompletableFuture<ListEmbeddingModelsResponse> listEmbeddingModelsAsync(RequestOptions options);

  /**
   * Fetches one of the embedding models.
   *
   * <p>{@code GET /v1/embedding-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default EmbeddingModel retrieveEmbeddingModel(String modelId) {
    return retrieveEmbeddingModel(modelId, RequestOptions.none());
  }

  /**
   * Fetches one of the embedding models.
   *
   * <p>{@code GET /v1/embedding-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  EmbeddingModel retrieveEmbeddingModel(String modelId, RequestOptions options);

  /**
   * Async form of {@link #retrieveEmbeddingModel(String)}.
   *
   * @param modelId the model id or alias
   * @return a future completed with the model, or failed with the same exceptions
   */
  default CompletableFuture<EmbeddingModel> retrieveEmbeddingModelAsync(String modelId) {
    return retrieveEmbeddingModelAsync(modelId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieveEmbeddingModel(String)}.
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return a future completed with the model, or failed with the same exceptions
   */
  CompletableFuture<EmbeddingModel> retrieveEmbeddingModelAsync(String modelId, RequestOptions options);

  /**
   * Lists the image generation models available to this key (not paginated).
   *
   * <p>{@code GET /v1/image-generation-models}
   *
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListImageGenerationModelsResponse listImageGenerationModels() {
    return listImageGenerationModels(RequestOptions.none());
  }

  /**
   * Lists the image generation models available to this key (not paginated).
   *
   * <p>{@code GET /v1/image-generation-models}
   *
   * @param options per-request options
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListImageGenerationModelsResponse listImageGenerationModels(RequestOptions options);

  /**
   * Async form of {@link #listImageGenerationModels()}.
   *
   * @return a future completed with the list, or failed with the same exceptions
   */
  default CompletableFuture<ListImageGenerationModelsResponse> listImageGenerationModelsAsync() {
    return listImageGenerationModelsAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #listImageGenerationModels()}.
   *
   * @param options per-request options
   * @return a future completed with the list, or failed with the same exceptions
   */
  CompletableFuture<ListImageGenerationModelsResponse> listImageGenerationModelsAsync(RequestOptions options);

  /**
   * Fetches one of the image generation models.
   *
   * <p>{@code GET /v1/image-generation-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ImageGenerationModel retrieveImageGenerationModel(String modelId) {
    return retrieveImageGenerationModel(modelId, RequestOptions.none());
  }

  /**
   * Fetches one of the image generation models.
   *
   * <p>{@code GET /v1/image-generation-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ImageGenerationModel retrieveImageGenerationModel(String modelId, RequestOptions options);

  /**
   * Async form of {@link #retrieveImageGenerationModel(String)}.
   *
   * @param modelId the model id or alias
   * @return a future completed with the model, or failed with the same exceptions
   */
  default CompletableFuture<ImageGenerationModel> retrieveImageGenerationModelAsync(String modelId) {
    return retrieveImageGenerationModelAsync(modelId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieveImageGenerationModel(String)}.
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return a future completed with the model, or failed with the same exceptions
   */
  CompletableFuture<ImageGenerationModel> retrieveImageGenerationModelAsync(String modelId, RequestOptions options);

  /**
   * Lists the video generation models available to this key (not paginated).
   *
   * <p>{@code GET /v1/video-generation-models}
   *
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ListVideoGenerationModelsResponse listVideoGenerationModels() {
    return listVideoGenerationModels(RequestOptions.none());
  }

  /**
   * Lists the video generation models available to this key (not paginated).
   *
   * <p>{@code GET /v1/video-generation-models}
   *
   * @param options per-request options
   * @return the list
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ListVideoGenerationModelsResponse listVideoGenerationModels(RequestOptions options);

  /**
   * Async form of {@link #listVideoGenerationModels()}.
   *
   * @return a future completed with the list, or failed with the same exceptions
   */
  default CompletableFuture<ListVideoGenerationModelsResponse> listVideoGenerationModelsAsync() {
    return listVideoGenerationModelsAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #listVideoGenerationModels()}.
   *
   * @param options per-request options
   * @return a future completed with the list, or failed with the same exceptions
   */
  CompletableFuture<ListVideoGenerationModelsResponse> listVideoGenerationModelsAsync(RequestOptions options);

  /**
   * Fetches one of the video generation models.
   *
   * <p>{@code GET /v1/video-generation-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default VideoGenerationModel retrieveVideoGenerationModel(String modelId) {
    return retrieveVideoGenerationModel(modelId, RequestOptions.none());
  }

  /**
   * Fetches one of the video generation models.
   *
   * <p>{@code GET /v1/video-generation-models/{model_id}}
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return the model
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  VideoGenerationModel retrieveVideoGenerationModel(String modelId, RequestOptions options);

  /**
   * Async form of {@link #retrieveVideoGenerationModel(String)}.
   *
   * @param modelId the model id or alias
   * @return a future completed with the model, or failed with the same exceptions
   */
  default CompletableFuture<VideoGenerationModel> retrieveVideoGenerationModelAsync(String modelId) {
    return retrieveVideoGenerationModelAsync(modelId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieveVideoGenerationModel(String)}.
   *
   * @param modelId the model id or alias
   * @param options per-request options
   * @return a future completed with the model, or failed with the same exceptions
   */
  CompletableFuture<VideoGenerationModel> retrieveVideoGenerationModelAsync(String modelId, RequestOptions options);
}
