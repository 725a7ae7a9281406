package io.github.xaijava.internal.tools;

import io.github.xaijava.generated.model.FunctionToolCall;
import io.github.xaijava.generated.model.FunctionToolCallOutput;
import io.github.xaijava.generated.model.InputMessage;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.tools.ToolResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Not API. The responses API to the tool loop: function calls out, their outputs in. A stored
 * response is continued by {@code previous_response_id} (only the outputs are sent again); with
 * {@code store: false} the whole conversation is sent each round.
 */
public final class ResponseTurns
    implements ToolLoop.Turns<ModelRequest, ModelResponse, ModelInputPart> {

  public static final ResponseTurns INSTANCE = new ResponseTurns();

  private ResponseTurns() {
  }

  @Override
  public List<ToolLoop.Call> calls(ModelResponse response) {
    List<ToolLoop.Call> calls = new ArrayList<>();
    for (FunctionToolCall call : response.functionCalls()) {
      calls.add(new ToolLoop.Call(call.callId(), call.name(), call.arguments()));
    }
    return calls;
  }

  @Override
  public List<ModelInputPart> items(ModelRequest request) {
    return request.inputItems();
  }

  @Override
  public List<ModelInputPart> answer(ModelResponse response) {
    return new ArrayList<>(response.output());
  }

  @Override
  public List<ModelInputPart> results(List<ToolResult> results) {
    List<ModelInputPart> items = new ArrayList<>();
    for (ToolResult result : results) {
      items.add(FunctionToolCallOutput.builder().callId(result.callId()).output(result.output())
          .build());
    }
    return items;
  }

  @Override
  public ModelRequest next(ModelRequest request, ModelResponse response,
      List<ModelInputPart> conversation, List<ModelInputPart> results) {
    if (request.store().orElse(true)) {
      return request.toBuilder().previousResponseId(response.id()).input(results).build();
    }
    List<ModelInputPart> input = new ArrayList<>(conversation);
    input.addAll(results);
    return request.toBuilder().input(input).build();
  }
}
