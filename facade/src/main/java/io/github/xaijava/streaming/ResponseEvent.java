package io.github.xaijava.streaming;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import java.util.Optional;

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
 * <p>Every event keeps its {@link #type()}, {@link #sequenceNumber()} and its JSON text as
 * received ({@link #data()}, parsed on demand by {@link #json()}), so fields this version does not
 * model stay reachable. A {@code type} this version does not know arrives as {@link Unknown},
 * never as an error; new xAI event types therefore need no client update. The terminal failures
 * {@code response.failed}, {@code response.incomplete} and {@code error} are not events: they end
 * the stream with an {@link io.github.xaijava.errors.XaiStreamException}. Strings absent from an
 * event read as {@code ""} and indexes as {@code -1}.
 */
public sealed interface ResponseEvent {

  /** The {@code type} field as sent, e.g. {@code response.output_text.delta}. */
  String type();

  /** The {@code sequence_number} field, counting from 0; -1 when absent. */
  long sequenceNumber();

  /** The event's JSON exactly as received. */
  String data();

  /** The event's JSON, parsed anew on each call. */
  default JsonObject json() {
    return JsonParser.parseString(data()).getAsJsonObject();
  }

  /**
   * A whole-response snapshot: {@code response.created}, {@code response.in_progress},
   * {@code response.queued}, {@code response.completed} (the final response, with usage) and
   * {@code response.done}.
   */
  record Lifecycle(String type, long sequenceNumber, Optional<ModelResponse> response, String data)
      implements ResponseEvent {
    /** Whether this is the final {@code response.completed} (or {@code response.done}) event. */
    public boolean isCompleted() {
      return type.equals("response.completed") || type.equals("response.done");
    }
  }

  /** {@code response.output_item.added} and {@code response.output_item.done}. */
  record OutputItem(String type, long sequenceNumber, int outputIndex, Optional<ModelOutput> item,
      String data) implements ResponseEvent {
    /** Whether the item is finished ({@code .done}). */
    public boolean isDone() {
      return type.endsWith(".done");
    }
  }

  /**
   * {@code response.content_part.added|done} and {@code response.reasoning_summary_part.added|done}:
   * a part of an output item opened or closed; {@code part} is its JSON.
   */
  record ContentPart(String type, long sequenceNumber, String itemId, int outputIndex, int index,
      Optional<JsonObject> part, String data) implements ResponseEvent {
  }

  /** {@code response.output_text.delta}: a fragment of answer text. */
  record OutputTextDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      int contentIndex, String delta, String data) implements ResponseEvent {
  }

  /** {@code response.output_text.done}: the whole text of one content part. */
  record OutputTextDone(String type, long sequenceNumber, String itemId, int outputIndex,
      int contentIndex, String text, String data) implements ResponseEvent {
  }

  /** {@code response.output_text.annotation.added}: a citation or other annotation. */
  record Annotation(String type, long sequenceNumber, String itemId, int outputIndex,
      Optional<JsonObject> annotation, String data) implements ResponseEvent {
  }

  /**
   * {@code response.reasoning_summary_text.delta} and {@code response.reasoning_text.delta}: a
   * fragment of reasoning; {@code index} is the summary or content index.
   */
  record ReasoningDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      int index, String delta, String data) implements ResponseEvent {
    /** Whether this is reasoning summary text (rather than raw reasoning text). */
    public boolean isSummary() {
      return type.startsWith("response.reasoning_summary");
    }
  }

  /** {@code response.reasoning_summary_text.done} and {@code response.reasoning_text.done}. */
  record ReasoningDone(String type, long sequenceNumber, String itemId, int outputIndex,
      int index, String text, String data) implements ResponseEvent {
  }

  /**
   * {@code response.function_call_arguments.delta} and
   * {@code response.custom_tool_call_input.delta}: a fragment of a tool call's input.
   */
  record ToolInputDelta(String type, long sequenceNumber, String itemId, int outputIndex,
      String delta, String data) implements ResponseEvent {
  }

  /**
   * {@code response.function_call_arguments.done} and
   * {@code response.custom_tool_call_input.done}: a tool call's whole input.
   */
  record ToolInputDone(String type, long sequenceNumber, String itemId, int outputIndex,
      String input, String data) implements ResponseEvent {
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
      String tool, String status, String data) implements ResponseEvent {
  }

  /** An event whose {@code type} this version does not know. */
  record Unknown(String type, long sequenceNumber, String data) implements ResponseEvent {
  }
}
