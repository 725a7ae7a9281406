package io.github.xaijava.internal.json;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. UTF-8 text for a {@code JsonReader}, straight from an Okio source or from a byte
 * array, decoded exactly as {@code ResponseBody.charStream()} (an {@code InputStreamReader})
 * would: malformed input becomes U+FFFD where the JDK's decoder, in its default replacing mode,
 * puts them. What it saves is the 8 KiB byte buffer and decoder state an
 * {@code InputStreamReader} allocates for every answer (the largest allocation of a small call,
 * as profiled), and the {@code String} a stream event's data would otherwise become first.
 *
 * <p>From a source, bytes are copied out of its segments into a 512-byte scratch array and
 * decoded from there; a sequence split across reads is held until its end arrives. From an
 * array, the bytes are decoded in place.
 */
public final class Utf8Reader extends Reader {

  private static final char REPLACEMENT = '\uFFFD';

  /** Where more bytes come from; null when reading an array. */
  private final BufferedSource source;
  private final byte[] scratch;
  /** The bytes not yet decoded: {@code scratch[pos..limit)}. */
  private int pos;
  private int limit;
  /** Whether the undecoded bytes are only the start of a sequence, so more input is needed. */
  private boolean needMore;
  /** The low surrogate of a pair whose high half filled the caller's array. */
  private char pendingLow;

  /** Text read from {@code source} as needed. */
  public Utf8Reader(BufferedSource source) {
    this.source = source;
    this.scratch = new byte[512];
  }

  /** The text of {@code bytes[offset..offset+length)}; the array is read, never copied. */
  public Utf8Reader(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    this.source = null;
    this.scratch = bytes;
    this.pos = offset;
    this.limit = offset + length;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pendingLow != 0) {
      cbuf[off] = pendingLow;
      pendingLow = 0;
      n = 1;
    }
    while (n < len) {
      if (source != null && source.getBuffer().size() > 0 && limit < scratch.length) {
        Buffer buffer = source.getBuffer();
        limit += buffer.read(scratch, limit, (int) Math.min(scratch.length - limit, buffer.size()));
        needMore = false;
      } else if (pos == limit || needMore) {
        if (n > 0) {
          break; // hand out what is decoded rather than wait for more bytes
        }
        if (source == null || !source.request(1)) {
          if (pos < limit) {
            pos = limit; // the input ended inside a sequence: one U+FFFD for it
            needMore = false;
            cbuf[off] = REPLACEMENT;
            return 1;
          }
          return -1;
        }
        continue;
      }
      n += decode(cbuf, off + n, len - n);
    }
    return n;
  }

  /**
   * Decodes undecoded bytes into at most {@code room} chars. Reading a source, what is left is
   * moved to the start of the scratch array, to make room behind it.
   */
  private int decode(char[] cbuf, int off, int room) {
    int end = limit;
    int i = pos;
    int n = 0;
    byte[] bytes = scratch;
    while (i < end && n < room) {
      // A run of ASCII (nearly all of JSON) in a loop of its own: one test per byte.
      int run = Math.min(end - i, room - n);
      int a = 0;
      while (a < run) {
        byte ascii = bytes[i + a];
        if (ascii < 0) {
          break;
        }
        cbuf[off + n + a] = (char) ascii;
        a++;
      }
      i += a;
      n += a;
      if (a == run) {
        break;
      }
      int b = bytes[i];
      int lead = b & 0xff;
      int size = sequenceSize(lead);
      if (size == 0) {
        cbuf[off + n++] = REPLACEMENT;
        i++;
        continue;
      }
      int valid = 1;
      while (valid < size && i + valid < end && continues(lead, valid, scratch[i + valid])) {
        valid++;
      }
      if (valid < size) {
        if (i + valid == end) {
          needMore = true; // a sound start cut off by the end of what was read
          break;
        }
        // Malformed: one U+FFFD for the sound start, as the JDK's decoder does.
        cbuf[off + n++] = REPLACEMENT;
        i += valid;
        continue;
      }
      int codePoint = lead & (0xff >> (size + 1));
      for (int k = 1; k < size; k++) {
        codePoint = codePoint << 6 | scratch[i + k] & 0x3f;
      }
      if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
        cbuf[off + n++] = REPLACEMENT;
      } else if (codePoint < 0x10000) {
        cbuf[off + n++] = (char) codePoint;
      } else if (n + 2 <= room) {
        cbuf[off + n++] = Character.highSurrogate(codePoint);
        cbuf[off + n++] = Character.lowSurrogate(codePoint);
      } else if (n == 0) {
        cbuf[off + n++] = Character.highSurrogate(codePoint);
        pendingLow = Character.lowSurrogate(codePoint);
      } else {
        break; // the pair goes whole into the next read
      }
      i += size;
    }
    if (source != null) {
      limit = end - i;
      System.arraycopy(scratch, i, scratch, 0, limit);
      pos = 0;
    } else {
      pos = i;
    }
    return n;
  }

  /** The length of a sequence starting with {@code lead}, or 0 for a byte that cannot start one. */
  private static int sequenceSize(int lead) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      return 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      return 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      return 4;
    }
    return 0;
  }

  /**
   * Whether {@code b} can be byte {@code index} (1, 2 or 3) of a sequence led by {@code lead}:
   * the second byte's range also rules out overlong forms and code points beyond U+10FFFF. As in
   * the JDK's decoder, an encoded surrogate ({@code ED A0..BF ..}) is a whole sequence that
   * decodes to one U+FFFD.
   */
  private static boolean continues(int lead, int index, byte b) {
    int c = b & 0xff;
    if (index == 1) {
      return switch (lead) {
        case 0xe0 -> c >= 0xa0 && c <= 0xbf;
        case 0xf0 -> c >= 0x90 && c <= 0xbf;
        case 0xf4 -> c >= 0x80 && c <= 0x8f;
        default -> c >= 0x80 && c <= 0xbf;
      };
    }
    return c >= 0x80 && c <= 0xbf;
  }

  @Override
  public void close() throws IOException {
    if (source != null) {
      source.close();
    }
  }
}
