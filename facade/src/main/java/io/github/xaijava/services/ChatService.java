package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.jobs.DeferredCompletion;
import java.util.concurrent.CompletableFuture;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;

/**
 * Chat completions ({@code /v1/chat/completions}), xAI's OpenAI-compatible API.
 *
 * <p>Reached with {@code client.chat()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface ChatService {

  /**
   * Creates a chat completion and waits for the whole answer.
   *
   * <p>{@code POST /v1/chat/completions}
   *
   * @param request the chat request
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ChatResponse create(ChatRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a chat completion and waits for the whole answer.
   *
   * <p>{@code POST /v1/chat/completions}
   *
   * @param request the chat request
   * @param options per-request options
   * @return the completion
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ChatResponse create(ChatRequest request, RequestOptions options);

  /**
   * Async form of {@link #create(ChatRequest)}.
   *
   * @param request the chat request
   * @return a future completed with the completion, or failed with the same exceptions
   */
  default CompletableFuture<ChatResponse> createAsync(ChatRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #create(ChatRequest)}.
   *
   * @param request the chat request
   * @param options per-request options
   * @return a future completed with the completion, or failed with the same exceptions
   */
  CompletableFuture<ChatResponse> createAsync(ChatRequest request, RequestOptions options);

  /**
   * Fetches the result of a deferred chat completion once (single call, no polling).
   *
   * <p>{@code GET /v1/chat/deferred-completion/{request_id}}
   *
   * @param requestId the {@code request_id} returned when the deferred completion was started
   * @return the completion, or {@code null} while it is still pending (HTTP 202)
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ChatResponse getDeferredCompletion(String requestId) {
    return getDeferredCompletion(requestId, RequestOptions.none());
  }

  /**
   * Fetches the result of a deferred chat completion once (single call, no polling).
   *
   * <p>{@code GET /v1/chat/deferred-completion/{request_id}}
   *
   * @param requestId the {@code request_id} returned when the deferred completion was started
   * @param options per-request options
   * @return the completion, or {@code null} while it is still pending (HTTP 202)
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  ChatResponse getDeferredCompletion(String requestId, RequestOptions options);

  /**
   * Async form of {@link #getDeferredCompletion(String)}.
   *
   * @param requestId the {@code request_id} returned when the deferred completion was started
   * @return a future completed with the completion, or {@code null} while it is still pending (HTTP 202), or failed with the same exceptions
   */
  default CompletableFuture<ChatResponse> getDeferredCompletionAsync(String requestId) {
    return getDeferredCompletionAsync(requestId, RequestOptions.none());
  }

  /**
   * Async form of {@link #getDeferredCompletion(String)}.
   *
   * @param requestId the {@code request_id} returned when the deferred completion was started
   * @param options per-request options
   * @return a future completed with the completion, or {@code null} while it is still pending (HTTP 202), or failed with the same exceptions
   */
  CompletableFuture<ChatResponse> getDeferredCompletionAsync(String requestId, RequestOptions options);

  /**
   * Streams a chat completion: sets {@code "stream": true} on the JSON sent (the request object is
   * not changed) and returns the chunks as they arrive. Close the stream (try-with-resources);
   * closing it early cancels the call.
   *
   * <pre>{@code
   * try (ChatStream stream = client.chat().stream(request)) {
   *   for (ChatResponseChunk chunk : stream) { ... }
   *   ChatResponse whole = stream.accumulated();
   * }
   * }</pre>
   *
   * @param request the chat request
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   *     (retried like a plain call; nothing is retried once the stream has started)
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default ChatStream stream(ChatRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Streams a chat completion with per-request options; see {@link #stream(ChatRequest)}.
   *
   * @param request the chat request
   * @param options per-request options (a timeout becomes the read timeout: the longest quiet gap)
   * @return the open stream
   */
  ChatStream stream(ChatRequest request, RequestOptions options);

  /**
   * Streams a chat completion on the client's async threads, pushing each chunk to
   * {@code handler}; {@link StreamSubscription#cancel()} stops it and cancels the call.
   *
   * @param request the chat request
   * @param handler receives chunks, then completion or the failure
   * @return the running subscription
   */
  default StreamSubscription streamAsync(ChatRequest request, StreamHandler<ChatResponseChunk> handler) {
    return streamAsync(request, RequestOptions.none(), handler);
  }

  /**
   * Push-style streaming with per-request options; see {@link #streamAsync(ChatRequest, StreamHandler)}.
   *
   * @param request the chat request
   * @param options per-request options
   * @param handler receives chunks, then completion or the failure
   * @return the running subscription
   */
  StreamSubscription streamAsync(ChatRequest request, RequestOptions options,
      StreamHandler<ChatResponseChunk> handler);

  /**
   * Starts a deferred chat completion and returns a handle to poll or await its result.
   * xAI hands a deferred result out once; the handle keeps it, so a second {@code await}
   * returns the same response instead of failing with 404. Polls go through this client
   * (retries, auth) and async awaits run on its threads.
   *
   * <p>{@code POST /v1/chat/completions}
   *
   * @param request the request; it is sent with {@code "deferred": true} added (the object itself is not changed)
   * @return the handle ({@link DeferredCompletion#requestId()}, {@code poll()}, {@code await(Duration)}, {@code awaitAsync()})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default DeferredCompletion defer(ChatRequest request) {
    return defer(request, RequestOptions.none());
  }

  /**
   * Starts a deferred chat completion and returns a handle to poll or await its result.
   * xAI hands a deferred result out once; the handle keeps it, so a second {@code await}
   * returns the same response instead of failing with 404. Polls go through this client
   * (retries, auth) and async awaits run on its threads.
   *
   * <p>{@code POST /v1/chat/completions}
   *
   * @param request the request; it is sent with {@code "deferred": true} added (the object itself is not changed)
   * @param options per-request options
   * @return the handle ({@link DeferredCompletion#requestId()}, {@code poll()}, {@code await(Duration)}, {@code awaitAsync()})
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  DeferredCompletion defer(ChatRequest request, RequestOptions options);

  /**
   * Async form of {@link #defer(ChatRequest)}.
   *
   * @param request the request; it is sent with {@code "deferred": true} added (the object itself is not changed)
   * @return a future completed with the handle ({@link DeferredCompletion#requestId()}, {@code poll()}, {@code await(Duration)}, {@code awaitAsync()}), or failed with the same exceptions
   */
  default CompletableFuture<DeferredCompletion> deferAsync(ChatRequest request) {
    return deferAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #defer(ChatRequest)}.
   *
   * @param request the request; it is sent with {@code "deferred": true} added (the object itself is not changed)
   * @param options per-request options
   * @return a future completed with the handle ({@link DeferredCompletion#requestId()}, {@code poll()}, {@code await(Duration)}, {@code awaitAsync()}), or failed with the same exceptions
   */
  CompletableFuture<DeferredCompletion> deferAsync(ChatRequest request, RequestOptions options);

  /**
   * A handle on a deferred completion started earlier, e.g. by another process; no request is
   * sent until it is polled.
   *
   * @param requestId the {@code request_id} returned when the deferred completion was started
   * @return the handle
   */
  DeferredCompletion deferred(String requestId);
}
