package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Image generation and editing ({@code /v1/images/...}). Ask for
 * {@code response_format = "b64_json"} to get the images inline, then decode them with
 * {@link GeneratedImages#bytes(io.github.xaijava.generated.model.GeneratedImageResponse)}.
 *
 * <p>Reached with {@code client.images()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface ImagesService {

  /**
   * Generates images.
   *
   * <p>{@code POST /v1/images/generations}
   *
   * @param request the request
   * @return the images (temporary URLs or base64, per {@code response_format})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default GeneratedImageResponse generate(GenerateImageRequest request) {
    return generate(request, RequestOptions.none());
  }

  /**
   * Generates images.
   *
   * <p>{@code POST /v1/images/generations}
   *
   * @param request the request
   * @param options per-request options
   * @return the images (temporary URLs or base64, per {@code response_format})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  GeneratedImageResponse generate(GenerateImageRequest request, RequestOptions options);

  /**
   * Async form of {@link #generate(GenerateImageRequest)}.
   *
   * @param request the request
   * @return a future completed with the images (temporary URLs or base64, per {@code response_format}), or failed with the same exceptions
   */
  default CompletableFuture<GeneratedImageResponse> generateAsync(GenerateImageRequest request) {
    return generateAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #generate(GenerateImageRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the images (temporary URLs or base64, per {@code response_format}), or failed with the same exceptions
   */
  CompletableFuture<GeneratedImageResponse> generateAsync(GenerateImageRequest request, RequestOptions options);

  /**
   * Edits an image.
   *
   * <p>{@code POST /v1/images/edits}
   *
   * @param request the request
   * @return the images
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default GeneratedImageResponse edit(EditImageRequest request) {
    return edit(request, RequestOptions.none());
  }

  /**
   * Edits an image.
   *
   * <p>{@code POST /v1/images/edits}
   *
   * @param request the request
   * @param options per-request options
   * @return the images
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  GeneratedImageResponse edit(EditImageRequest request, RequestOptions options);

  /**
   * Async form of {@link #edit(EditImageRequest)}.
   *
   * @param request the request
   * @return a future completed with the images, or failed with the same exceptions
   */
  default CompletableFuture<GeneratedImageResponse> editAsync(EditImageRequest request) {
    return editAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #edit(EditImageRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the images, or failed with the same exceptions
   */
  CompletableFuture<GeneratedImageResponse> editAsync(EditImageRequest request, RequestOptions options);
}
