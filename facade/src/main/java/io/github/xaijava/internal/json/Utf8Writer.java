package io.github.xaijava.internal.json;

import java.io.Writer;
import java.util.Objects;
import okio.Buffer;

/**
 * Not API. A {@code Writer} encoding UTF-8 straight into an Okio buffer, for a
 * {@code JsonWriter} writing a request body: an {@code OutputStreamWriter} would allocate an
 * 8 KiB byte buffer and copy every string into a fresh char array first (both showed in the
 * profile of a small call). Strings go to {@link Buffer#writeUtf8(String, int, int)}; a
 * surrogate pair split across two {@code write(int)} calls is joined.
 */
final class Utf8Writer extends Writer {

  private final Buffer buffer;
  private char pendingHigh;

  Utf8Writer(Buffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public void write(int c) {
    char ch = (char) c;
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        buffer.writeUtf8CodePoint(Character.toCodePoint(high, ch));
        return;
      }
      buffer.writeByte('?'); // a lone high surrogate, as String.getBytes would write it
    }
    if (ch < 0x80) {
      buffer.writeByte(ch);
    } else if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (Character.isLowSurrogate(ch)) {
      buffer.writeByte('?');
    } else {
      buffer.writeUtf8CodePoint(ch);
    }
  }

  @Override
  public void write(String str, int off, int len) {
    Objects.checkFromIndexSize(off, len, str.length());
    if (len == 0) {
      return;
    }
    if (pendingHigh != 0) {
      write(str.charAt(off));
      off++;
      len--;
    }
    int end = off + len;
    if (len > 0 && Character.isHighSurrogate(str.charAt(end - 1))) {
      buffer.writeUtf8(str, off, end - 1);
      pendingHigh = str.charAt(end - 1);
    } else {
      buffer.writeUtf8(str, off, end);
    }
  }

  @Override
  public void write(String str) {
    write(str, 0, str.length());
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    for (int i = off; i < off + len; i++) {
      write(cbuf[i]);
    }
  }

  @Override
  public Writer append(CharSequence csq) {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) {
    String s = String.valueOf(csq);
    write(s, start, end - start);
    return this;
  }

  @Override
  public Writer append(char c) {
    write(c);
    return this;
  }

  @Override
  public void flush() {
  }

  /** Ends the text: a high surrogate left without its pair is written as {@code ?}. */
  @Override
  public void close() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      buffer.writeByte('?');
    }
  }
}
