package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.CompletionsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.CompletionsService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. CompletionsService over the generated {@link CompletionsApi} and {@link HttpCore}. */
public final class CompletionsServiceImpl implements CompletionsService {

  private final HttpCore core;
  private final CompletionsApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public CompletionsServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(CompletionsApi.class);
  }

  @Override
  public SampleResponse create(SampleRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createTextCompletion(request), options);
  }

  @Override
  public CompletableFuture<SampleResponse> createAsync(SampleRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> create(request, options));
  }

  @Override
  public CompleteResponse complete(CompleteRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createAnthropicCompletion(request), options);
  }

  @Override
  public CompletableFuture<CompleteResponse> completeAsync(CompleteRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> complete(request, options));
  }
}
