package io.github.xaijava.internal.sse;

import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.streaming.ResponseEvent;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Not API. The responses decoder for events that arrive as WebSocket frames instead of SSE: xAI's
 * WebSocket mode sends the same event objects, one per text frame, so one decoder reads both.
 */
public final class FrameEvents {

  private final ResponseEventDecoder decoder;

  private FrameEvents(ResponseEventDecoder decoder) {
    this.decoder = decoder;
  }

  /** A decoder for one turn; {@code failedResponse} gets the response of a failed turn. */
  public static FrameEvents responses(Redactor redactor, Consumer<ModelResponse> failedResponse) {
    return new FrameEvents(new ResponseEventDecoder(new StreamErrors(redactor), failedResponse));
  }

  /**
   * The event of one frame, or null for none (a keep-alive).
   *
   * @throws io.github.xaijava.errors.XaiStreamException when the frame reports the turn's failure
   */
  public ResponseEvent decode(String frame) {
    return decoder.decode(new SseEvent("message", frame.getBytes(StandardCharsets.UTF_8), "", -1));
  }

  /** Whether the terminal event was seen. */
  public boolean isDone() {
    return decoder.isDone();
  }
}
