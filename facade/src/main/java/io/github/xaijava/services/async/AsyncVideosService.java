package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.services.VideosService;
import java.util.concurrent.CompletableFuture;

/** {@link VideosService} without blocking: {@code client.async().videos()}. */
public interface AsyncVideosService {

  /** @see VideosService#startGeneration(GenerateVideoRequest) */
  default CompletableFuture<VideoJob> startGeneration(GenerateVideoRequest request) {
    return startGeneration(request, RequestOptions.none());
  }

  /** @see VideosService#startGeneration(GenerateVideoRequest) */
  CompletableFuture<VideoJob> startGeneration(GenerateVideoRequest request,
      RequestOptions options);

  /** @see VideosService#startEdit(EditVideoRequest) */
  default CompletableFuture<VideoJob> startEdit(EditVideoRequest request) {
    return startEdit(request, RequestOptions.none());
  }

  /** @see VideosService#startEdit(EditVideoRequest) */
  CompletableFuture<VideoJob> startEdit(EditVideoRequest request, RequestOptions options);

  /** @see VideosService#startExtension(ExtendVideoRequest) */
  default CompletableFuture<VideoJob> startExtension(ExtendVideoRequest request) {
    return startExtension(request, RequestOptions.none());
  }

  /** @see VideosService#startExtension(ExtendVideoRequest) */
  CompletableFuture<VideoJob> startExtension(ExtendVideoRequest request, RequestOptions options);

  /** @see VideosService#resume(String) */
  VideoJob resume(String requestId);
}
