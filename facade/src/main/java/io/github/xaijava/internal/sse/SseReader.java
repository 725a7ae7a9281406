package io.github.xaijava.internal.sse;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Turns the bytes of a {@code text/event-stream} body into {@link SseEvent}s, following the
 * event-stream interpretation rules of the WHATWG HTML standard (section 9.2.6).
 *
 * <p>Lines end with CRLF, LF or a lone CR. Lines are cut on bytes and decoded as whole UTF-8
 * lines, so a character split across network reads is reassembled by the buffer, and a line can
 * be arbitrarily long (it is scanned incrementally, never rescanned from its start). A lone CR is
 * dispatched at once: a following LF is skipped when it arrives, so the reader never waits for a
 * byte that may not come. Comment lines ({@code :…}) and unknown fields are ignored; a pending
 * event without a blank line at end of input is discarded, as the standard requires.
 *
 * <p>Not thread-safe: one thread reads. No HTTP here; see {@code EventStream} for that.
 */
public final class SseReader {

  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.decodeHex("efbbbf");

  private final BufferedSource source;
  private final StringBuilder data = new StringBuilder();
  private String eventType = null;
  private boolean hasData;
  private String lastEventId = "";
  private long retryMillis = -1;
  private boolean skipLeadingLf;
  private boolean started;

  public SseReader(BufferedSource source) {
    this.source = source;
  }

  /**
   * Reads until the next event is dispatched.
   *
   * @return the event, or {@code null} at end of input
   * @throws IOException when reading fails (including a read timeout)
   */
  public SseEvent next() throws IOException {
    if (!started) {
      started = true;
      if (source.rangeEquals(0, BOM)) {
        source.skip(BOM.size());
      }
    }
    while (true) {
      String line = readLine();
      if (line == null) {
        return null;
      }
      if (line.isEmpty()) {
        SseEvent event = dispatch();
        if (event != null) {
          return event;
        }
        continue;
      }
      processLine(line);
    }
  }

  /** One line without its terminator, or null at end of input (a final unterminated line is dropped). */
  private String readLine() throws IOException {
    if (skipLeadingLf) {
      skipLeadingLf = false;
      if (source.request(1) && source.getBuffer().getByte(0) == '\n') {
        source.skip(1);
      }
    }
    long end = source.indexOfElement(LINE_ENDS);
    if (end == -1) {
      // End of input. Any unterminated line and any pending event are discarded.
      return null;
    }
    String line = end == 0 ? "" : source.readUtf8(end);
    byte terminator = source.readByte();
    if (terminator == '\r') {
      if (source.getBuffer().size() > 0) {
        if (source.getBuffer().getByte(0) == '\n') {
          source.skip(1);
        }
      } else {
        skipLeadingLf = true;
      }
    }
    return line;
  }

  private void processLine(String line) {
    if (line.charAt(0) == ':') {
      return; // comment, e.g. ": ping" keep-alives
    }
    int colon = line.indexOf(':');
    String field;
    String value;
    if (colon == -1) {
      field = line;
      value = "";
    } else {
      field = line.substring(0, colon);
      int start = colon + 1;
      if (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
      value = line.substring(start);
    }
    switch (field) {
      case "data" -> {
        data.append(value).append('\n');
        hasData = true;
      }
      case "event" -> eventType = value;
      case "id" -> {
        if (value.indexOf('\0') == -1) {
          lastEventId = value;
        }
      }
      case "retry" -> {
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          try {
            retryMillis = Long.parseLong(value);
          } catch (NumberFormatException tooLong) {
            // digits only but beyond long: ignore like any invalid value
          }
        }
      }
      default -> {
        // unknown field: ignored by the standard
      }
    }
  }

  private SseEvent dispatch() {
    if (!hasData) {
      data.setLength(0);
      eventType = null;
      return null;
    }
    data.setLength(data.length() - 1); // the standard drops the final LF
    String type = eventType == null || eventType.isEmpty() ? "message" : eventType;
    SseEvent event = new SseEvent(type, data.toString(), lastEventId, retryMillis);
    data.setLength(0);
    hasData = false;
    eventType = null;
    return event;
  }
}
