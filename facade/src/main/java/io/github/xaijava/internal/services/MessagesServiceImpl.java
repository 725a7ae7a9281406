package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.MessagesApi;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.services.MessagesService;
import io.github.xaijava.streaming.MessageStream;

/** Not API. {@link MessagesService} over the generated {@link MessagesApi}. */
public final class MessagesServiceImpl implements MessagesService {

  private final ServiceContext context;
  private final MessagesApi api;

  public MessagesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(MessagesApi.class);
  }

  @Override
  public MessageResponse create(MessageRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "messages().stream(request)");
    return context.calls().json(api.createMessage(request), options);
  }

  @Override
  public MessageStream stream(MessageRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.streams().messages(context.calls().open(
        api.createMessageStream(streaming(request)), options, Transport.Mode.STREAM));
  }

  static MessageRequest streaming(MessageRequest request) {
    return request.toBuilder().stream(true).build();
  }
}
