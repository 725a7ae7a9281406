package io.github.xaijava.internal.sse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import io.github.xaijava.generated.model.IncompleteDetails;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.json.JsonBodies;
import io.github.xaijava.streaming.ResponseEvent;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Responses-API events, keyed on the JSON {@code type} (an {@code event:} line, if any, is only a
 * fallback when the JSON has no type). Each event is read in one pass: its members straight from
 * the reader, a {@code response} or {@code item} by the models' generated adapters, no tree of
 * the whole event. Terminal: {@code response.completed} / {@code response.done} end the stream
 * normally; {@code response.failed}, {@code response.incomplete} and {@code error} end it with an
 * exception.
 */
final class ResponseEventDecoder implements EventDecoder<ResponseEvent> {

  private static final TypeAdapter<ModelResponse> RESPONSE = JsonBodies.adapter(ModelResponse.class);
  private static final TypeAdapter<ModelOutput> ITEM = JsonBodies.adapter(ModelOutput.class);

  private final StreamErrors errors;
  private final Consumer<ModelResponse> failedResponse;
  private boolean done;

  /** @param failedResponse receives the response of a failed or incomplete event */
  ResponseEventDecoder(StreamErrors errors, Consumer<ModelResponse> failedResponse) {
    this.errors = errors;
    this.failedResponse = failedResponse;
  }

  /** The members of one event this decoder knows; the rest stay in the event's data. */
  private static final class Members {
    String type;
    long seq = -1;
    String itemId;
    int outputIndex = -1;
    int contentIndex = -1;
    int summaryIndex = -1;
    String delta;
    String text;
    String arguments;
    String input;
    String code;
    String message;
    ModelResponse response;
    ModelOutput item;
    JsonObject part;
    JsonObject annotation;
    JsonObject error;
  }

  @Override
  public ResponseEvent decode(SseEvent event) {
    String data = event.data();
    if (data.isBlank() || data.strip().equals("[DONE]")) {
      return null;
    }
    Members m = read(data);
    String type = m.type != null ? m.type : event.isDefaultType() ? "" : event.type();
    String itemId = EventFields.orEmpty(m.itemId);
    switch (type) {
      case "error" -> throw errors.fromJson("response stream failed", errorJson(m));
      case "response.failed", "response.incomplete" -> {
        if (m.response != null) {
          failedResponse.accept(m.response);
        }
        throw terminalFailure(type, m.response);
      }
      case "response.created", "response.in_progress", "response.queued" -> {
        return new ResponseEvent.Lifecycle(type, m.seq, Optional.ofNullable(m.response), data);
      }
      case "response.completed", "response.done" -> {
        done = true;
        return new ResponseEvent.Lifecycle(type, m.seq, Optional.ofNullable(m.response), data);
      }
      case "response.output_item.added", "response.output_item.done" -> {
        return new ResponseEvent.OutputItem(type, m.seq, m.outputIndex, Optional.ofNullable(m.item),
            data);
      }
      case "response.content_part.added", "response.content_part.done" -> {
        return new ResponseEvent.ContentPart(type, m.seq, itemId, m.outputIndex, m.contentIndex,
            Optional.ofNullable(m.part), data);
      }
      case "response.reasoning_summary_part.added", "response.reasoning_summary_part.done" -> {
        return new ResponseEvent.ContentPart(type, m.seq, itemId, m.outputIndex, m.summaryIndex,
            Optional.ofNullable(m.part), data);
      }
      case "response.output_text.delta" -> {
        return new ResponseEvent.OutputTextDelta(type, m.seq, itemId, m.outputIndex,
            m.contentIndex, EventFields.orEmpty(m.delta), data);
      }
      case "response.output_text.done" -> {
        return new ResponseEvent.OutputTextDone(type, m.seq, itemId, m.outputIndex,
            m.contentIndex, EventFields.orEmpty(m.text), data);
      }
      case "response.output_text.annotation.added" -> {
        return new ResponseEvent.Annotation(type, m.seq, itemId, m.outputIndex,
            Optional.ofNullable(m.annotation), data);
      }
      case "response.reasoning_summary_text.delta", "response.reasoning_text.delta" -> {
        return new ResponseEvent.ReasoningDelta(type, m.seq, itemId, m.outputIndex,
            reasoningIndex(m), EventFields.orEmpty(m.delta), data);
      }
      case "response.reasoning_summary_text.done", "response.reasoning_text.done" -> {
        return new ResponseEvent.ReasoningDone(type, m.seq, itemId, m.outputIndex,
            reasoningIndex(m), EventFields.orEmpty(m.text), data);
      }
      case "response.function_call_arguments.delta", "response.custom_tool_call_input.delta" -> {
        return new ResponseEvent.ToolInputDelta(type, m.seq, itemId, m.outputIndex,
            EventFields.orEmpty(m.delta), data);
      }
      case "response.function_call_arguments.done" -> {
        return new ResponseEvent.ToolInputDone(type, m.seq, itemId, m.outputIndex,
            EventFields.orEmpty(m.arguments), data);
      }
      case "response.custom_tool_call_input.done" -> {
        return new ResponseEvent.ToolInputDone(type, m.seq, itemId, m.outputIndex,
            EventFields.orEmpty(m.input), data);
      }
      default -> {
        ResponseEvent progress = toolProgress(type, m.seq, itemId, m.outputIndex, data);
        return progress != null ? progress : new ResponseEvent.Unknown(type, m.seq, data);
      }
    }
  }

  private Members read(String data) {
    Members m = new Members();
    try (JsonReader in = EventFields.open(data)) {
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "type" -> m.type = EventFields.string(in);
          case "sequence_number" -> m.seq = EventFields.number(in, -1);
          case "item_id" -> m.itemId = EventFields.string(in);
          case "output_index" -> m.outputIndex = (int) EventFields.number(in, -1);
          case "content_index" -> m.contentIndex = (int) EventFields.number(in, -1);
          case "summary_index" -> m.summaryIndex = (int) EventFields.number(in, -1);
          case "delta" -> m.delta = EventFields.string(in);
          case "text" -> m.text = EventFields.string(in);
          case "arguments" -> m.arguments = EventFields.string(in);
          case "input" -> m.input = EventFields.string(in);
          case "code" -> m.code = EventFields.string(in);
          case "message" -> m.message = EventFields.string(in);
          case "response" -> m.response = RESPONSE.read(in);
          case "item" -> m.item = ITEM.read(in);
          case "part" -> m.part = EventFields.object(in);
          case "annotation" -> m.annotation = EventFields.object(in);
          case "error" -> m.error = errorMember(in);
          default -> in.skipValue();
        }
      }
      in.endObject();
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      throw errors.malformed(data, e);
    }
    return m;
  }

  private static JsonObject errorMember(JsonReader in) throws IOException {
    JsonObject error = EventFields.object(in);
    return error != null ? error : new JsonObject();
  }

  private static JsonObject errorJson(Members m) {
    JsonObject json = new JsonObject();
    if (m.code != null) {
      json.addProperty("code", m.code);
    }
    if (m.message != null) {
      json.addProperty("message", m.message);
    }
    if (m.error != null) {
      json.add("error", m.error);
    }
    return json;
  }

  /** {@code response.<name>_call.<status>} with a one-word status: a server-side tool's progress. */
  private static ResponseEvent toolProgress(String type, long seq, String itemId, int outputIndex,
      String data) {
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
    return new ResponseEvent.ToolCallProgress(type, seq, itemId, outputIndex, tool, status, data);
  }

  private RuntimeException terminalFailure(String type, ModelResponse response) {
    String code = null;
    String message = null;
    if (response != null) {
      JsonObject error = response.error().filter(e -> e.isJsonObject())
          .map(e -> e.getAsJsonObject()).orElse(null);
      if (error != null) {
        code = StreamErrors.text(error.get("code"));
        message = StreamErrors.text(error.get("message"));
      }
      if (message == null) {
        message = response.incompleteDetails().map(IncompleteDetails::reason).orElse(null);
      }
    }
    if (code == null && type.equals("response.incomplete")) {
      code = "incomplete";
    }
    return errors.payload(type, code, message);
  }

  private static int reasoningIndex(Members m) {
    return m.summaryIndex >= 0 ? m.summaryIndex : m.contentIndex;
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
