package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.services.MessagesService;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.CompletableFuture;

/** {@link MessagesService} without blocking: {@code client.async().messages()}. */
public interface AsyncMessagesService {

  /** @see MessagesService#create(MessageRequest) */
  default CompletableFuture<MessageResponse> create(MessageRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see MessagesService#create(MessageRequest) */
  CompletableFuture<MessageResponse> create(MessageRequest request, RequestOptions options);

  /** @see MessagesService#stream(MessageRequest) */
  default StreamSubscription stream(MessageRequest request, StreamHandler<MessageEvent> handler) {
    return stream(request, RequestOptions.none(), handler);
  }

  /** @see MessagesService#stream(MessageRequest) */
  StreamSubscription stream(MessageRequest request, RequestOptions options,
      StreamHandler<MessageEvent> handler);
}
