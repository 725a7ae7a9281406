package io.github.xaijava.internal.sse;

/**
 * One dispatched server-sent event.
 *
 * @param type the {@code event:} field, or {@code "message"} when none was given
 * @param data the {@code data:} lines joined with {@code \n}
 * @param lastEventId the last {@code id:} seen on this stream so far ({@code ""} when none)
 * @param retryMillis the last valid {@code retry:} value seen so far, or {@code -1}
 */
public record SseEvent(String type, String data, String lastEventId, long retryMillis) {

  /** Whether the event came without an {@code event:} line (or with {@code event: message}). */
  public boolean isDefaultType() {
    return "message".equals(type);
  }
}
