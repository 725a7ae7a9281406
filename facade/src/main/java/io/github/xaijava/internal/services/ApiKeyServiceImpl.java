package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ApiKeyApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.ApiKeyService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. ApiKeyService over the generated {@link ApiKeyApi} and {@link HttpCore}. */
public final class ApiKeyServiceImpl implements ApiKeyService {

  private final HttpCore core;
  private final ApiKeyApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public ApiKeyServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(ApiKeyApi.class);
  }

  @Override
  public ApiKey retrieve(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.getApiKeyInfo(), options);
  }

  @Override
  public CompletableFuture<ApiKey> retrieveAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(options));
  }

  @Override
  public GetMeResponse me(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.call(api.getMe(), options);
  }

  @Override
  public CompletableFuture<GetMeResponse> meAsync(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return core.async(() -> me(options));
  }
}
