package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.ChatResponseChunk;
import java.util.function.BooleanSupplier;

/**
 * Chat completion chunks: {@code data: <chunk JSON>} until {@code data: [DONE]}. A payload with a
 * top-level {@code error} is a failure of the stream. {@code event:} lines are ignored.
 */
final class ChatChunkDecoder implements EventDecoder<ChatResponseChunk> {

  private final Gson gson;
  private final BooleanSupplier finishedChoices;
  private boolean done;

  /** @param finishedChoices whether every choice seen so far has a finish reason */
  ChatChunkDecoder(Gson gson, BooleanSupplier finishedChoices) {
    this.gson = gson;
    this.finishedChoices = finishedChoices;
  }

  @Override
  public ChatResponseChunk decode(SseEvent event) {
    String data = event.data();
    if (data.isEmpty()) {
      return null;
    }
    if (data.equals("[DONE]") || data.strip().equals("[DONE]")) {
      done = true;
      return null;
    }
    JsonObject json;
    try {
      JsonElement element = JsonParser.parseString(data);
      if (!element.isJsonObject()) {
        throw StreamErrors.malformed(data, null);
      }
      json = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw StreamErrors.malformed(data, e);
    }
    if (json.has("error") && !json.has("choices")) {
      throw StreamErrors.fromJson("chat stream failed", json);
    }
    try {
      return gson.fromJson(json, ChatResponseChunk.class);
    } catch (JsonParseException e) {
      throw StreamErrors.malformed(data, e);
    }
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public void onEndOfInput() {
    // Without [DONE] the answer is only whole if every choice said how it finished.
    if (!finishedChoices.getAsBoolean()) {
      throw StreamErrors.truncated("no [DONE] and no finish_reason on every choice");
    }
  }
}
