package io.github.xaijava.services;

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

/**
 * xAI's models: every model in brief ({@code client.models().list()}, {@code get(id)}), and each
 * kind with its details, pricing and modalities:
 * {@code client.models().language().list()}, {@code .image()}, {@code .video()},
 * {@code .embedding()}. Without blocking: {@code client.async().models()}.
 */
public interface ModelsService extends ModelCatalog<ListModelsResponse, Model> {

  /** Language models ({@code /v1/language-models}). */
  ModelCatalog<ListLanguageModelsResponse, LanguageModel> language();

  /** Image generation models ({@code /v1/image-generation-models}). */
  ModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image();

  /** Video generation models ({@code /v1/video-generation-models}). */
  ModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video();

  /** Embedding models ({@code /v1/embedding-models}). */
  ModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding();
}
