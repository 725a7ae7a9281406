package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Legacy text completions: OpenAI-style {@code /v1/completions} and Anthropic-style {@code /v1/complete}.
 *
 * <p>Reached with {@code client.completions()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface CompletionsService {

  /**
   * Creates an OpenAI-style text completion.
   *
   * <p>{@code POST /v1/completions}
   *
   * @param request the request
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default SampleResponse create(SampleRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an OpenAI-style text completion.
   *
   * <p>{@code POST /v1/completions}
   *
   * @param request the request
   * @param options per-request options
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  SampleResponse create(SampleRequest request, RequestOptions options);

  /**
   * Async form of {@link #create(SampleRequest)}.
   *
   * @param request the request
   * @return a future completed with the completion, or failed with the same exceptions
   */
  default CompletableFuture<SampleResponse> createAsync(SampleRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #create(SampleRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the completion, or failed with the same exceptions
   */
  CompletableFuture<SampleResponse> createAsync(SampleRequest request, RequestOptions options);

  /**
   * Creates an Anthropic-style text completion.
   *
   * <p>{@code POST /v1/complete}
   *
   * @param request the request
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default CompleteResponse complete(CompleteRequest request) {
    return complete(request, RequestOptions.none());
  }

  /**
   * Creates an Anthropic-style text completion.
   *
   * <p>{@code POST /v1/complete}
   *
   * @param request the request
   * @param options per-request options
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  CompleteResponse complete(CompleteRequest request, RequestOptions options);

  /**
   * Async form of {@link #complete(CompleteRequest)}.
   *
   * @param request the request
   * @return a future completed with the completion, or failed with the same exceptions
   */
  default CompletableFuture<CompleteResponse> completeAsync(CompleteRequest request) {
    return completeAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #complete(CompleteRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the completion, or failed with the same exceptions
   */
  CompletableFuture<CompleteResponse> completeAsync(CompleteRequest request, RequestOptions options);
}
