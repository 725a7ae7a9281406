package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * The Anthropic-compatible Messages API ({@code /v1/messages}; deprecated by xAI, kept for migration).
 *
 * <p>Reached with {@code client.messages()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface MessagesService {

  /**
   * Creates a message and waits for it.
   *
   * <p>{@code POST /v1/messages}
   *
   * @param request the request
   * @return the message
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default MessageResponse create(MessageRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a message and waits for it.
   *
   * <p>{@code POST /v1/messages}
   *
   * @param request the request
   * @param options per-request options
   * @return the message
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  MessageResponse create(MessageRequest request, RequestOptions options);

  /**
   * Async form of {@link #create(MessageRequest)}.
   *
   * @param request the request
   * @return a future completed with the message, or failed with the same exceptions
   */
  default CompletableFuture<MessageResponse> createAsync(MessageRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Async form of {@link #create(MessageRequest)}.
   *
   * @param request the request
   * @param options per-request options
   * @return a future completed with the message, or failed with the same exceptions
   */
  CompletableFuture<MessageResponse> createAsync(MessageRequest request, RequestOptions options);
}
