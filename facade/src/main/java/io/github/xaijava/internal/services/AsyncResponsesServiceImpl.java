package io.github.xaijava.internal.services;

import io.github.xaijava.internal.tools.ResponseTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ResponsesApi;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompactResponse;
import io.github.xaijava.generated.model.DeleteStoredCompletionResponse;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.pagination.HasMoreCursor;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.services.async.AsyncResponsesService;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncResponsesService} over the generated {@link ResponsesApi}. */
public final class AsyncResponsesServiceImpl implements AsyncResponsesService {

  private final ServiceContext context;
  private final ResponsesApi api;

  public AsyncResponsesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ResponsesApi.class);
  }

  @Override
  public CompletableFuture<ModelResponse> create(ModelRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "responses().stream(request)");
    return context.calls().jsonAsync(api.createResponse(request), options);
  }

  @Override
  public StreamSubscription stream(ModelRequest request, RequestOptions options,
      StreamHandler<ResponseEvent> handler) {
    Args.required(request, "request");
    return context.streams().subscribe(context.calls().openAsync(
            api.createResponseStream(ResponsesServiceImpl.streaming(request)), options,
            Transport.Mode.STREAM),
        context.streams()::responses, handler, context.calls().callbacks());
  }

  @Override
  public CompletableFuture<ModelResponse> retrieve(String responseId, RequestOptions options) {
    Args.id(responseId, "responseId");
    return context.calls().jsonAsync(api.getResponse(responseId), options);
  }

  @Override
  public CompletableFuture<DeleteStoredCompletionResponse> delete(String responseId,
      RequestOptions options) {
    Args.id(responseId, "responseId");
    return context.calls().jsonAsync(api.deleteResponse(responseId), options);
  }

  @Override
  public CompletableFuture<CompactResponse> compact(CompactRequest request,
      RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.compactResponse(request), options);
  }

  @Override
  public CompletableFuture<Page<ModelInputPart>> inputItems(String responseId,
      CursorListParams params, RequestOptions options) {
    Args.id(responseId, "responseId");
    return CursorPage.firstAsync(
        ResponsesServiceImpl.inputItemsSource(context, api, responseId, params, options),
        HasMoreCursor.inputItems());
  }

  @Override
  public <T> CompletableFuture<Parsed<T, ModelResponse>> parse(ModelRequest request,
      Class<T> type, RequestOptions options) {
    Args.required(request, "request");
    Args.required(type, "type");
    return context.calls().map(create(ResponsesServiceImpl.structured(request, type), options),
        response -> Parsed.ofResponse(response, type));
  }

  @Override
  public CompletableFuture<ToolLoopResult<ModelResponse, ModelInputPart>> runTools(
      ModelRequest request, Toolbox toolbox, ToolLoopOptions<? super ModelResponse> options) {
    Args.required(request, "request");
    Args.required(toolbox, "toolbox");
    return new ToolLoop<>(ResponseTurns.INSTANCE, toolbox, options)
        .runAsync(ResponsesServiceImpl.withTools(request, toolbox),
            next -> create(next, options.requestOptions()));
  }
}
