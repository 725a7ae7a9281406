package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Tokenization ({@code /v1/tokenize-text}).
 *
 * <p>Reached with {@code client.tokenizer()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface TokenizerService {

  /**
   * Tokenizes text for a model.
   *
   * <p>{@code POST /v1/tokenize-text}
   *
   * @param request the request
   * @return the tokens
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default TokenizeResponse tokenize(TokenizeRequest request) {
    return tokenize(request, RequestOptions.none());
  }

  /**
   * Tokenizes text for a model.
   *
   * <p>{@code POST /v1/tokenize-text}
   *
   * @param request the request
   * @param options per-request options
   * @return the tokens
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  TokenizeResponse tokenize(TokenizeRequest request, RequestOptions options);

  /**
   * Async form of {@link #tokenize(TokenizeRequest)}.
   *
   * @param request the request
   * @return a future completed with the tokens, or failed with the same exceptions
   */
  default CompletableFuture<TokenizeResponse> tokenizeAsync(TokenizeRequest request) {
    return tokenizeAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #tokenize(TokenizeRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the tokens, or failed with the same exceptions
   */
  CompletableFuture<TokenizeResponse> tokenizeAsync(TokenizeRequest request, RequestOptions options);
}
