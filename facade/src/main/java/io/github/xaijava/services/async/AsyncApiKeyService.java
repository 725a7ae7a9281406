package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.GetMeResponse;
import io.github.xaijava.services.ApiKeyService;
import java.util.concurrent.CompletableFuture;

/** {@link ApiKeyService} without blocking: {@code client.async().apiKey()}. */
public interface AsyncApiKeyService {

  /** @see ApiKeyService#info() */
  default CompletableFuture<ApiKey> info() {
    return info(RequestOptions.none());
  }

  /** @see ApiKeyService#info() */
  CompletableFuture<ApiKey> info(RequestOptions options);

  /** @see ApiKeyService#me() */
  default CompletableFuture<GetMeResponse> me() {
    return me(RequestOptions.none());
  }

  /** @see ApiKeyService#me() */
  CompletableFuture<GetMeResponse> me(RequestOptions options);
}
