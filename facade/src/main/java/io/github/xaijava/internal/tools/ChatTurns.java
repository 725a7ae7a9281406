package io.github.xaijava.internal.tools;

import io.github.xaijava.generated.model.AssistantMessage;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.ToolMessage;
import io.github.xaijava.tools.ToolResult;
import java.util.ArrayList;
import java.util.List;

/** Not API. Chat completions to the tool loop: messages in, tool calls out. */
public final class ChatTurns implements ToolLoop.Turns<ChatRequest, ChatResponse, Message> {

  public static final ChatTurns INSTANCE = new ChatTurns();

  private ChatTurns() {
  }

  @Override
  public List<ToolLoop.Call> calls(ChatResponse response) {
    List<ToolLoop.Call> calls = new ArrayList<>();
    for (ToolCall call : response.toolCalls()) {
      calls.add(new ToolLoop.Call(call.id(), call.function().name(), call.function().arguments()));
    }
    return calls;
  }

  @Override
  public List<Message> items(ChatRequest request) {
    return request.messages();
  }

  @Override
  public List<Message> answer(ChatResponse response) {
    if (response.choices().isEmpty()) {
      return List.of();
    }
    ChoiceMessage message = response.choices().get(0).message();
    AssistantMessage.Builder assistant = AssistantMessage.builder();
    message.content().ifPresent(assistant::content);
    if (!message.toolCalls().isEmpty()) {
      assistant.toolCalls(message.toolCalls());
    }
    return List.of(assistant.build());
  }

  @Override
  public List<Message> results(List<ToolResult> results) {
    List<Message> messages = new ArrayList<>();
    for (ToolResult result : results) {
      messages.add(ToolMessage.builder().toolCallId(result.callId()).content(result.output()).build());
    }
    return messages;
  }

  @Override
  public ChatRequest next(ChatRequest request, ChatResponse response, List<Message> conversation,
      List<Message> results) {
    List<Message> messages = new ArrayList<>(conversation);
    messages.addAll(results);
    return request.toBuilder().messages(messages).build();
  }
}
