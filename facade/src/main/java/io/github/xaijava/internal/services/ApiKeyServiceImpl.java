package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ApiKeyApi;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.GetMeResponse;
import io.github.xaijava.services.ApiKeyService;

/** Not API. {@link ApiKeyService} over the generated {@link ApiKeyApi}. */
public final class ApiKeyServiceImpl implements ApiKeyService {

  private final ServiceContext context;
  private final ApiKeyApi api;

  public ApiKeyServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ApiKeyApi.class);
  }

  @Override
  public ApiKey info(RequestOptions options) {
    return context.calls().json(api.getApiKeyInfo(), options);
  }

  @Override
  public GetMeResponse me(RequestOptions options) {
    return context.calls().json(api.getMe(), options);
  }
}
