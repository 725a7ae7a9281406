package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ApiKeyApi;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.GetMeResponse;
import io.github.xaijava.services.async.AsyncApiKeyService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncApiKeyService} over the generated {@link ApiKeyApi}. */
public final class AsyncApiKeyServiceImpl implements AsyncApiKeyService {

  private final ServiceContext context;
  private final ApiKeyApi api;

  public AsyncApiKeyServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ApiKeyApi.class);
  }

  @Override
  public CompletableFuture<ApiKey> info(RequestOptions options) {
    return context.calls().jsonAsync(api.getApiKeyInfo(), options);
  }

  @Override
  public CompletableFuture<GetMeResponse> me(RequestOptions options) {
    return context.calls().jsonAsync(api.getMe(), options);
  }
}
