package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.TokenizerApi;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.services.async.AsyncTokenizerService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncTokenizerService} over the generated {@link TokenizerApi}. */
public final class AsyncTokenizerServiceImpl implements AsyncTokenizerService {

  private final ServiceContext context;
  private final TokenizerApi api;

  public AsyncTokenizerServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(TokenizerApi.class);
  }

  @Override
  public CompletableFuture<TokenizeResponse> tokenize(TokenizeRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.tokenizeText(request), options);
  }
}
