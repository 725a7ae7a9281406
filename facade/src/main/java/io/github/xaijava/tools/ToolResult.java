package io.github.xaijava.tools;

import java.util.Objects;
import java.util.Optional;

/**
 * What one tool call returned: the output text sent back to the model, and the failure when the
 * handler threw, the arguments did not fit, or the tool was unknown (then the output is
 * {@code {"error":"..."}}).
 */
public final class ToolResult {

  private final String callId;
  private final String name;
  private final String arguments;
  private final String output;
  private final Throwable failure;

  private ToolResult(String callId, String name, String arguments, String output,
      Throwable failure) {
    this.callId = callId;
    this.name = name;
    this.arguments = arguments;
    this.output = output;
    this.failure = failure;
  }

  static ToolResult succeeded(String callId, String name, String arguments, String output) {
    return new ToolResult(callId, name, arguments, output, null);
  }

  static ToolResult failed(String callId, String name, String arguments, Throwable failure) {
    return new ToolResult(callId, name, arguments, Toolbox.errorText(failure),
        Objects.requireNonNull(failure));
  }

  /** The id of the call this answers. */
  public String callId() {
    return callId;
  }

  /** The function the model named. */
  public String name() {
    return name;
  }

  /** The arguments as the model sent them (JSON text). */
  public String arguments() {
    return arguments;
  }

  /** The text sent back to the model. */
  public String output() {
    return output;
  }

  /** Why the call failed; empty when the handler returned. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the output is an error result. */
  public boolean isError() {
    return failure != null;
  }

  @Override
  public String toString() {
    return "ToolResult[" + name + " " + callId + (failure == null ? "" : ", error") + "]";
  }
}
