package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.streaming.MessageStream;

/**
 * The Anthropic-compatible Messages API ({@code POST /v1/messages}; deprecated by xAI in favour
 * of the Responses API). Reached with {@code client.messages()}; without blocking,
 * {@code client.async().messages()}. Errors as in {@link ChatService}. Thread-safe.
 */
public interface MessagesService {

  /** Creates a message and waits for it. */
  default MessageResponse create(MessageRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see #create(MessageRequest) */
  MessageResponse create(MessageRequest request, RequestOptions options);

  /** Streams a message as Anthropic-style events; close the stream when done. */
  default MessageStream stream(MessageRequest request) {
    return stream(request, RequestOptions.none());
  }

  /** @see #stream(MessageRequest) */
  MessageStream stream(MessageRequest request, RequestOptions options);
}
