package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;

/**
 * Tokenization ({@code POST /v1/tokenize-text}): how a model splits a text into tokens. Reached
 * with {@code client.tokenizer()}; without blocking, {@code client.async().tokenizer()}. Errors
 * as in {@link ChatService}. Thread-safe.
 */
public interface TokenizerService {

  /** Tokenizes a text as the request's model would. */
  default TokenizeResponse tokenize(TokenizeRequest request) {
    return tokenize(request, RequestOptions.none());
  }

  /** @see #tokenize(TokenizeRequest) */
  TokenizeResponse tokenize(TokenizeRequest request, RequestOptions options);
}
