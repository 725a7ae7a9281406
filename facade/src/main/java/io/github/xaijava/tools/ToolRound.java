package io.github.xaijava.tools;

import java.util.List;

/**
 * One round of a tool loop: the response in which the model asked for tools, and what each call
 * returned (in the order the model asked). Passed to {@link ToolLoopOptions}' round hook.
 *
 * @param <R> the response type ({@code ChatResponse} or {@code ModelResponse})
 */
public final class ToolRound<R> {

  private final int number;
  private final R response;
  private final List<ToolResult> results;

  /**
   * @param number the round, from 1
   * @param response the response that asked for the calls
   * @param results what each call returned
   */
  public ToolRound(int number, R response, List<ToolResult> results) {
    this.number = number;
    this.response = response;
    this.results = List.copyOf(results);
  }

  /** The round, from 1. */
  public int number() {
    return number;
  }

  /** The response in which the model asked for the calls. */
  public R response() {
    return response;
  }

  /** What each call returned, in the order the model asked. */
  public List<ToolResult> results() {
    return results;
  }

  @Override
  public String toString() {
    return "ToolRound[" + number + ", " + results + "]";
  }
}
