package io.github.xaijava.services.async;

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
import io.github.xaijava.services.ModelsService;

/** {@link ModelsService} without blocking: {@code client.async().models()}. */
public interface AsyncModelsService extends AsyncModelCatalog<ListModelsResponse, Model> {

  /** @see ModelsService#language() */
  AsyncModelCatalog<ListLanguageModelsResponse, LanguageModel> language();

  /** @see ModelsService#image() */
  AsyncModelCatalog<ListImageGenerationModelsResponse, ImageGenerationModel> image();

  /** @see ModelsService#video() */
  AsyncModelCatalog<ListVideoGenerationModelsResponse, VideoGenerationModel> video();

  /** @see ModelsService#embedding() */
  AsyncModelCatalog<ListEmbeddingModelsResponse, EmbeddingModel> embedding();
}
