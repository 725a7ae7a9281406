package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.services.ChatService;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ChatService} without blocking: {@code client.async().chat()}. Futures fail with the
 * exceptions the blocking forms throw; cancelling one cancels its call.
 */
public interface AsyncChatService {

  /** @see ChatService#create(ChatRequest) */
  default CompletableFuture<ChatResponse> create(ChatRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see ChatService#create(ChatRequest) */
  CompletableFuture<ChatResponse> create(ChatRequest request, RequestOptions options);

  /**
   * Streams a chat completion, pushing each chunk to {@code handler}.
   *
   * @see ChatService#stream(ChatRequest)
   * @see StreamHandler
   */
  default StreamSubscription stream(ChatRequest request, StreamHandler<ChatResponseChunk> handler) {
    return stream(request, RequestOptions.none(), handler);
  }

  /** @see #stream(ChatRequest, StreamHandler) */
  StreamSubscription stream(ChatRequest request, RequestOptions options,
      StreamHandler<ChatResponseChunk> handler);

  /** @see ChatService#parse(ChatRequest, Class) */
  default <T> CompletableFuture<Parsed<T, ChatResponse>> parse(ChatRequest request, Class<T> type) {
    return parse(request, type, RequestOptions.none());
  }

  /** @see ChatService#parse(ChatRequest, Class) */
  <T> CompletableFuture<Parsed<T, ChatResponse>> parse(ChatRequest request, Class<T> type,
      RequestOptions options);

  /**
   * The tool loop without blocking: no thread waits for an answer; handlers run on the options'
   * executor or on threads the loop starts.
   *
   * @see ChatService#runTools(ChatRequest, Toolbox)
   */
  default CompletableFuture<ToolLoopResult<ChatResponse, Message>> runTools(ChatRequest request,
      Toolbox toolbox) {
    return runTools(request, toolbox, ToolLoopOptions.defaults());
  }

  /** @see #runTools(ChatRequest, Toolbox) */
  CompletableFuture<ToolLoopResult<ChatResponse, Message>> runTools(ChatRequest request,
      Toolbox toolbox, ToolLoopOptions<? super ChatResponse> options);

  /** @see ChatService#startDeferred(ChatRequest) */
  default CompletableFuture<DeferredCompletion> startDeferred(ChatRequest request) {
    return startDeferred(request, RequestOptions.none());
  }

  /** @see ChatService#startDeferred(ChatRequest) */
  CompletableFuture<DeferredCompletion> startDeferred(ChatRequest request, RequestOptions options);

  /** @see ChatService#resumeDeferred(String) */
  DeferredCompletion resumeDeferred(String requestId);
}
