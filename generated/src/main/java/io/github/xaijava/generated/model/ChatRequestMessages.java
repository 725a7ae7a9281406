package io.github.xaijava.generated.model;

/**
 * {@link ChatRequest.Builder}'s shortcuts for the common messages, over its
 * {@code addMessage(Message)} (the {@code helpers} rule of {@code generated/shaping.json}
 * attaches it).
 *
 * @param <B> the builder
 */
interface ChatRequestMessages<B> {

  B addMessage(Message message);

  /** Appends a {@link SystemMessage} with {@code text} as its content. */
  default B addSystemMessage(String text) {
    return addMessage(SystemMessage.builder().content(text).build());
  }

  /** Appends a {@link UserMessage} with {@code text} as its content. */
  default B addUserMessage(String text) {
    return addMessage(UserMessage.builder().content(text).build());
  }

  /** Appends an {@link AssistantMessage} with {@code text} as its content (an earlier turn). */
  default B addAssistantMessage(String text) {
    return addMessage(AssistantMessage.builder().content(text).build());
  }

  /** Appends a {@link ToolMessage} answering the tool call {@code toolCallId} with {@code result}. */
  default B addToolResult(String toolCallId, String result) {
    return addMessage(ToolMessage.builder().toolCallId(toolCallId).content(result).build());
  }
}
