package io.github.xaijava.streaming;

import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;

/**
 * One event of a streamed response ({@code POST /v1/responses} with {@code "stream": true}),
 * typed by its {@code type} field.
 *
 * <pre>{@code
 * for (ResponseEvent event : stream) {
 *   if (event instanceof ResponseEvent.OutputTextDelta text) {
 *     System.out.print(text.delta());
 *   }
 * }
 * }</pre>
 *
 * <p>Every event keeps its {@link #type()}, {@link #sequenceNumber()} and whole JSON
 * ({@link #json()}), so fields this version does not model stay reachable. A {@code type} this
 * version does not know arrives as {@link Unknown}, never as an error; new xAI event types
 * therefore need no client update. The terminal failures {@code response.failed},
 * {@code response.incomplete} and {@code error} are not events: they end the stream with an
 * {@link io.github.xaijava.errors.XaiStreamException}.
 */
public sealed interface ResponseEvent {

  /** The {@code type} field as sent, e.g. {@code response.output_text.delta}. */
  String type();

  /** The {@code sequence_number} field, counting from 0; -1 when absent. */
  long sequenceNumber();

  /** A copy of the event's JSON as received. */
  JsonObject json();

  /**
   * A whole-response snapshot: {@code response.created}, {@code response.in_progress},
   * {@code response.queued}, {@code response.completed} (the final response, with usage) and
   * {@code response.done}.
   */
  record Lifecycle(String type, long sequenceNumber, ModelResponse response, JsonObject raw)
      implements ResponseEvent {
    /** Whether this is the final {@code response.completed} (or {@code response.done}) event. */
    public boolean isCompleted() {
      return type.equals("response.completed") || type.equals("response.done");
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code response.output_item.added} and {@code response.output_item.done}. */
  record OutputItem(String type, long sequenceNumber, int outputIndex, ModelOutput item,
      JsonObject raw) implements ResponseEvent {
    /** Whether the item is finished ({@code .done}). */
    public boolean isDone() {
      return type.endsWith(".done");
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /**
   * {@code response.content_part.added|done} and {@code response.reasoning_summary_part.added|done}:
   * a part of an output item opened or closed; {@code part} is its JSON.
   */
  record ContentPart(String type, long sequenceNumber, String itemId, int outputIndex, int index,
      JsonObject part, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code response.output_text.delta}: a fragment of answer text. */
  record OutputTextDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      int contentIndex, String delta, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code response.output_text.done}: the whole text of one content part. */
  record OutputTextDone(String type, long sequenceNumber, String itemId, int outputIndex,
      int contentIndex, String text, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code response.output_text.annotation.added}: a citation or other annotation. */
  record Annotation(String type, long sequenceNumber, String itemId, int outputIndex,
      JsonObject annotation, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /**
   * {@code response.reasoning_summary_text.delta} and {@code response.reasoning_text.delta}: a
   * fragment of reasoning; {@code index} is the summary or content index.
   */
  record ReasoningDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      int index, String delta, JsonObject raw) implements ResponseEvent {
    /** Whether this is reasoning summary text (rather than raw reasoning text). */
    public boolean isSummary() {
      return type.startsWith("response.reasoning_summary");
    }

    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** {@code response.reasoning_summary_text.done} and {@code response.reasoning_text.done}. */
  record ReasoningDone(String type, long sequenceNumber, String itemId, int outputIndex,
      int index, String text, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /**
   * {@code response.function_call_arguments.delta} and
   * {@code response.custom_tool_call_input.delta}: a fragment of a tool call's input.
   */
  record ToolInputDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      String delta, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /**
   * {@code response.function_call_arguments.done} and
   * {@code response.custom_tool_call_input.done}: a tool call's whole input.
   */
  record ToolInputDone(String type, long sequenceNumber, String itemId, int outputIndex,
      String input, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /**
   * Progress of a server-side tool: {@code response.<tool>_call.<status>}, e.g.
   * {@code response.web_search_call.searching}, {@code response.x_search_call.completed},
   * {@code response.code_interpreter_call.in_progress}.
   *
   * @param tool the tool part of the type, e.g. {@code web_search_call}
   * @param status the last part of the type, e.g. {@code searching}
   */
  record ToolCallProgress(String type, long sequenceNumber, String itemId, int outputIndex,
      String tool, String status, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }

  /** An event whose {@code type} this version does not know, kept as JSON. */
  record Unknown(String type, long sequenceNumber, JsonObject raw) implements ResponseEvent {
    @Override
    public JsonObject json() {
      return raw.deepCopy();
    }
  }
}
