package io.github.xaijava.internal.sse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Turns the bytes of a {@code text/event-stream} body into {@link SseEvent}s, following the
 * event-stream interpretation rules of the WHATWG HTML standard (section 9.2.6).
 *
 * <p>Lines end with CRLF, LF or a lone CR. Lines are cut on bytes, so a character split across
 * network reads is reassembled by the buffer, and a line can be arbitrarily long (it is scanned
 * incrementally, never rescanned from its start). A {@code data:} line's value is taken as bytes,
 * never decoded here: one array per event, which a JSON decoder reads in place (the text of a
 * stream's events is what a stream is made of, so this is its hottest path); other lines are
 * decoded as whole UTF-8 lines. A lone CR is
 * dispatched at once: a following LF is skipped when it arrives, so the reader never waits for a
 * byte that may not come. Comment lines ({@code :…}) and unknown fields are ignored; a pending
 * event without a blank line at end of input is discarded, as the standard requires.
 *
 * <p>Not thread-safe: one thread reads. No HTTP here; see {@code EventStream} for that.
 */
public final class SseReader {

  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.decodeHex("efbbbf");
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final byte[] EMPTY = new byte[0];

  private final BufferedSource source;
  private final long maxEventBytes;
  /** Bytes of the pending event's lines read so far. */
  private long eventBytes;
  /** The data of the pending event when it has one line (the usual case), else null. */
  private byte[] firstData;
  /** The data of the pending event once a second data line came, else null. */
  private Buffer moreData;
  private String eventType = null;
  private boolean hasData;
  private String lastEventId = "";
  private long retryMillis = -1;
  private boolean skipLeadingLf;
  private boolean started;

  /** A reader without a cap on an event's size (tests, trusted input). */
  public SseReader(BufferedSource source) {
    this(source, Long.MAX_VALUE);
  }

  /**
   * @param maxEventBytes the most bytes one event's lines may take; past it, {@link #next()}
   *     throws {@link EventTooLarge} instead of buffering more
   */
  public SseReader(BufferedSource source, long maxEventBytes) {
    this.source = source;
    this.maxEventBytes = maxEventBytes;
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
      long end = lineEnd();
      if (end == -1) {
        return null;
      }
      if (end == 0) {
        skipTerminator();
        eventBytes = 0;
        SseEvent event = dispatch();
        if (event != null) {
          return event;
        }
        continue;
      }
      eventBytes += end;
      if (eventBytes > maxEventBytes) {
        throw new EventTooLarge(maxEventBytes);
      }
      readLine(end);
      skipTerminator();
    }
  }

  /**
   * The length of the next line, all of it in the buffer, or -1 at end of input (a final
   * unterminated line is dropped).
   */
  private long lineEnd() throws IOException {
    if (skipLeadingLf) {
      skipLeadingLf = false;
      if (source.request(1) && source.getBuffer().getByte(0) == '\n') {
        source.skip(1);
      }
    }
    // -1 is the end of input: any unterminated line and any pending event are discarded.
    if (maxEventBytes == Long.MAX_VALUE) {
      return source.indexOfElement(LINE_ENDS);
    }
    // As indexOfElement, but a line may not grow the buffer past what the event has left.
    Buffer buffer = source.getBuffer();
    long scanned = 0;
    while (true) {
      long end = buffer.indexOfElement(LINE_ENDS, scanned);
      if (end != -1) {
        return end;
      }
      scanned = buffer.size();
      if (eventBytes + scanned > maxEventBytes) {
        throw new EventTooLarge(maxEventBytes);
      }
      if (!source.request(scanned + 1)) {
        return -1;
      }
    }
  }

  /** Consumes a line of {@code end} bytes: a data line as bytes, any other as text. */
  private void readLine(long end) throws IOException {
    Buffer buffer = source.getBuffer();
    byte first = buffer.getByte(0);
    if (first == ':') {
      source.skip(end); // comment, e.g. ": ping" keep-alives
      return;
    }
    if (first == 'd' && end >= DATA.size() && buffer.rangeEquals(0, DATA)) {
      if (end == DATA.size()) {
        source.skip(end);
        appendData(EMPTY); // "data" alone: a data line with an empty value
        return;
      }
      if (buffer.getByte(DATA.size()) == ':') {
        long start = DATA.size() + 1;
        if (end > start && buffer.getByte(start) == ' ') {
          start++;
        }
        source.skip(start);
        appendData(source.readByteArray(end - start));
        return;
      }
    }
    processLine(source.readUtf8(end));
  }

  private void skipTerminator() throws IOException {
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
      case "data" -> appendData(value.getBytes(StandardCharsets.UTF_8));
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

  /**
   * The standard appends each value and a LF to the data buffer and drops the final LF at
   * dispatch: the same as joining the values with LF, which is what this does.
   */
  private void appendData(byte[] value) {
    if (!hasData) {
      firstData = value;
      hasData = true;
      return;
    }
    if (moreData == null) {
      moreData = new Buffer().write(firstData);
      firstData = null;
    }
    moreData.writeByte('\n').write(value);
  }

  private SseEvent dispatch() {
    if (!hasData) {
      eventType = null;
      return null;
    }
    byte[] data = moreData != null ? moreData.readByteArray() : firstData;
    String type = eventType == null || eventType.isEmpty() ? "message" : eventType;
    SseEvent event = new SseEvent(type, data, lastEventId, retryMillis);
    firstData = null;
    moreData = null;
    hasData = false;
    eventType = null;
    return event;
  }

  /** An event passed the reader's cap. */
  public static final class EventTooLarge extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    EventTooLarge(long limit) {
      super("a stream event passed " + limit + " bytes");
      this.limit = limit;
    }

    /** The cap. */
    public long limit() {
      return limit;
    }
  }
}
