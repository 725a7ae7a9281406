package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Video generation ({@code /v1/videos/...}): jobs are started, then looked up by request id.
 *
 * <p>Reached with {@code client.videos()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface VideosService {

  /**
   * Starts a video generation job.
   *
   * <p>{@code POST /v1/videos/generations}
   *
   * @param request the request
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default StartDeferredResponse generate(GenerateVideoRequest request) {
    return generate(request, RequestOptions.none());
  }

  /**
   * Starts a video generation job.
   *
   * <p>{@code POST /v1/videos/generations}
   *
   * @param request the request
   * @param options per-request options
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  StartDeferredResponse generate(GenerateVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #generate(GenerateVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  default CompletableFuture<StartDeferredResponse> generateAsync(GenerateVideoRequest request) {
    return generateAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #generate(GenerateVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  CompletableFuture<StartDeferredResponse> generateAsync(GenerateVideoRequest request, RequestOptions options);

  /**
   * Starts a video edit job.
   *
   * <p>{@code POST /v1/videos/edits}
   *
   * @param request the request
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default StartDeferredResponse edit(EditVideoRequest request) {
    return edit(request, RequestOptions.none());
  }

  /**
   * Starts a video edit job.
   *
   * <p>{@code POST /v1/videos/edits}
   *
   * @param request the request
   * @param options per-request options
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  StartDeferredResponse edit(EditVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #edit(EditVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  default CompletableFuture<StartDeferredResponse> editAsync(EditVideoRequest request) {
    return editAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #edit(EditVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  CompletableFuture<StartDeferredResponse> editAsync(EditVideoRequest request, RequestOptions options);

  /**
   * Starts a video extension job.
   *
   * <p>{@code POST /v1/videos/extensions}
   *
   * @param request the request
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default StartDeferredResponse extend(ExtendVideoRequest request) {
    return extend(request, RequestOptions.none());
  }

  /**
   * Starts a video extension job.
   *
   * <p>{@code POST /v1/videos/extensions}
   *
   * @param request the request
   * @param options per-request options
   * @return the job's {@code request_id}
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  StartDeferredResponse extend(ExtendVideoRequest request, RequestOptions options);

  /**
   * Async form of {@link #extend(ExtendVideoRequest)}.
   *
   * @param request the request
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  default CompletableFuture<StartDeferredResponse> extendAsync(ExtendVideoRequest request) {
    return extendAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #extend(ExtendVideoRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the job's {@code request_id}, or failed with the same exceptions
   */
  CompletableFuture<StartDeferredResponse> extendAsync(ExtendVideoRequest request, RequestOptions options);

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
}
