package io.github.xaijava.simulator.internal;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events, one flushed frame each: optional {@code event:} line, then the payload as
 * {@code data:} lines, then a blank line. It applies the call's {@link Delivery}: a pause before each
 * event, a dropped connection after N events (no terminal chunk, no [DONE]), or an error frame in the
 * stream's own dialect after N events, after which further events are not sent.
 */
public final class EventStream {
  private final Call call;
  private final Dialect dialect;
  private int sent;
  private boolean ended;

  EventStream(Call call, Dialect dialect) {
    this.call = call;
    this.dialect = dialect;
  }

  /** How many events went out so far (the next {@code sequence_number} of a responses stream). */
  public int sent() {
    return sent;
  }

  /** Whether an injected error frame ended the stream early. */
  public boolean ended() {
    return ended;
  }

  public void send(String event, JsonElement data) {
    send(event, Json.write(data));
  }

  /** Sends one event; {@code event} may be null for a bare {@code data:} frame. */
  public void send(String event, String data) {
    if (ended) {
      return;
    }
    Delivery d = call.delivery();
    if (d.cutAfter() >= 0 && sent >= d.cutAfter()) {
      throw new Abort("stream cut after " + sent + " events");
    }
    if (d.errorFrameAfter() >= 0 && sent >= d.errorFrameAfter()) {
      ended = true;
      call.pause();
      frame(dialect.errorEvent(), Json.write(dialect.errorPayload(sent, "Simulated failure inside the stream")));
      return;
    }
    call.pause();
    frame(event, data);
    sent++;
  }

  /** {@code data: [DONE]}, the end of a chat stream. */
  public void done() {
    send(null, "[DONE]");
  }

  private void frame(String event, String data) {
    StringBuilder sb = new StringBuilder(data.length() + 32);
    if (event != null) {
      sb.append("event: ").append(event).append('\n');
    }
    for (String line : data.split("\n", -1)) {
      sb.append("data: ").append(line).append('\n');
    }
    sb.append('\n');
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    call.write(bytes, 0, bytes.length);
    call.flush();
  }
}
