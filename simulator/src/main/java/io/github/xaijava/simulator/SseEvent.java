package io.github.xaijava.simulator;

import java.util.Objects;

/**
 * One server-sent event of a scripted stream: an optional {@code event:} name and the raw
 * {@code data:} payload (a payload with line breaks goes out as several {@code data:} lines).
 *
 * @param event the event name, or null for a bare {@code data:} frame (as chat streams have)
 * @param data the payload, e.g. a JSON text or {@code [DONE]}
 */
public record SseEvent(String event, String data) {
  public SseEvent {
    Objects.requireNonNull(data, "data == null");
  }

  /** A bare {@code data:} frame. */
  public static SseEvent data(String data) {
    return new SseEvent(null, data);
  }

  /** A frame with an {@code event:} line. */
  public static SseEvent of(String event, String data) {
    return new SseEvent(Objects.requireNonNull(event, "event == null"), data);
  }
}
