package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.CompletionsApi;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CompleteResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;
import io.github.xaijava.services.async.AsyncCompletionsService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncCompletionsService} over the generated {@link CompletionsApi}. */
public final class AsyncCompletionsServiceImpl implements AsyncCompletionsService {

  private final ServiceContext context;
  private final CompletionsApi api;

  public AsyncCompletionsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(CompletionsApi.class);
  }

  @Override
  public CompletableFuture<SampleResponse> create(SampleRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.createTextCompletion(request), options);
  }

  @Override
  public CompletableFuture<CompleteResponse> complete(CompleteRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.createAnthropicCompletion(request), options);
  }
}
