package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ChatApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.services.ChatService;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.streaming.*;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. ChatService over the generated {@link ChatApi} and {@link HttpCore}. */
public final class ChatServiceImpl implements ChatService {

  private final HttpCore core;
  private final ChatApi api;
  private final Jobs jobs;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public ChatServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(ChatApi.class);
    this.jobs = new Jobs(core);
  }

  @Override
  public ChatResponse create(ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createChatCompletion(request), options);
  }

  @Override
  public CompletableFuture<ChatResponse> createAsync(ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> create(request, options));
  }

  @Override
  public ChatResponse getDeferredCompletion(String requestId, RequestOptions options) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getDeferredChatCompletion(requestId), options);
  }

  @Override
  public CompletableFuture<ChatResponse> getDeferredCompletionAsync(String requestId, RequestOptions options) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> getDeferredCompletion(requestId, options));
  }

  @Override
  public ChatStream stream(ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    var response = StreamingCalls.open(core,
        StreamingCalls.post(core, "v1/chat/completions", request), options);
    return Streams.chat(response, () -> HttpCore.cancel(response), core.gson());
  }

  @Override
  public StreamSubscription streamAsync(ChatRequest request, RequestOptions options,
      StreamHandler<ChatResponseChunk> handler) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(handler, "handler");
    return StreamingCalls.async(core, () -> stream(request, options), handler);
  }

  @Override
  public DeferredCompletion defer(ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return jobs.starts(options).defer(request);
  }

  @Override
  public CompletableFuture<DeferredCompletion> deferAsync(
      ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> defer(request, options));
  }

  @Override
  public DeferredCompletion deferred(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return jobs.starts(RequestOptions.none()).resumeDeferred(requestId);
  }
}
