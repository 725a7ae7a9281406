package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompactResponse;
import io.github.xaijava.generated.model.DeleteStoredCompletionResponse;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.services.ResponsesService;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.CompletableFuture;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;

/** {@link ResponsesService} without blocking: {@code client.async().responses()}. */
public interface AsyncResponsesService {

  /** @see ResponsesService#create(ModelRequest) */
  default CompletableFuture<ModelResponse> create(ModelRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see ResponsesService#create(ModelRequest) */
  CompletableFuture<ModelResponse> create(ModelRequest request, RequestOptions options);

  /** @see ResponsesService#stream(ModelRequest) */
  default StreamSubscription stream(ModelRequest request, StreamHandler<ResponseEvent> handler) {
    return stream(request, RequestOptions.none(), handler);
  }

  /** @see ResponsesService#stream(ModelRequest) */
  StreamSubscription stream(ModelRequest request, RequestOptions options,
      StreamHandler<ResponseEvent> handler);

  /** @see ResponsesService#parse(ModelRequest, Class) */
  default <T> CompletableFuture<Parsed<T, ModelResponse>> parse(ModelRequest request,
      Class<T> type) {
    return parse(request, type, RequestOptions.none());
  }

  /** @see ResponsesService#parse(ModelRequest, Class) */
  <T> CompletableFuture<Parsed<T, ModelResponse>> parse(ModelRequest request, Class<T> type,
      RequestOptions options);

  /** @see ResponsesService#runTools(ModelRequest, Toolbox) */
  default CompletableFuture<ToolLoopResult<ModelResponse, ModelInputPart>> runTools(
      ModelRequest request, Toolbox toolbox) {
    return runTools(request, toolbox, ToolLoopOptions.defaults());
  }

  /** @see ResponsesService#runTools(ModelRequest, Toolbox) */
  CompletableFuture<ToolLoopResult<ModelResponse, ModelInputPart>> runTools(ModelRequest request,
      Toolbox toolbox, ToolLoopOptions<? super ModelResponse> options);

  /** @see ResponsesService#retrieve(String) */
  default CompletableFuture<ModelResponse> retrieve(String responseId) {
    return retrieve(responseId, RequestOptions.none());
  }

  /** @see ResponsesService#retrieve(String) */
  CompletableFuture<ModelResponse> retrieve(String responseId, RequestOptions options);

  /** @see ResponsesService#delete(String) */
  default CompletableFuture<DeleteStoredCompletionResponse> delete(String responseId) {
    return delete(responseId, RequestOptions.none());
  }

  /** @see ResponsesService#delete(String) */
  CompletableFuture<DeleteStoredCompletionResponse> delete(String responseId,
      RequestOptions options);

  /** @see ResponsesService#compact(CompactRequest) */
  default CompletableFuture<CompactResponse> compact(CompactRequest request) {
    return compact(request, RequestOptions.none());
  }

  /** @see ResponsesService#compact(CompactRequest) */
  CompletableFuture<CompactResponse> compact(CompactRequest request, RequestOptions options);

  /** @see ResponsesService#inputItems(String) */
  default CompletableFuture<Page<ModelInputPart>> inputItems(String responseId) {
    return inputItems(responseId, CursorListParams.none(), RequestOptions.none());
  }

  /** @see ResponsesService#inputItems(String) */
  default CompletableFuture<Page<ModelInputPart>> inputItems(String responseId,
      CursorListParams params) {
    return inputItems(responseId, params, RequestOptions.none());
  }

  /** @see ResponsesService#inputItems(String) */
  CompletableFuture<Page<ModelInputPart>> inputItems(String responseId, CursorListParams params,
      RequestOptions options);
}
