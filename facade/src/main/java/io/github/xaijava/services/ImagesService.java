package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;

/**
 * Image generation and editing ({@code /v1/images/generations}, {@code /v1/images/edits}). An
 * image comes back as a temporary URL, or inline with {@code response_format} {@code b64_json}
 * ({@link GeneratedImages#bytes} decodes it). Reached with {@code client.images()}; without
 * blocking, {@code client.async().images()}. Errors as in {@link ChatService}. Thread-safe.
 */
public interface ImagesService {

  /** Generates images from a prompt. */
  default GeneratedImageResponse generate(GenerateImageRequest request) {
    return generate(request, RequestOptions.none());
  }

  /** @see #generate(GenerateImageRequest) */
  GeneratedImageResponse generate(GenerateImageRequest request, RequestOptions options);

  /** Edits images as a prompt says. */
  default GeneratedImageResponse edit(EditImageRequest request) {
    return edit(request, RequestOptions.none());
  }

  /** @see #edit(EditImageRequest) */
  GeneratedImageResponse edit(EditImageRequest request, RequestOptions options);
}
