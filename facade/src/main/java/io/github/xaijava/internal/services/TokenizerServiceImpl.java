package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.TokenizerApi;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.services.TokenizerService;

/** Not API. {@link TokenizerService} over the generated {@link TokenizerApi}. */
public final class TokenizerServiceImpl implements TokenizerService {

  private final ServiceContext context;
  private final TokenizerApi api;

  public TokenizerServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(TokenizerApi.class);
  }

  @Override
  public TokenizeResponse tokenize(TokenizeRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.tokenizeText(request), options);
  }
}
