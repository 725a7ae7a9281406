package io.github.xaijava.internal.services;

import io.github.xaijava.internal.tools.ResponseTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.structured.ResponseFormats;
import java.util.ArrayList;
import java.util.List;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ResponsesApi;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompactResponse;
import io.github.xaijava.generated.model.DeleteStoredCompletionResponse;
import io.github.xaijava.generated.model.ListInputItemsResponse;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.SortOrder;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.pagination.HasMoreCursor;
import io.github.xaijava.internal.pagination.PageSource;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.services.ResponsesService;
import io.github.xaijava.streaming.ResponseStream;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link ResponsesService} over the generated {@link ResponsesApi}. */
public final class ResponsesServiceImpl implements ResponsesService {

  private final ServiceContext context;
  private final ResponsesApi api;

  public ResponsesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ResponsesApi.class);
  }

  @Override
  public ModelResponse create(ModelRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "responses().stream(request)");
    return context.calls().json(api.createResponse(request), options);
  }

  @Override
  public ResponseStream stream(ModelRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.streams().responses(context.calls().open(
        api.createResponseStream(streaming(request)), options, Transport.Mode.STREAM));
  }

  @Override
  public ModelResponse retrieve(String responseId, RequestOptions options) {
    Args.id(responseId, "responseId");
    return context.calls().json(api.getResponse(responseId), options);
  }

  @Override
  public DeleteStoredCompletionResponse delete(String responseId, RequestOptions options) {
    Args.id(responseId, "responseId");
    return context.calls().json(api.deleteResponse(responseId), options);
  }

  @Override
  public CompactResponse compact(CompactRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.compactResponse(request), options);
  }

  @Override
  public Page<ModelInputPart> inputItems(String responseId, CursorListParams params,
      RequestOptions options) {
    Args.id(responseId, "responseId");
    return CursorPage.first(inputItemsSource(context, api, responseId, params, options),
        HasMoreCursor.inputItems());
  }

  @Override
  public <T> Parsed<T, ModelResponse> parse(ModelRequest request, Class<T> type,
      RequestOptions options) {
    Args.required(request, "request");
    Args.required(type, "type");
    return Parsed.ofResponse(create(structured(request, type), options), type);
  }

  @Override
  public ToolLoopResult<ModelResponse, ModelInputPart> runTools(ModelRequest request,
      Toolbox toolbox, ToolLoopOptions<? super ModelResponse> options) {
    Args.required(request, "request");
    Args.required(toolbox, "toolbox");
    return new ToolLoop<>(ResponseTurns.INSTANCE, toolbox, options)
        .run(withTools(request, toolbox), next -> create(next, options.requestOptions()));
  }

  /** The request as sent to parse: {@code text.format} from {@code type}'s schema. */
  static ModelRequest structured(ModelRequest request, Class<?> type) {
    return request.toBuilder().text(ResponseFormats.responsesJsonSchema(type)).build();
  }

  /** The request as sent by a tool loop: its own tools, then the toolbox's not named already. */
  static ModelRequest withTools(ModelRequest request, Toolbox toolbox) {
    List<ModelTool> tools = new ArrayList<>(request.tools());
    List<String> named = new ArrayList<>();
    for (ModelTool tool : tools) {
      if (tool instanceof io.github.xaijava.generated.model.FunctionTool function) {
        named.add(function.name());
      }
    }
    for (ModelTool tool : toolbox.responsesTools()) {
      if (!named.contains(((io.github.xaijava.generated.model.FunctionTool) tool).name())) {
        tools.add(tool);
      }
    }
    return request.toBuilder().tools(tools).build();
  }

  static ModelRequest streaming(ModelRequest request) {
    return request.toBuilder().stream(true).build();
  }

  /** Pages of {@code GET /v1/responses/{id}/input_items}, the caller's parameters on each. */
  static PageSource<ListInputItemsResponse> inputItemsSource(ServiceContext context,
      ResponsesApi api, String responseId, CursorListParams params, RequestOptions options) {
    Integer limit = params.limit().isPresent() ? params.limit().getAsInt() : null;
    SortOrder order = params.order().map(o -> SortOrder.of(o.wireValue())).orElse(null);
    return new PageSource<>() {
      @Override
      public ListInputItemsResponse fetch(String cursor) {
        return context.calls().json(api.listResponseInputItems(responseId, limit, order, cursor),
            options);
      }

      @Override
      public CompletableFuture<ListInputItemsResponse> fetchAsync(String cursor) {
        return context.calls().jsonAsync(
            api.listResponseInputItems(responseId, limit, order, cursor), options);
      }
    };
  }
}
