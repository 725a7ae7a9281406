package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.jobs.VideoJob;
import java.util.concurrent.CompletableFuture;

/**
 * Video generation ({@code /v1/videos/...}): {@code generate}, {@code edit} and {@code extend}
 * start a job and return a {@link VideoJob} to poll or await; {@link #job(String)} resumes one
 * from a stored request id, and {@code retrieve} is the single raw lookup.
 *
 * <p>Reached with {@code client.videos()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface VideosService {

  /**
   * Starts generating a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/generations}
   *
   * @param request the request
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default VideoJob generate(GenerateVideoRequest request) {
    return generate(request, RequestOptions.none());
  }

  /**
   * Starts generating a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/generations}
   *
   * @param request the request
   * @param options per-request options
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  VideoJob generate(GenerateVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #generate(GenerateVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  default CompletableFuture<VideoJob> generateAsync(GenerateVideoRequest request) {
    return generateAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #generate(GenerateVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  CompletableFuture<VideoJob> generateAsync(GenerateVideoRequest request, RequestOptions options);

  /**
   * Starts editing a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/edits}
   *
   * @param request the request
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default VideoJob edit(EditVideoRequest request) {
    return edit(request, RequestOptions.none());
  }

  /**
   * Starts editing a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/edits}
   *
   * @param request the request
   * @param options per-request options
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  VideoJob edit(EditVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #edit(EditVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  default CompletableFuture<VideoJob> editAsync(EditVideoRequest request) {
    return editAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #edit(EditVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  CompletableFuture<VideoJob> editAsync(EditVideoRequest request, RequestOptions options);

  /**
   * Starts extending a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/extensions}
   *
   * @param request the request
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default VideoJob extend(ExtendVideoRequest request) {
    return extend(request, RequestOptions.none());
  }

  /**
   * Starts extending a video.
   * A {@code failed} or {@code expired} status ends {@code await} with a
   * {@link io.github.xaijava.errors.JobFailedException} carrying xAI's code and message.
   *
   * <p>{@code POST /v1/videos/extensions}
   *
   * @param request the request
   * @param options per-request options
   * @return the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  VideoJob extend(ExtendVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #extend(ExtendVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  default CompletableFuture<VideoJob> extendAsync(ExtendVideoRequest request) {
    return extendAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #extend(ExtendVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job handle ({@link VideoJob#requestId()}, {@code poll()}, {@code await(Duration[, listener])}), or failed with the same exceptions
   */
  CompletableFuture<VideoJob> extendAsync(ExtendVideoRequest request, RequestOptions options);

  /**
   * Looks up a video job once (no polling). A failed or expired job is a normal answer with {@code status} set.
   *
   * <p>{@code GET /v1/videos/{request_id}}
   *
   * @param requestId the job's request id
   * @return the job state, or {@code null} while pending with HTTP 202
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default VideoResponse retrieve(String requestId) {
    return retrieve(requestId, RequestOptions.none());
  }

  /**
   * Looks up a video job once (no polling). A failed or expired job is a normal answer with {@code status} set.
   *
   * <p>{@code GET /v1/videos/{request_id}}
   *
   * @param requestId the job's request id
   * @param options per-request options
   * @return the job state, or {@code null} while pending with HTTP 202
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  VideoResponse retrieve(String requestId, RequestOptions options);

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param requestId the job's request id
   * @return a future completed with the job state, or {@code null} while pending with HTTP 202, or failed with the same exceptions
   */
  default CompletableFuture<VideoResponse> retrieveAsync(String requestId) {
    return retrieveAsync(requestId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param requestId the job's request id
   * @param options per-request options
   * @return a future completed with the job state, or {@code null} while pending with HTTP 202, or failed with the same exceptions
   */
  CompletableFuture<VideoResponse> retrieveAsync(String requestId, RequestOptions options);

  /**
   * A handle on a video job started earlier (e.g. by another process, from a stored
   * {@code request_id}); no request is sent until it is polled.
   *
   * @param requestId the job's request id
   * @return the handle
   */
  VideoJob job(String requestId);
}
