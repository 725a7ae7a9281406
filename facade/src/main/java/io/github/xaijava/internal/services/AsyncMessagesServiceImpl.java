package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.MessagesApi;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.services.async.AsyncMessagesService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncMessagesService} over the generated {@link MessagesApi}. */
public final class AsyncMessagesServiceImpl implements AsyncMessagesService {

  private final ServiceContext context;
  private final MessagesApi api;

  public AsyncMessagesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(MessagesApi.class);
  }

  @Override
  public CompletableFuture<MessageResponse> create(MessageRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "messages().stream(request)");
    return context.calls().jsonAsync(api.createMessage(request), options);
  }

  @Override
  public StreamSubscription stream(MessageRequest request, RequestOptions options,
      StreamHandler<MessageEvent> handler) {
    Args.required(request, "request");
    return context.streams().subscribe(context.calls().openAsync(
            api.createMessageStream(MessagesServiceImpl.streaming(request)), options,
            Transport.Mode.STREAM),
        context.streams()::messages, handler, context.calls().callbacks());
  }
}
