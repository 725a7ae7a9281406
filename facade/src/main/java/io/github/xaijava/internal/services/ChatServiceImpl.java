package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ChatApi;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.Tool;
import io.github.xaijava.generated.model.StartDeferredChatResponse;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.jobs.DeferredCompletionImpl;
import io.github.xaijava.internal.tools.ChatTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.services.ChatService;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.structured.ResponseFormats;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import java.util.ArrayList;
import java.util.List;

/** Not API. {@link ChatService} over the generated {@link ChatApi}. */
public final class ChatServiceImpl implements ChatService {

  private final ServiceContext context;
  private final ChatApi api;

  public ChatServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ChatApi.class);
  }

  @Override
  public ChatResponse create(ChatRequest request, RequestOptions options) {
    Args.required(request, "request");
    Args.wholeAnswer(request.stream(), "stream", "chat().stream(request)");
    Args.wholeAnswer(request.deferred(), "deferred", "chat().startDeferred(request)");
    return context.calls().json(api.createChatCompletion(request), options);
  }

  @Override
  public ChatStream stream(ChatRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.streams().chat(context.calls().open(
        api.createChatCompletionStream(streaming(request)), options, Transport.Mode.STREAM));
  }

  @Override
  public <T> Parsed<T, ChatResponse> parse(ChatRequest request, Class<T> type,
      RequestOptions options) {
    Args.required(request, "request");
    Args.required(type, "type");
    return Parsed.ofChat(create(structured(request, type), options), type);
  }

  @Override
  public ToolLoopResult<ChatResponse, Message> runTools(ChatRequest request, Toolbox toolbox,
      ToolLoopOptions<? super ChatResponse> options) {
    Args.required(request, "request");
    Args.required(toolbox, "toolbox");
    return new ToolLoop<>(ChatTurns.INSTANCE, toolbox, options)
        .run(withTools(request, toolbox), next -> create(next, options.requestOptions()));
  }

  @Override
  public DeferredCompletion startDeferred(ChatRequest request, RequestOptions options) {
    Args.required(request, "request");
    StartDeferredChatResponse started = context.calls().json(
        api.createChatCompletion(deferred(request)), StartDeferredChatResponse.class, options);
    return deferredCompletion(context, api, started.requestId(),
        ServiceContext.forPolls(options));
  }

  @Override
  public DeferredCompletion resumeDeferred(String requestId) {
    Args.id(requestId, "requestId");
    return deferredCompletion(context, api, requestId, RequestOptions.none());
  }

  /** The request as sent to stream: {@code "stream": true}. */
  static ChatRequest streaming(ChatRequest request) {
    return request.toBuilder().stream(true).build();
  }

  /** The request as sent to parse: {@code response_format} from {@code type}'s schema. */
  static ChatRequest structured(ChatRequest request, Class<?> type) {
    return request.toBuilder().responseFormat(ResponseFormats.jsonSchema(type)).build();
  }

  /** The request as sent by a tool loop: its own tools, then the toolbox's not named already. */
  static ChatRequest withTools(ChatRequest request, Toolbox toolbox) {
    List<Tool> tools = new ArrayList<>(request.tools());
    List<String> named = new ArrayList<>();
    for (Tool tool : tools) {
      if (tool instanceof io.github.xaijava.generated.model.ChatFunctionTool function) {
        named.add(function.function().name());
      }
    }
    for (Tool tool : toolbox.chatTools()) {
      String name = ((io.github.xaijava.generated.model.ChatFunctionTool) tool).function().name();
      if (!named.contains(name)) {
        tools.add(tool);
      }
    }
    return request.toBuilder().tools(tools).build();
  }

  /** The request as sent to defer: {@code "deferred": true}. */
  static ChatRequest deferred(ChatRequest request) {
    return request.toBuilder().deferred(true).build();
  }

  /** A handle whose polls are {@code GET /v1/chat/deferred-completion/{id}} through the client. */
  static DeferredCompletion deferredCompletion(ServiceContext context, ChatApi api,
      String requestId, RequestOptions polls) {
    return new DeferredCompletionImpl(requestId,
        () -> context.calls().pending(api.getDeferredChatCompletion(requestId), polls),
        () -> context.calls().pendingAsync(api.getDeferredChatCompletion(requestId), polls),
        context.poller());
  }
}
