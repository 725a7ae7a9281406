package io.github.xaijava.internal.services;

import io.github.xaijava.generated.model.ChatFunctionTool;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.FunctionTool;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.generated.model.Tool;
import io.github.xaijava.internal.tools.ChatTurns;
import io.github.xaijava.internal.tools.ResponseTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.Toolbox;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Not API. The tool loop per API, named by the {@code tools} rules of
 * {@code generated/shaping.json}: the loop's view of the API's turns, and how a toolbox's
 * functions join a request's own tools.
 */
final class ToolCalls<Q, R, I, T> {

  /** Chat completions: function tools in {@code tools}, results as tool messages. */
  static final ToolCalls<ChatRequest, ChatResponse, Message, Tool> CHAT = new ToolCalls<>(
      ChatTurns.INSTANCE, ChatRequest::tools, Toolbox::chatTools,
      tool -> tool instanceof ChatFunctionTool f ? f.function().name() : null,
      (request, tools) -> request.toBuilder().tools(tools).build());

  /** Responses: function tools in {@code tools}, results as function call outputs. */
  static final ToolCalls<ModelRequest, ModelResponse, ModelInputPart, ModelTool> RESPONSES =
      new ToolCalls<>(ResponseTurns.INSTANCE, ModelRequest::tools, Toolbox::responsesTools,
          tool -> tool instanceof FunctionTool f ? f.name() : null,
          (request, tools) -> request.toBuilder().tools(tools).build());

  private final ToolLoop.Turns<Q, R, I> turns;
  private final Function<Q, List<T>> own;
  private final Function<Toolbox, List<T>> offered;
  private final Function<T, String> functionName;
  private final java.util.function.BiFunction<Q, List<T>, Q> withTools;

  private ToolCalls(ToolLoop.Turns<Q, R, I> turns, Function<Q, List<T>> own,
      Function<Toolbox, List<T>> offered, Function<T, String> functionName,
      java.util.function.BiFunction<Q, List<T>, Q> withTools) {
    this.turns = turns;
    this.own = own;
    this.offered = offered;
    this.functionName = functionName;
    this.withTools = withTools;
  }

  ToolLoop<Q, R, I> loop(Toolbox toolbox, ToolLoopOptions<? super R> options) {
    return new ToolLoop<>(turns, toolbox, options);
  }

  /** The request as the loop sends it: its own tools, then the toolbox's not named already. */
  Q withTools(Q request, Toolbox toolbox) {
    List<T> tools = new ArrayList<>(own.apply(request));
    List<String> named = new ArrayList<>();
    for (T tool : tools) {
      String name = functionName.apply(tool);
      if (name != null) {
        named.add(name);
      }
    }
    for (T tool : offered.apply(toolbox)) {
      if (!named.contains(functionName.apply(tool))) {
        tools.add(tool);
      }
    }
    return withTools.apply(request, tools);
  }
}
