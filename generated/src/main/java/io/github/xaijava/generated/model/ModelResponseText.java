package io.github.xaijava.generated.model;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link ModelResponse}'s shortcuts to its output, over its public accessors (the
 * {@code helpers} rule of {@code generated/shaping.json} attaches it).
 */
interface ModelResponseText {

  List<ModelOutput> output();

  /**
   * The answer text: every {@code output_text} part of every output message, concatenated in
   * order; {@code ""} when the response has none (only tool calls, or still in progress).
   */
  default String outputText() {
    StringBuilder text = new StringBuilder();
    for (ModelOutput item : output()) {
      if (item instanceof OutputMessage message) {
        for (OutputMessageContent part : message.content()) {
          if (part instanceof OutputText t) {
            text.append(textOf(t));
          }
        }
      }
    }
    return text.toString();
  }

  /** The function calls the model asks the caller to run ({@code function_call} items), in order. */
  default List<FunctionToolCall> functionCalls() {
    List<FunctionToolCall> calls = new ArrayList<>();
    for (ModelOutput item : output()) {
      if (item instanceof FunctionToolCall call && "function_call".equals(typeOf(call))) {
        calls.add(call);
      }
    }
    return Collections.unmodifiableList(calls);
  }

  /** Whether the model asks the caller to run functions ({@link #functionCalls()} is not empty). */
  default boolean hasToolCalls() {
    return !functionCalls().isEmpty();
  }

  private static String textOf(OutputText part) {
    try {
      return part.text();
    } catch (MissingPropertyException absent) {
      return "";
    }
  }

  private static String typeOf(FunctionToolCall call) {
    try {
      return call.type();
    } catch (MissingPropertyException absent) {
      return null;
    }
  }
}
