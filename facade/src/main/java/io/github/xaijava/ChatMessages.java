package io.github.xaijava;

import io.github.xaijava.generated.model.AssistantMessage;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.ContentPart;
import io.github.xaijava.generated.model.ImageUrl;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.SystemMessage;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.ToolMessage;
import io.github.xaijava.generated.model.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shortcuts for the most common chat messages, returning the generated {@link Message} union.
 *
 * <pre>{@code
 * new ChatRequest().model("grok-4").messages(List.of(
 *     ChatMessages.system("Be brief."), ChatMessages.user("Hi")));
 * }</pre>
 *
 * <p>A tool round trip: send the model's answer back with {@link #assistant(ChoiceMessage)},
 * then one {@link #tool(String, String)} result per call.
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

  /**
   * A user message with text and one image (vision models).
   *
   * @param text what the user says about the image
   * @param imageUrl an {@code https://} URL or a {@code data:image/...;base64,} URL
   * @return the message
   */
  public static Message userWithImage(String text, String imageUrl) {
    List<ContentPart> parts = List.of(
        new ContentPart().type("text").text(Objects.requireNonNull(text, "text")),
        new ContentPart().type("image_url")
            .imageUrl(new ImageUrl().url(Objects.requireNonNull(imageUrl, "imageUrl"))));
    return Message.ofUserMessage(new UserMessage().content(Content.ofListContentPart(parts)));
  }

  /**
   * The model's answer as an assistant message, tool calls included, to send back in the
   * conversation (as a tool loop must before the tool results).
   *
   * @param answer {@code response.getChoices().get(i).getMessage()}
   * @return the message
   */
  public static Message assistant(ChoiceMessage answer) {
    Objects.requireNonNull(answer, "answer");
    AssistantMessage message = new AssistantMessage();
    if (answer.getContent() != null) {
      message.content(Content.ofString(answer.getContent()));
    }
    if (answer.getToolCalls() != null && !answer.getToolCalls().isEmpty()) {
      List<ToolCall> calls = new ArrayList<>();
      for (ToolCall call : answer.getToolCalls()) {
        // The index only orders streamed fragments; it is not part of a sent message.
        calls.add(new ToolCall().id(call.getId()).type(call.getType()).function(call.getFunction()));
      }
      message.toolCalls(calls);
    }
    return Message.ofAssistantMessage(message);
  }

  /**
   * The result of one tool call.
   *
   * @param toolCallId the {@code id} of the call it answers
   * @param result the tool's output as text (often JSON)
   * @return the message
   */
  public static Message tool(String toolCallId, String result) {
    return Message.ofToolMessage(new ToolMessage()
        .toolCallId(Objects.requireNonNull(toolCallId, "toolCallId"))
        .content(Content.ofString(Objects.requireNonNull(result, "result"))));
  }
}
