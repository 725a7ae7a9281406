package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.CompletionsApi;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CompleteResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;
import io.github.xaijava.services.CompletionsService;

/** Not API. {@link CompletionsService} over the generated {@link CompletionsApi}. */
public final class CompletionsServiceImpl implements CompletionsService {

  private final ServiceContext context;
  private final CompletionsApi api;

  public CompletionsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(CompletionsApi.class);
  }

  @Override
  public SampleResponse create(SampleRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.createTextCompletion(request), options);
  }

  @Override
  public CompleteResponse complete(CompleteRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.createAnthropicCompletion(request), options);
  }
}
