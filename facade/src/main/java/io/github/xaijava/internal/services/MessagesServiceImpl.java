package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.MessagesApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.MessagesService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. MessagesService over the generated {@link MessagesApi} and {@link HttpCore}. */
public final class MessagesServiceImpl implements MessagesService {

  private final HttpCore core;
  private final MessagesApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public MessagesServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(MessagesApi.class);
  }

  @Override
  public MessageResponse create(MessageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createMessage(request), options);
  }

  @Override
  public CompletableFuture<MessageResponse> createAsync(MessageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> create(request, options));
  }
}
