package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ResponsesApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.pagination.ListSources;
import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.services.ResponsesService;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.streaming.*;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. ResponsesService over the generated {@link ResponsesApi} and {@link HttpCore}. */
public final class ResponsesServiceImpl implements ResponsesService {

  private final HttpCore core;
  private final ResponsesApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public ResponsesServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(ResponsesApi.class);
  }

  @Override
  public ModelResponse create(ModelRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.createResponse(request), options);
  }

  @Override
  public CompletableFuture<ModelResponse> createAsync(ModelRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> create(request, options));
  }

  @Override
  public ModelResponse retrieve(String responseId, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getResponse(responseId), options);
  }

  @Override
  public CompletableFuture<ModelResponse> retrieveAsync(String responseId, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(responseId, options));
  }

  @Override
  public DeleteStoredCompletionResponse delete(String responseId, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(options, "options");
    return core.call(api.deleteResponse(responseId), options);
  }

  @Override
  public CompletableFuture<DeleteStoredCompletionResponse> deleteAsync(String responseId, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> delete(responseId, options));
  }

  @Override
  public CompactResponse compact(CompactRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.compactResponse(request), options);
  }

  @Override
  public CompletableFuture<CompactResponse> compactAsync(CompactRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> compact(request, options));
  }

  @Override
  public Page<ModelInputPart> inputItems(
      String responseId, CursorListParams params, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.inputItems(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), responseId, params);
  }

  @Override
  public CompletableFuture<Page<ModelInputPart>> inputItemsAsync(
      String responseId, CursorListParams params, RequestOptions options) {
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.inputItemsAsync(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), responseId, params);
  }

  @Override
  public ResponseStream stream(ModelRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    var response = StreamingCalls.open(core,
        StreamingCalls.post(core, "v1/responses", request), options);
    return Streams.responses(response, () -> HttpCore.cancel(response), core.gson());
  }
}
