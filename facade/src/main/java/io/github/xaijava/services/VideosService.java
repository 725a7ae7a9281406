package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.jobs.VideoJob;

/**
 * Video jobs: generate, edit or extend a video ({@code /v1/videos/...}); each starts a job that
 * xAI finishes later ({@link VideoJob}). Reached with {@code client.videos()}; without blocking,
 * {@code client.async().videos()}. Errors as in {@link ChatService}. Thread-safe.
 *
 * <pre>{@code
 * VideoJob job = client.videos().startGeneration(GenerateVideoRequest.builder()
 *     .model("grok-imagine-video").prompt("Waves at sunset").build());
 * VideoResponse done = job.await(Duration.ofMinutes(15));
 * }</pre>
 */
public interface VideosService {

  /** Starts generating a video from a prompt ({@code POST /v1/videos/generations}). */
  default VideoJob startGeneration(GenerateVideoRequest request) {
    return startGeneration(request, RequestOptions.none());
  }

  /** @see #startGeneration(GenerateVideoRequest) */
  VideoJob startGeneration(GenerateVideoRequest request, RequestOptions options);

  /** Starts editing a video ({@code POST /v1/videos/edits}). */
  default VideoJob startEdit(EditVideoRequest request) {
    return startEdit(request, RequestOptions.none());
  }

  /** @see #startEdit(EditVideoRequest) */
  VideoJob startEdit(EditVideoRequest request, RequestOptions options);

  /** Starts extending a video ({@code POST /v1/videos/extensions}). */
  default VideoJob startExtension(ExtendVideoRequest request) {
    return startExtension(request, RequestOptions.none());
  }

  /** @see #startExtension(ExtendVideoRequest) */
  VideoJob startExtension(ExtendVideoRequest request, RequestOptions options);

  /** A handle on a job started earlier, from its {@code request_id}; nothing is sent yet. */
  VideoJob resume(String requestId);
}
