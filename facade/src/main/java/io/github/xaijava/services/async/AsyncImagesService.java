package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.services.ImagesService;
import java.util.concurrent.CompletableFuture;

/** {@link ImagesService} without blocking: {@code client.async().images()}. */
public interface AsyncImagesService {

  /** @see ImagesService#generate(GenerateImageRequest) */
  default CompletableFuture<GeneratedImageResponse> generate(GenerateImageRequest request) {
    return generate(request, RequestOptions.none());
  }

  /** @see ImagesService#generate(GenerateImageRequest) */
  CompletableFuture<GeneratedImageResponse> generate(GenerateImageRequest request,
      RequestOptions options);

  /** @see ImagesService#edit(EditImageRequest) */
  default CompletableFuture<GeneratedImageResponse> edit(EditImageRequest request) {
    return edit(request, RequestOptions.none());
  }

  /** @see ImagesService#edit(EditImageRequest) */
  CompletableFuture<GeneratedImageResponse> edit(EditImageRequest request, RequestOptions options);
}
