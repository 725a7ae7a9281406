package io.github.xaijava.tools;

import java.util.List;

/**
 * How a tool loop ended: the model's final answer (one without tool calls), the conversation
 * that led to it, ready to continue, and every round of tool calls.
 *
 * @param <R> the response type ({@code ChatResponse} or {@code ModelResponse})
 * @param <I> the conversation's item type ({@code Message} for chat, {@code ModelInputPart} for
 *     the responses API)
 */
public final class ToolLoopResult<R, I> {

  private final R response;
  private final List<I> conversation;
  private final List<ToolRound<R>> rounds;

  /**
   * @param response the final answer
   * @param conversation the request's items, each round's calls and results, and the answer
   * @param rounds the rounds of tool calls
   */
  public ToolLoopResult(R response, List<I> conversation, List<ToolRound<R>> rounds) {
    this.response = response;
    this.conversation = List.copyOf(conversation);
    this.rounds = List.copyOf(rounds);
  }

  /** The final answer: the first response that asked for no tool. */
  public R response() {
    return response;
  }

  /**
   * The conversation: the request's messages (or input items), then per round the model's calls
   * and the results, and last the final answer; add a user message to continue.
   */
  public List<I> conversation() {
    return conversation;
  }

  /** The rounds of tool calls, in order; empty when the model answered at once. */
  public List<ToolRound<R>> rounds() {
    return rounds;
  }

  @Override
  public String toString() {
    return "ToolLoopResult[rounds=" + rounds.size() + ", response=" + response + "]";
  }
}
