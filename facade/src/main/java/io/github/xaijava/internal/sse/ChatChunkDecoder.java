package io.github.xaijava.internal.sse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.internal.json.JsonBodies;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Chat completion chunks: {@code data: <chunk JSON>} until {@code data: [DONE]}. Each payload is
 * read in one pass from the event's bytes by the chunk's generated adapter; a payload with a top-level {@code error}
 * (kept as an undeclared property) and no choices is a failure of the stream. {@code event:}
 * lines are ignored.
 */
final class ChatChunkDecoder implements EventDecoder<ChatResponseChunk> {

  private static final TypeAdapter<ChatResponseChunk> CHUNK =
      JsonBodies.adapter(ChatResponseChunk.class);

  private final StreamErrors errors;
  private final BooleanSupplier finishedChoices;
  private boolean done;

  /** @param finishedChoices whether every choice seen so far has a finish reason */
  ChatChunkDecoder(StreamErrors errors, BooleanSupplier finishedChoices) {
    this.errors = errors;
    this.finishedChoices = finishedChoices;
  }

  @Override
  public ChatResponseChunk decode(SseEvent event) {
    if (event.dataLength() == 0) {
      return null;
    }
    if (event.firstDataByte() == '[' && event.data().strip().equals("[DONE]")) {
      done = true;
      return null;
    }
    ChatResponseChunk chunk;
    try {
      // Straight from the event's bytes: no String of the payload on the way to the model.
      chunk = CHUNK.read(new JsonReader(event.dataReader()));
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      throw errors.malformed(event.data(), e);
    }
    if (chunk == null) {
      throw errors.malformed(event.data(), null);
    }
    if (chunk.choices().isEmpty() && chunk.extraProperty("error").isPresent()) {
      JsonObject error = new JsonObject();
      chunk.extraProperties().forEach(error::add);
      throw errors.fromJson("chat stream failed", error);
    }
    return chunk;
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
