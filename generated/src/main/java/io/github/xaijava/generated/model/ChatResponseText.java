package io.github.xaijava.generated.model;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.List;

/**
 * {@link ChatResponse}'s shortcuts to its first choice's message, over its public accessors
 * (the {@code helpers} rule of {@code generated/shaping.json} attaches it).
 */
interface ChatResponseText {

  List<Choice> choices();

  /**
   * The text of the first choice's message, or {@code ""} when there is none (no choices, or a
   * message that only calls tools).
   */
  default String text() {
    ChoiceMessage message = firstMessage();
    return message == null ? "" : message.content().orElse("");
  }

  /** The reasoning text of the first choice's message, or {@code ""} (most models send none). */
  default String reasoningText() {
    ChoiceMessage message = firstMessage();
    return message == null ? "" : message.reasoningContent().orElse("");
  }

  /** The tool calls of the first choice's message; empty when the model answered in text. */
  default List<ToolCall> toolCalls() {
    ChoiceMessage message = firstMessage();
    return message == null ? List.of() : message.toolCalls();
  }

  /** Whether the first choice's message asks for tool calls. */
  default boolean hasToolCalls() {
    return !toolCalls().isEmpty();
  }

  private ChoiceMessage firstMessage() {
    List<Choice> choices = choices();
    if (choices.isEmpty()) {
      return null;
    }
    try {
      return choices.get(0).message();
    } catch (MissingPropertyException absent) {
      return null;
    }
  }
}
