package io.github.xaijava.errors;

import java.util.List;

/**
 * A tool loop ran its maximum number of rounds and the model still asked for tools. The
 * conversation so far is kept, so a caller can inspect it or continue by hand.
 */
public final class ToolLoopLimitException extends XaiException {

  private static final long serialVersionUID = 1L;

  private final int rounds;
  private final transient List<?> conversation;

  /**
   * @param rounds the rounds that ran
   * @param conversation the conversation so far ({@code Message} or {@code ModelInputPart} items)
   */
  public ToolLoopLimitException(int rounds, List<?> conversation) {
    super("the model still asked for tools after " + rounds + " round" + (rounds == 1 ? "" : "s")
        + " (ToolLoopOptions.maxRounds)");
    this.rounds = rounds;
    this.conversation = List.copyOf(conversation);
  }

  /** The rounds that ran. */
  public int rounds() {
    return rounds;
  }

  /** The conversation so far: the request's items and every round's calls and results. */
  public List<?> conversation() {
    return conversation;
  }
}
