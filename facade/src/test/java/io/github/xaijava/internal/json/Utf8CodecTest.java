package io.github.xaijava.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The UTF-8 reader and writer of the JSON bodies against the JDK's own codec: the same chars for
 * the same bytes as {@code InputStreamReader} (malformed input included), the same bytes for the same text (lone surrogates
 * included), however the input is split across reads and whatever the caller's array size.
 */
class Utf8CodecTest {

  /** A source handing out at most {@code step} bytes per read, so sequences split anywhere. */
  private static BufferedSource trickle(byte[] bytes, int step) {
    Buffer all = new Buffer().write(bytes);
    return Okio.buffer(new Source() {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (all.size() == 0) {
          return -1;
        }
        long n = Math.min(Math.min(step, byteCount), all.size());
        sink.write(all, n);
        return n;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {
      }
    });
  }

  private static String readAll(BufferedSource source, int chunk) throws IOException {
    return readAll(new Utf8Reader(source), chunk);
  }

  /** The bytes read in place, from the middle of a larger array. */
  private static String readArray(byte[] bytes, int chunk) throws IOException {
    byte[] padded = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    padded[0] = padded[padded.length - 1] = (byte) 0xe2; // must not be read
    return readAll(new Utf8Reader(padded, 3, bytes.length), chunk);
  }

  private static String readAll(Reader source, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader = source) {
      char[] cbuf = new char[chunk];
      for (int n = reader.read(cbuf, 0, chunk); n != -1; n = reader.read(cbuf, 0, chunk)) {
        out.append(cbuf, 0, n);
      }
    }
    return out.toString();
  }

  /** What {@code ResponseBody.charStream()} (an {@code InputStreamReader}) makes of the bytes. */
  private static String jdk(byte[] bytes) throws IOException {
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8)) {
      StringBuilder out = new StringBuilder();
      char[] cbuf = new char[64];
      for (int n = reader.read(cbuf); n != -1; n = reader.read(cbuf)) {
        out.append(cbuf, 0, n);
      }
      return out.toString();
    }
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("ascii", "{\"content\":\"token 42\"}"),
        Arguments.of("twoByte", "café – naïve"),
        Arguments.of("threeByte", "日本語のテキスト €"),
        Arguments.of("fourByte", "emoji 😀🎉 and 𝄞 clef"),
        Arguments.of("mixed", "a\u00e9\u4e2d\ud83d\ude00z".repeat(200)),
        Arguments.of("empty", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void readerDecodesLikeTheJdkWhateverTheSplit(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int step : new int[] {1, 2, 3, 5, 7, 511, 512, 513, 8192}) {
      for (int chunk : new int[] {1, 2, 3, 17, 1024}) {
        assertEquals(text, readAll(trickle(bytes, step), chunk), "step " + step + " chunk " + chunk);
      }
    }
    for (int chunk : new int[] {1, 2, 3, 17, 1024}) {
      assertEquals(text, readArray(bytes, chunk), "array, chunk " + chunk);
    }
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("loneContinuation", new byte[] {'a', (byte) 0x80, 'b'}),
        Arguments.of("truncatedThenAscii", new byte[] {(byte) 0xe2, (byte) 0x82, 'A'}),
        Arguments.of("truncatedAtEnd", new byte[] {'x', (byte) 0xf0, (byte) 0x9f, (byte) 0x98}),
        Arguments.of("overlong", new byte[] {(byte) 0xc0, (byte) 0xaf, (byte) 0xe0, (byte) 0x80,
            (byte) 0xaf}),
        Arguments.of("surrogateEncoded", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, 'q'}),
        Arguments.of("beyondUnicode", new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}),
        Arguments.of("invalidLeads", new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xf8, 'z'}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void readerReplacesMalformedInputLikeTheJdk(String name, byte[] bytes) throws IOException {
    String expected = jdk(bytes);
    for (int step : new int[] {1, 2, 3, 512}) {
      for (int chunk : new int[] {1, 2, 1024}) {
        assertEquals(expected, readAll(trickle(bytes, step), chunk), "step " + step + " chunk " + chunk);
      }
    }
    assertEquals(expected, readArray(bytes, 1), "array");
  }

  @Test
  void readerMatchesTheJdkOnRandomBytes() throws IOException {
    Random random = new Random(20261202);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly the bytes UTF-8 is made of, so that sound and broken sequences both occur.
        int pick = random.nextInt(6);
        bytes[i] = (byte) switch (pick) {
          case 0 -> 'a' + random.nextInt(26);
          case 1 -> 0x80 + random.nextInt(0x40);
          case 2 -> 0xc0 + random.nextInt(0x20);
          case 3 -> 0xe0 + random.nextInt(0x10);
          case 4 -> 0xf0 + random.nextInt(0x08);
          default -> random.nextInt(256);
        };
      }
      String expected = jdk(bytes);
      int step = 1 + random.nextInt(5);
      int chunk = 1 + random.nextInt(6);
      assertEquals(expected, readAll(trickle(bytes, step), chunk),
          "round " + round + " step " + step + " chunk " + chunk);
      assertEquals(expected, readArray(bytes, chunk), "round " + round + " array chunk " + chunk);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void writerEncodesLikeTheJdk(String name, String text) {
    for (int cut = 0; cut <= Math.min(text.length(), 40); cut++) {
      Buffer buffer = new Buffer();
      Utf8Writer writer = new Utf8Writer(buffer);
      // Split anywhere, a surrogate pair included, and through each of the write methods.
      writer.write(text, 0, cut);
      if (cut % 2 == 0) {
        writer.write(text.substring(cut).toCharArray(), 0, text.length() - cut);
      } else {
        writer.append(text, cut, text.length());
      }
      writer.close();
      assertEquals(text, buffer.readUtf8(), "cut " + cut);
    }
  }

  @Test
  void writerReplacesLoneSurrogatesLikeTheJdk() {
    String text = "a\ud83dbc\ude00d\ud83d";
    Buffer buffer = new Buffer();
    Utf8Writer writer = new Utf8Writer(buffer);
    for (char c : text.toCharArray()) {
      writer.write(c);
    }
    writer.close();
    assertEquals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        buffer.readUtf8());
  }
}
