package io.github.xaijava.generated.model;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.List;

/**
 * {@link ChatResponseChunk}'s shortcuts to its first choice's delta, over its public accessors
 * (the {@code helpers} rule of {@code generated/shaping.json} attaches it).
 */
interface ChatChunkText {

  List<ChoiceChunk> choices();

  /**
   * The content fragment of the first choice in this chunk, or {@code ""} (a role-only,
   * reasoning, tool-call, finish or usage chunk).
   */
  default String deltaText() {
    Delta delta = firstDelta();
    return delta == null ? "" : delta.content().orElse("");
  }

  /** The reasoning fragment of the first choice in this chunk, or {@code ""}. */
  default String deltaReasoning() {
    Delta delta = firstDelta();
    return delta == null ? "" : delta.reasoningContent().orElse("");
  }

  private Delta firstDelta() {
    List<ChoiceChunk> choices = choices();
    if (choices.isEmpty()) {
      return null;
    }
    try {
      return choices.get(0).delta();
    } catch (MissingPropertyException absent) {
      return null;
    }
  }
}
