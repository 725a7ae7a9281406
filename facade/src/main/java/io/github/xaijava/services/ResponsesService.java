package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompactResponse;
import io.github.xaijava.generated.model.DeleteStoredCompletionResponse;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;

/**
 * The Responses API ({@code /v1/responses}), which xAI recommends over chat completions:
 * responses are stored (unless {@code store} is false) and a conversation goes on with
 * {@code previous_response_id}. Reached with {@code client.responses()}; without blocking,
 * {@code client.async().responses()}. Errors as in {@link ChatService}. Thread-safe.
 *
 * <pre>{@code
 * ModelResponse r = client.responses().create(ModelRequest.builder()
 *     .model("grok-4")
 *     .input("Hello")
 *     .build());
 * System.out.println(r.outputText());
 * }</pre>
 */
public interface ResponsesService {

  /** Creates a response and waits for it ({@code POST /v1/responses}). */
  default ModelResponse create(ModelRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see #create(ModelRequest) */
  ModelResponse create(ModelRequest request, RequestOptions options);

  /**
   * Streams a response as typed events (sent with {@code "stream": true}); close the stream when
   * done. See {@link io.github.xaijava.streaming.ResponseStream}.
   */
  default ResponseStream stream(ModelRequest request) {
    return stream(request, RequestOptions.none());
  }

  /** @see #stream(ModelRequest) */
  ResponseStream stream(ModelRequest request, RequestOptions options);

  /**
   * Structured output: asks for JSON that fits {@code type}'s schema (the request's
   * {@code text.format} is set from {@code type}) and reads the output text into a {@code T}.
   * Errors as in {@link ChatService#parse(io.github.xaijava.generated.model.ChatRequest, Class)}.
   */
  default <T> Parsed<T, ModelResponse> parse(ModelRequest request, Class<T> type) {
    return parse(request, type, RequestOptions.none());
  }

  /** @see #parse(ModelRequest, Class) */
  <T> Parsed<T, ModelResponse> parse(ModelRequest request, Class<T> type, RequestOptions options);

  /**
   * The tool loop of the responses API, as
   * {@link ChatService#runTools(io.github.xaijava.generated.model.ChatRequest, Toolbox)}: a stored
   * response is continued with {@code previous_response_id} and the function outputs; with
   * {@code store(false)} the whole conversation is sent each round. Server-side tools in the
   * request (web search, X search, code execution) run at xAI as usual.
   */
  default ToolLoopResult<ModelResponse, ModelInputPart> runTools(ModelRequest request,
      Toolbox toolbox) {
    return runTools(request, toolbox, ToolLoopOptions.defaults());
  }

  /** @see #runTools(ModelRequest, Toolbox) */
  ToolLoopResult<ModelResponse, ModelInputPart> runTools(ModelRequest request, Toolbox toolbox,
      ToolLoopOptions<? super ModelResponse> options);

  /** A stored response ({@code GET /v1/responses/{id}}). */
  default ModelResponse retrieve(String responseId) {
    return retrieve(responseId, RequestOptions.none());
  }

  /** @see #retrieve(String) */
  ModelResponse retrieve(String responseId, RequestOptions options);

  /** Deletes a stored response ({@code DELETE /v1/responses/{id}}). */
  default DeleteStoredCompletionResponse delete(String responseId) {
    return delete(responseId, RequestOptions.none());
  }

  /** @see #delete(String) */
  DeleteStoredCompletionResponse delete(String responseId, RequestOptions options);

  /** Compacts a conversation into fewer input items ({@code POST /v1/responses/compact}). */
  default CompactResponse compact(CompactRequest request) {
    return compact(request, RequestOptions.none());
  }

  /** @see #compact(CompactRequest) */
  CompactResponse compact(CompactRequest request, RequestOptions options);

  /**
   * The first page of a stored response's input items
   * ({@code GET /v1/responses/{id}/input_items}); {@code autoPager()} walks them all.
   */
  default Page<ModelInputPart> inputItems(String responseId) {
    return inputItems(responseId, CursorListParams.none(), RequestOptions.none());
  }

  /** @see #inputItems(String) */
  default Page<ModelInputPart> inputItems(String responseId, CursorListParams params) {
    return inputItems(responseId, params, RequestOptions.none());
  }

  /** @see #inputItems(String) */
  Page<ModelInputPart> inputItems(String responseId, CursorListParams params,
      RequestOptions options);
}
