package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.streaming.ResponseEvent;
import java.util.function.Consumer;

/**
 * Responses-API events, keyed on the JSON {@code type} (an {@code event:} line, if any, is only a
 * fallback when the JSON has no type). Terminal: {@code response.completed} / {@code response.done}
 * end the stream normally; {@code response.failed}, {@code response.incomplete} and {@code error}
 * end it with an exception.
 */
final class ResponseEventDecoder implements EventDecoder<ResponseEvent> {

  private final Gson gson;
  private final Consumer<ModelResponse> failedResponse;
  private boolean done;

  /** @param failedResponse receives the response of a failed or incomplete event */
  ResponseEventDecoder(Gson gson, Consumer<ModelResponse> failedResponse) {
    this.gson = gson;
    this.failedResponse = failedResponse;
  }

  @Override
  public ResponseEvent decode(SseEvent event) {
    String data = event.data();
    if (data.isBlank() || data.strip().equals("[DONE]")) {
      return null;
    }
    JsonObject json = Json.parseObject(data);
    String type = Json.string(json, "type");
    if (type == null) {
      type = event.isDefaultType() ? "" : event.type();
    }
    long seq = Json.number(json, "sequence_number", -1);
    String itemId = Json.string(json, "item_id");
    int outputIndex = Json.integer(json, "output_index");
    switch (type) {
      case "error" -> throw StreamErrors.fromJson("response stream failed", json);
      case "response.failed", "response.incomplete" -> {
        ModelResponse response = response(json);
        if (response != null) {
          failedResponse.accept(response);
        }
        throw terminalFailure(type, Json.object(json, "response"));
      }
      case "response.created", "response.in_progress", "response.queued" -> {
        return new ResponseEvent.Lifecycle(type, seq, response(json), json);
      }
      case "response.completed", "response.done" -> {
        done = true;
        return new ResponseEvent.Lifecycle(type, seq, response(json), json);
      }
      case "response.output_item.added", "response.output_item.done" -> {
        JsonObject item = Json.object(json, "item");
        ModelOutput output = item == null ? null : gson.fromJson(item, ModelOutput.class);
        return new ResponseEvent.OutputItem(type, seq, outputIndex, output, json);
      }
      case "response.content_part.added", "response.content_part.done" -> {
        return new ResponseEvent.ContentPart(type, seq, itemId, outputIndex,
            Json.integer(json, "content_index"), Json.object(json, "part"), json);
      }
      case "response.reasoning_summary_part.added", "response.reasoning_summary_part.done" -> {
        return new ResponseEvent.ContentPart(type, seq, itemId, outputIndex,
            Json.integer(json, "summary_index"), Json.object(json, "part"), json);
      }
      case "response.output_text.delta" -> {
        return new ResponseEvent.OutputTextDelta(type, seq, itemId, outputIndex,
            Json.integer(json, "content_index"), nonNull(Json.string(json, "delta")), json);
      }
      case "response.output_text.done" -> {
        return new ResponseEvent.OutputTextDone(type, seq, itemId, outputIndex,
            Json.integer(json, "content_index"), nonNull(Json.string(json, "text")), json);
      }
      case "response.output_text.annotation.added" -> {
        return new ResponseEvent.Annotation(type, seq, itemId, outputIndex,
            Json.object(json, "annotation"), json);
      }
      case "response.reasoning_summary_text.delta", "response.reasoning_text.delta" -> {
        return new ResponseEvent.ReasoningDelta(type, seq, itemId, outputIndex,
            reasoningIndex(json), nonNull(Json.string(json, "delta")), json);
      }
      case "response.reasoning_summary_text.done", "response.reasoning_text.done" -> {
        return new ResponseEvent.ReasoningDone(type, seq, itemId, outputIndex,
            reasoningIndex(json), nonNull(Json.string(json, "text")), json);
      }
      case "response.function_call_arguments.delta", "response.custom_tool_call_input.delta" -> {
        return new ResponseEvent.ToolInputDelta(type, seq, itemId, outputIndex,
            nonNull(Json.string(json, "delta")), json);
      }
      case "response.function_call_arguments.done" -> {
        return new ResponseEvent.ToolInputDone(type, seq, itemId, outputIndex,
            nonNull(Json.string(json, "arguments")), json);
      }
      case "response.custom_tool_call_input.done" -> {
        return new ResponseEvent.ToolInputDone(type, seq, itemId, outputIndex,
            nonNull(Json.string(json, "input")), json);
      }
      default -> {
        ResponseEvent progress = toolProgress(type, seq, itemId, outputIndex, json);
        return progress != null ? progress : new ResponseEvent.Unknown(type, seq, json);
      }
    }
  }

  /** {@code response.<name>_call.<status>} with a one-word status: a server-side tool's progress. */
  private static ResponseEvent toolProgress(String type, long seq, String itemId, int outputIndex,
      JsonObject json) {
    if (!type.startsWith("response.")) {
      return null;
    }
    String rest = type.substring("response.".length());
    int dot = rest.indexOf('.');
    if (dot <= 0 || rest.indexOf('.', dot + 1) != -1) {
      return null;
    }
    String tool = rest.substring(0, dot);
    String status = rest.substring(dot + 1);
    boolean progressWord = status.equals("in_progress") || status.equals("searching")
        || status.equals("completed") || status.equals("interpreting")
        || status.equals("generating") || status.equals("failed");
    if (!tool.endsWith("_call") || !progressWord) {
      return null;
    }
    return new ResponseEvent.ToolCallProgress(type, seq, itemId, outputIndex, tool, status, json);
  }

  private ModelResponse response(JsonObject json) {
    JsonObject response = Json.object(json, "response");
    return response == null ? null : gson.fromJson(response, ModelResponse.class);
  }

  private static RuntimeException terminalFailure(String type, JsonObject response) {
    String code = null;
    String message = null;
    if (response != null) {
      JsonObject error = Json.object(response, "error");
      if (error != null) {
        code = Json.string(error, "code");
        message = Json.string(error, "message");
      }
      JsonObject incomplete = Json.object(response, "incomplete_details");
      if (message == null && incomplete != null) {
        message = Json.string(incomplete, "reason");
      }
    }
    if (code == null && type.equals("response.incomplete")) {
      code = "incomplete";
    }
    return StreamErrors.payload(type, code, message);
  }

  private static int reasoningIndex(JsonObject json) {
    int summary = Json.integer(json, "summary_index");
    return summary >= 0 ? summary : Json.integer(json, "content_index");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public void onEndOfInput() {
    throw StreamErrors.truncated("no response.completed");
  }
}
