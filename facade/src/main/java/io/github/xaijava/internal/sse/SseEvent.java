package io.github.xaijava.internal.sse;

import io.github.xaijava.internal.json.Utf8Reader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * One dispatched server-sent event. Its data is kept as the bytes that arrived: a decoder that
 * parses JSON reads them through {@link #dataReader()} without a {@code String} per event;
 * {@link #data()} decodes them on first use.
 */
public final class SseEvent {

  private final String type;
  private final byte[] data;
  private final String lastEventId;
  private final long retryMillis;
  private String text;

  /**
   * @param type the {@code event:} field, or {@code "message"} when none was given
   * @param data the {@code data:} lines joined with {@code \n}, as UTF-8 (not copied)
   * @param lastEventId the last {@code id:} seen on this stream so far ({@code ""} when none)
   * @param retryMillis the last valid {@code retry:} value seen so far, or {@code -1}
   */
  SseEvent(String type, byte[] data, String lastEventId, long retryMillis) {
    this.type = type;
    this.data = data;
    this.lastEventId = lastEventId;
    this.retryMillis = retryMillis;
  }

  /** The {@code event:} field, or {@code "message"} when none was given. */
  public String type() {
    return type;
  }

  /** The {@code data:} lines joined with {@code \n}. */
  public String data() {
    String t = text;
    if (t == null) {
      t = new String(data, StandardCharsets.UTF_8);
      text = t;
    }
    return t;
  }

  /** The data as text read straight from its bytes (each call starts at the beginning). */
  Reader dataReader() {
    return new Utf8Reader(data, 0, data.length);
  }

  /** The length of the data in bytes. */
  int dataLength() {
    return data.length;
  }

  /** The first byte of the data; only when {@link #dataLength()} is not 0. */
  byte firstDataByte() {
    return data[0];
  }

  /** The last {@code id:} seen on this stream so far ({@code ""} when none). */
  public String lastEventId() {
    return lastEventId;
  }

  /** The last valid {@code retry:} value seen so far, or {@code -1}. */
  public long retryMillis() {
    return retryMillis;
  }

  /** Whether the event came without an {@code event:} line (or with {@code event: message}). */
  public boolean isDefaultType() {
    return "message".equals(type);
  }

  @Override
  public String toString() {
    return "SseEvent[type=" + type + ", data=" + data() + ", lastEventId=" + lastEventId
        + ", retryMillis=" + retryMillis + "]";
  }
}
