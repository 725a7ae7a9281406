package io.github.xaijava.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * Property: an event stream cut into pieces at any byte boundaries (inside a UTF-8 character,
 * between CR and LF, inside a field name) reads as the same events as the whole stream. Streams
 * are made of random events: data lines of mixed scripts, event types, ids, comments, and LF, CR
 * or CRLF line ends.
 */
class SseSplitPropertyTest {

  @Provide
  Arbitrary<String> streams() {
    Arbitrary<String> text = Arbitraries.strings()
        .withChars("abc xyz:{}\",é€😀ü ")
        .ofMinLength(0).ofMaxLength(40);
    Arbitrary<String> end = Arbitraries.of("\n", "\r", "\r\n");
    Arbitrary<String> line = Combinators.combine(
        Arbitraries.of("data: ", "data:", "event: ", "id: ", ": ", "retry: "), text, end)
        .as((field, value, e) -> field + (field.startsWith("retry") ? "1500" : value) + e);
    Arbitrary<String> event = Combinators.combine(line.list().ofMinSize(1).ofMaxSize(5), end)
        .as((lines, e) -> String.join("", lines) + e);
    return event.list().ofMinSize(1).ofMaxSize(12).map(events -> String.join("", events));
  }

  @Property(tries = 400)
  void anySplitReadsAsTheWhole(@ForAll("streams") String stream,
      @ForAll("cuts") List<Integer> cuts) throws IOException {
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    List<String> whole = SseReaderTest.readAll(new Buffer().write(bytes));
    List<String> split = SseReaderTest.readAll(Okio.buffer(new Pieces(bytes, cuts)));
    assertEquals(whole, split);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(1, 16).list().ofMinSize(0).ofMaxSize(64);
  }

  /** A source that hands out the bytes in pieces of the given sizes (then 1 byte at a time). */
  private static final class Pieces implements Source {
    private final byte[] bytes;
    private final List<Integer> sizes;
    private int at;
    private int piece;

    Pieces(byte[] bytes, List<Integer> sizes) {
      this.bytes = bytes;
      this.sizes = new ArrayList<>(sizes);
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      if (at >= bytes.length) {
        return -1;
      }
      int size = piece < sizes.size() ? sizes.get(piece++) : 1;
      int n = (int) Math.min(Math.min(size, byteCount), bytes.length - at);
      sink.write(bytes, at, n);
      at += n;
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {
    }
  }
}
