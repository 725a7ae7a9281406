package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.services.TokenizerService;
import java.util.concurrent.CompletableFuture;

/** {@link TokenizerService} without blocking: {@code client.async().tokenizer()}. */
public interface AsyncTokenizerService {

  /** @see TokenizerService#tokenize(TokenizeRequest) */
  default CompletableFuture<TokenizeResponse> tokenize(TokenizeRequest request) {
    return tokenize(request, RequestOptions.none());
  }

  /** @see TokenizerService#tokenize(TokenizeRequest) */
  CompletableFuture<TokenizeResponse> tokenize(TokenizeRequest request, RequestOptions options);
}
