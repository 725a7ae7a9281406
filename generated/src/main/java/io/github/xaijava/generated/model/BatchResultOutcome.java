package io.github.xaijava.generated.model;

import java.util.Optional;

/**
 * {@link BatchResult}'s reading of its outcome, over its public accessors (the {@code helpers}
 * rule of {@code generated/shaping.json} attaches it). xAI's sources disagree on how a failed
 * request looks; all three reported shapes are read: {@code batch_result.error} as a string, as
 * an object with a code and a message, and a top-level {@code error_message}.
 */
interface BatchResultOutcome {

  Optional<BatchResultBody> batchResult();

  Optional<String> errorMessage();

  /**
   * Why the request failed, in whichever shape xAI sent it ({@code "code 3: message"} when it
   * sent a code with the message).
   *
   * @return the failure; empty when the request has an answer
   */
  default Optional<String> failure() {
    Optional<String> topLevel = errorMessage().filter(m -> !m.isEmpty());
    if (topLevel.isPresent()) {
      return topLevel;
    }
    Optional<BatchResultBodyError> error = batchResult().flatMap(BatchResultBody::error);
    if (error.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = error.get().text();
    if (text.isPresent()) {
      return text;
    }
    Optional<BatchError> coded = error.get().batchError();
    if (coded.isEmpty()) {
      return Optional.of("failed (an error this version cannot read)");
    }
    String message = coded.get().message().orElse("failed");
    return Optional.of(coded.get().code()
        .map(c -> "code " + c.number().map(String::valueOf).orElse(c.text().orElse("?")) + ": " + message)
        .orElse(message));
  }

  /** Whether the request has an answer and no failure. */
  default boolean succeeded() {
    return failure().isEmpty() && answer().isPresent();
  }

  /**
   * The answer, whatever its kind (a video's is {@code answer().flatMap(a -> a.videoGeneration())};
   * no shortcut names it here, as xAI's documents before videos have no video types); empty for a
   * failure or an answer xAI could not name.
   */
  default Optional<BatchResponseBody> answer() {
    return batchResult().flatMap(BatchResultBody::response).flatMap(BatchResultBodyResponse::batchResponseBody);
  }

  /**
   * The answer of a chat or responses request (xAI answers both as a chat completion).
   *
   * @return the completion; empty for another kind or a failure
   */
  default Optional<ChatResponse> chatCompletion() {
    return answer().flatMap(BatchResponseBody::chatGetCompletion);
  }

  /** The answer of an image generation or edit request; empty for another kind or a failure. */
  default Optional<GeneratedImageResponse> images() {
    return answer().flatMap(BatchResponseBody::imageGeneration);
  }
}
