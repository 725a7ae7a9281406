package io.github.xaijava.simulator.internal.front;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a client sends on one connection, read through one buffer so that bytes read past a head
 * (a body, the next request, the first WebSocket frames) are never lost: they are relayed, or
 * handed on with {@link #rest()}. Every relayed read is written out at once, so nothing waits in
 * the buffer while the other side waits for it.
 */
public final class Inbound {
  /** The buffer's size, and the most a head may take before the front gives up parsing. */
  public static final int BUFFER = 16 * 1024;

  private final InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;

  public Inbound(InputStream in) {
    this.in = in;
  }

  /**
   * Reads until a whole head is buffered. Returns its length (it starts at {@link #start()}, blank
   * line included); 0 when the client closed before sending a byte; -1 when there is no head
   * within {@link #BUFFER} bytes or the client closed in the middle of one (what arrived stays
   * buffered).
   */
  public int head() throws IOException {
    int scanned = 0;
    while (true) {
      int end = find(scanned);
      if (end >= 0) {
        return end - pos;
      }
      scanned = Math.max(0, lim - pos - 3);
      if (lim - pos >= BUFFER) {
        return -1;
      }
      if (!fill()) {
        return lim == pos ? 0 : -1;
      }
    }
  }

  /** Where the buffered bytes start in {@link #buffer()}. */
  public int start() {
    return pos;
  }

  /** The buffer itself, for parsing a head in place. */
  public byte[] buffer() {
    return buf;
  }

  /** Writes the next {@code n} buffered bytes to {@code out} and drops them. */
  public void relayBuffered(int n, OutputStream out) throws IOException {
    out.write(buf, pos, n);
    pos += n;
  }

  /** Drops the next {@code n} buffered bytes (a head the front answers itself). */
  public void skip(int n) {
    pos += n;
  }

  /** Reads and drops everything the client sends until it closes (or the socket is closed under it). */
  public void discardAll() throws IOException {
    pos = lim;
    while (in.read(buf) > 0) {
      // nothing: the other side is gone, but unread bytes would turn our close into a reset
    }
  }

  /** Relays exactly {@code n} bytes (a body of known length); false if the client closed first. */
  public boolean relay(long n, OutputStream out) throws IOException {
    long left = n;
    while (left > 0) {
      if (pos == lim && !fill()) {
        return false;
      }
      int chunk = (int) Math.min(left, lim - pos);
      out.write(buf, pos, chunk);
      out.flush();
      pos += chunk;
      left -= chunk;
    }
    return true;
  }

  /**
   * Relays one chunked body, chunk-size lines and trailers included. False when the client closed
   * first or the framing is broken (what was read is relayed either way).
   */
  public boolean relayChunked(OutputStream out) throws IOException {
    while (true) {
      int lineEnd = line();
      if (lineEnd < 0) {
        return false;
      }
      String sizeText = new String(buf, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
      int semicolon = sizeText.indexOf(';');
      long size;
      try {
        size = Long.parseLong((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        return false;
      }
      relayBuffered(lineEnd + 2 - pos, out);
      if (size == 0) {
        // Trailer fields, then the blank line that ends the body.
        while (true) {
          int end = line();
          if (end < 0) {
            return false;
          }
          boolean blank = end == pos;
          relayBuffered(end + 2 - pos, out);
          if (blank) {
            out.flush();
            return true;
          }
        }
      }
      if (size < 0 || !relay(size + 2, out)) {
        return false;
      }
    }
  }

  /** Relays whatever is buffered, then everything the client sends until it closes. */
  public void relayAll(OutputStream out) throws IOException {
    if (lim > pos) {
      out.write(buf, pos, lim - pos);
      out.flush();
      pos = lim;
    }
    for (int n; (n = in.read(buf)) > 0; ) {
      out.write(buf, 0, n);
      out.flush();
    }
  }

  /** The rest of the connection: the buffered bytes, then the socket's. */
  public InputStream rest() {
    byte[] left = Arrays.copyOfRange(buf, pos, lim);
    pos = lim;
    return left.length == 0 ? in : new SequenceInputStream(new ByteArrayInputStream(left), in);
  }

  /** The end of the next CRLF-terminated line (the index of its CR), reading more as needed; -1 if none. */
  private int line() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < lim; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          return i;
        }
      }
      if (!fill()) {
        return -1;
      }
    }
  }

  /** The index just past the blank line ending a head, searching from {@code pos + from}; -1 if not there yet. */
  private int find(int from) {
    // Blank lines before a request line are allowed (RFC 9112, 2.2): skip them.
    while (lim - pos >= 2 && buf[pos] == '\r' && buf[pos + 1] == '\n') {
      pos += 2;
      from = 0;
    }
    for (int i = pos + from; i + 3 < lim; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i + 4;
      }
    }
    return -1;
  }

  /** Reads more into the buffer, moving what is left to its start first; false at the end of input. */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      return false;
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n <= 0) {
      return false;
    }
    lim += n;
    return true;
  }
}
