package io.github.xaijava.generated.model;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ModelRequest}'s conversation kept on the client, with nothing stored at xAI, over its
 * public accessors (the {@code helpers} rule of {@code generated/shaping.json} attaches it).
 *
 * <pre>{@code
 * ModelRequest turn = ModelRequest.builder().model("grok-4").input("Pick a number.").build().stateless();
 * ModelResponse first = client.responses().create(turn);
 * ModelResponse second = client.responses().create(turn.nextTurn(first, "Double it."));
 * }</pre>
 */
interface ModelRequestTurns {

  /** What {@code include} asks for to carry reasoning from turn to turn without storage. */
  String ENCRYPTED_REASONING = "reasoning.encrypted_content";

  ModelInput input();

  List<String> include();

  ModelRequest.Builder toBuilder();

  /**
   * This request with nothing stored at xAI ({@code store: false}) and its reasoning returned
   * encrypted ({@code include} gains {@value #ENCRYPTED_REASONING}), so that {@link #nextTurn}
   * can hand it back.
   */
  default ModelRequest stateless() {
    ModelRequest.Builder builder = toBuilder().store(false);
    if (!include().contains(ENCRYPTED_REASONING)) {
      builder.addInclude(ENCRYPTED_REASONING);
    }
    return builder.build();
  }

  /**
   * This request's input as items: a text input is one user message.
   *
   * @throws IllegalArgumentException if the input is a form this version does not know
   */
  default List<ModelInputPart> inputItems() {
    return input().accept(new ModelInput.Visitor<>() {
      @Override
      public List<ModelInputPart> visitText(String text) {
        return List.of(InputMessage.builder().role("user").content(text).build());
      }

      @Override
      public List<ModelInputPart> visitItems(List<ModelInputPart> items) {
        return items;
      }

      @Override
      public List<ModelInputPart> visitUnknown(com.google.gson.JsonElement json) {
        throw new IllegalArgumentException("cannot continue an input this version does not know: "
            + json);
      }
    });
  }

  /**
   * The next request of the conversation, stateless: this request's input, then everything
   * {@code answer} output (its messages, and its reasoning encrypted, when asked for), then a user
   * message with {@code userText}. Nothing refers to stored state ({@code previous_response_id}
   * is cleared), so it works with {@code store: false}.
   *
   * @throws IllegalArgumentException if this request's input is a form this version does not know
   */
  default ModelRequest nextTurn(ModelResponse answer, String userText) {
    List<ModelInputPart> input = new ArrayList<>(inputItems());
    input.addAll(answer.output());
    input.add(InputMessage.builder().role("user").content(userText).build());
    return toBuilder().input(input).previousResponseId(null).build();
  }
}
