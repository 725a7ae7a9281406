package io.github.xaijava;

import io.github.xaijava.generated.model.AssistantMessage;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.SystemMessage;
import io.github.xaijava.generated.model.UserMessage;

/**
 * Shortcuts for the most common chat messages, returning the generated {@link Message} union.
 *
 * <pre>{@code
 * new ChatRequest().model("grok-4").messages(List.of(
 *     ChatMessages.system("Be brief."), ChatMessages.user("Hi")));
 * }</pre>
 */
public final class ChatMessages {

  private ChatMessages() {
  }

  /**
   * A system message with text content.
   *
   * @param text the instructions
   * @return the message
   */
  public static Message system(String text) {
    return Message.ofSystemMessage(new SystemMessage().content(Content.ofString(text)));
  }

  /**
   * A user message with text content.
   *
   * @param text what the user says
   * @return the message
   */
  public static Message user(String text) {
    return Message.ofUserMessage(new UserMessage().content(Content.ofString(text)));
  }

  /**
   * An assistant message with text content (for replaying a conversation).
   *
   * @param text what the assistant said
   * @return the message
   */
  public static Message assistant(String text) {
    return Message.ofAssistantMessage(new AssistantMessage().content(Content.ofString(text)));
  }
}
