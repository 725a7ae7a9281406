package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ChatApi;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.StartDeferredChatResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.tools.ChatTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.services.async.AsyncChatService;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncChatService} over the generated {@link ChatApi}. */
public final class AsyncChatServiceImpl implements AsyncChatService {

  private final ServiceContext context;
  private final ChatApi api;

  public AsyncChatServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ChatApi.class);
  }

  @Override
  public CompletableFuture<ChatResponse> create(ChatRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "chat().stream(request)");
    Args.wholeAnswer(request.deferred(), "deferred", "chat().startDeferred(request)");
    return context.calls().jsonAsync(api.createChatCompletion(request), options);
  }

  @Override
  public StreamSubscription stream(ChatRequest request, RequestOptions options,
      StreamHandler<ChatResponseChunk> handler) {
    Args.required(request, "request");
    return context.streams().subscribe(context.calls().openAsync(
            api.createChatCompletionStream(ChatServiceImpl.streaming(request)), options,
            Transport.Mode.STREAM),
        context.streams()::chat, handler, context.calls().callbacks());
  }

  @Override
  public <T> CompletableFuture<Parsed<T, ChatResponse>> parse(ChatRequest request, Class<T> type,
      RequestOptions options) {
    Args.required(request, "request");
    Args.required(type, "type");
    return context.calls().map(create(ChatServiceImpl.structured(request, type), options),
        response -> Parsed.ofChat(response, type));
  }

  @Override
  public CompletableFuture<ToolLoopResult<ChatResponse, Message>> runTools(ChatRequest request,
      Toolbox toolbox, ToolLoopOptions<? super ChatResponse> options) {
    Args.required(request, "request");
    Args.required(toolbox, "toolbox");
    return new ToolLoop<>(ChatTurns.INSTANCE, toolbox, options)
        .runAsync(ChatServiceImpl.withTools(request, toolbox),
            next -> create(next, options.requestOptions()));
  }

  @Override
  public CompletableFuture<DeferredCompletion> startDeferred(ChatRequest request,
      RequestOptions options) {
    Args.required(request, "request");
    return context.calls().map(
        context.calls().jsonAsync(api.createChatCompletion(ChatServiceImpl.deferred(request)),
            StartDeferredChatResponse.class, options),
        started -> ChatServiceImpl.deferredCompletion(context, api, started.requestId(),
            ServiceContext.forPolls(options)));
  }

  @Override
  public DeferredCompletion resumeDeferred(String requestId) {
    Args.id(requestId, "requestId");
    return ChatServiceImpl.deferredCompletion(context, api, requestId, RequestOptions.none());
  }
}
