package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * The calling API key ({@code /v1/api-key}) and its owner ({@code /v1/me}).
 *
 * <p>Reached with {@code client.apiKey()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface ApiKeyService {

  /**
   * Describes the API key in use (never its secret).
   *
   * <p>{@code GET /v1/api-key}
   *
   * @return the key's metadata
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ApiKey retrieve() {
    return retrieve(RequestOptions.none());
  }

  /**
   * Describes the API key in use (never its secret).
   *
   * <p>{@code GET /v1/api-key}
   *
   * @param options per-request options
   * @return the key's metadata
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ApiKey retrieve(RequestOptions options);

  /**
   * Async form of {@link #retrieve()}.
   *
   * @return a future completed with the key's metadata, or failed with the same exceptions
   */
  default CompletableFuture<ApiKey> retrieveAsync() {
    return retrieveAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve()}.
   *
   * @param options per-request options
   * @return a future completed with the key's metadata, or failed with the same exceptions
   */
  CompletableFuture<ApiKey> retrieveAsync(RequestOptions options);

  /**
   * Describes the caller behind the key.
   *
   * <p>{@code GET /v1/me}
   *
   * @return the caller
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default GetMeResponse me() {
    return me(RequestOptions.none());
  }

  /**
   * Describes the caller behind the key.
   *
   * <p>{@code GET /v1/me}
   *
   * @param options per-request options
   * @return the caller
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  GetMeResponse me(RequestOptions options);

  /**
   * Async form of {@link #me()}.
   *
   * @return a future completed with the caller, or failed with the same exceptions
   */
  default CompletableFuture<GetMeResponse> meAsync() {
    return meAsync(RequestOptions.none());
  }

  /**
   * Async form of {@link #me()}.
   *
   * @param options per-request options
   * @return a future completed with the caller, or failed with the same exceptions
   */
  CompletableFuture<GetMeResponse> meAsync(RequestOptions options);
}
