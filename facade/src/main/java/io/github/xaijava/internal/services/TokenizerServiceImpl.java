package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.TokenizerApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.TokenizerService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. TokenizerService over the generated {@link TokenizerApi} and {@link HttpCore}. */
public final class TokenizerServiceImpl implements TokenizerService {

  private final HttpCore core;
  private final TokenizerApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public TokenizerServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(TokenizerApi.class);
  }

  @Override
  public TokenizeResponse tokenize(TokenizeRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.tokenizeText(request), options);
  }

  @Override
  public CompletableFuture<TokenizeResponse> tokenizeAsync(TokenizeRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> tokenize(request, options));
  }
}
