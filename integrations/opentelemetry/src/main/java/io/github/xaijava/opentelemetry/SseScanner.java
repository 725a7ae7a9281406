package io.github.xaijava.opentelemetry;

import java.io.EOFException;
import java.util.function.Consumer;
import okio.Buffer;
import okio.ByteString;

/**
 * Cuts the bytes of an event stream, as they pass, into the {@code data} of each event (its
 * {@code data:} lines joined by newlines, dispatched at the blank line that ends the event). Other
 * fields ({@code event:}, {@code id:}, comments) are skipped: every xAI payload names its own
 * type. Lines may end in LF, CRLF or CR. An event larger than {@value #MAX_EVENT_BYTES} bytes is
 * dropped rather than held: the stream itself is never affected, only what telemetry sees.
 */
final class SseScanner {

  /** 8 MiB: a {@code response.completed} repeats the whole answer; beyond that, let it go. */
  static final long MAX_EVENT_BYTES = 8L * 1024 * 1024;

  private static final ByteString DATA = ByteString.encodeUtf8("data:");
  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");

  private final Consumer<ByteString> onData;
  /** Bytes of a line not yet ended. */
  private final Buffer pending = new Buffer();
  /** The data of the event being read. */
  private final Buffer data = new Buffer();
  private boolean hasData;
  /** The current event went past the limit: its data is dropped. */
  private boolean oversized;
  /** The current line went past the limit before it ended: skip up to its end. */
  private boolean skippingLine;
  /** The last line ended in CR: an LF right after it belongs to that line end. */
  private boolean afterCr;

  SseScanner(Consumer<ByteString> onData) {
    this.onData = onData;
  }

  /** Takes {@code count} bytes of {@code source} from {@code offset}, without consuming them. */
  void feed(Buffer source, long offset, long count) {
    source.copyTo(pending, offset, count);
    try {
      drain();
    } catch (EOFException e) {
      throw new IllegalStateException("scanned past the buffered bytes", e); // cannot happen
    }
  }

  private void drain() throws EOFException {
    while (true) {
      if (afterCr && pending.size() > 0) {
        if (pending.getByte(0) == '\n') {
          pending.skip(1);
        }
        afterCr = false;
      }
      long end = pending.indexOfElement(LINE_ENDS);
      if (end < 0) {
        if (pending.size() > MAX_EVENT_BYTES) {
          pending.clear();
          skippingLine = true;
          oversized = true;
        }
        return;
      }
      byte terminator = pending.getByte(end);
      line(end);
      pending.skip(1);
      afterCr = terminator == '\r';
    }
  }

  /** The end of the input: a last event without its blank line still counts. */
  void finish() {
    try {
      if (pending.size() > 0) {
        line(pending.size());
      }
    } catch (EOFException e) {
      throw new IllegalStateException("scanned past the buffered bytes", e); // cannot happen
    }
    dispatch();
  }

  private void line(long length) throws EOFException {
    if (skippingLine) {
      skippingLine = false;
      pending.skip(length);
      return;
    }
    if (length == 0) {
      dispatch();
      return;
    }
    if (length < DATA.size() || !pending.rangeEquals(0, DATA)) {
      pending.skip(length);
      return;
    }
    pending.skip(DATA.size());
    length -= DATA.size();
    if (length > 0 && pending.getByte(0) == ' ') {
      pending.skip(1);
      length--;
    }
    if (oversized || data.size() + length + 1 > MAX_EVENT_BYTES) {
      oversized = true;
      data.clear();
      pending.skip(length);
      return;
    }
    if (hasData) {
      data.writeByte('\n');
    }
    data.write(pending, length);
    hasData = true;
  }

  private void dispatch() {
    if (hasData && !oversized) {
      onData.accept(data.readByteString());
    }
    data.clear();
    hasData = false;
    oversized = false;
  }
}
