package io.github.xaijava.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * WHATWG event-stream rules as a table of named cases, each run twice: whole, and fed one byte
 * per read (so every line, CRLF pair and UTF-8 character is split across reads).
 */
class SseReaderTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("lf", "data: a\n\ndata: b\n\n", List.of("message|a", "message|b")),
        Arguments.of("crlf", "data: a\r\n\r\ndata: b\r\n\r\n", List.of("message|a", "message|b")),
        Arguments.of("cr", "data: a\r\rdata: b\r\r", List.of("message|a", "message|b")),
        Arguments.of("mixedLineEnds", "data: a\r\ndata: b\rdata: c\n\r\n",
            List.of("message|a\nb\nc")),
        Arguments.of("multiLineDataJoinsWithLf", "data: one\ndata: two\ndata:three\n\n",
            List.of("message|one\ntwo\nthree")),
        Arguments.of("onlyOneLeadingSpaceStripped", "data:  two spaces\n\n",
            List.of("message| two spaces")),
        Arguments.of("commentsIgnored", ": ping\n:\ndata: x\n: mid\n\n", List.of("message|x")),
        Arguments.of("commentOnlyBlockDispatchesNothing", ": keep-alive\n\ndata: y\n\n",
            List.of("message|y")),
        Arguments.of("eventType", "event: response.created\ndata: {}\n\n",
            List.of("response.created|{}")),
        Arguments.of("eventTypeResetsAfterDispatch", "event: e\ndata: 1\n\ndata: 2\n\n",
            List.of("e|1", "message|2")),
        Arguments.of("eventWithoutDataIsDropped", "event: lonely\n\ndata: z\n\n",
            List.of("message|z")),
        Arguments.of("emptyDataDispatchesEmptyString", "data\n\n", List.of("message|")),
        Arguments.of("emptyDataWithColon", "data:\n\n", List.of("message|")),
        Arguments.of("unknownFieldIgnored", "foo: bar\ndata: q\nbaz\n\n", List.of("message|q")),
        Arguments.of("fieldNameIsCaseSensitive", "Data: no\ndata: yes\n\n",
            List.of("message|yes")),
        Arguments.of("idKeptAcrossEvents", "id: 7\ndata: a\n\ndata: b\n\n",
            List.of("message|a|7", "message|b|7")),
        Arguments.of("idWithNulIgnored", "id: 1\ndata: a\n\nid: x\u0000y\ndata: b\n\n",
            List.of("message|a|1", "message|b|1")),
        Arguments.of("retryDigitsOnly", "retry: 1500\ndata: a\n\nretry: 9x\ndata: b\n\n",
            List.of("message|a||1500", "message|b||1500")),
        Arguments.of("bomStripped", "\uFEFFdata: a\n\n", List.of("message|a")),
        Arguments.of("unterminatedEventDiscardedAtEof", "data: a\n\ndata: b\n",
            List.of("message|a")),
        Arguments.of("unterminatedLineDiscardedAtEof", "data: a\n\ndata: b",
            List.of("message|a")),
        Arguments.of("utf8", "data: wörld 🌍 日本\n\n", List.of("message|wörld 🌍 日本")),
        Arguments.of("doneMarkerIsJustData", "data: [DONE]\n\n", List.of("message|[DONE]")),
        Arguments.of("colonInValueKept", "data: {\"a\":\"b:c\"}\n\n",
            List.of("message|{\"a\":\"b:c\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesWhole(String name, String input, List<String> expected) throws IOException {
    assertEquals(expected, readAll(new Buffer().writeUtf8(input)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesOneBytePerRead(String name, String input, List<String> expected) throws IOException {
    Buffer all = new Buffer().writeUtf8(input);
    assertEquals(expected, readAll(Okio.buffer(new OneByteSource(all))));
  }

  @Test
  void megabyteLinesArriveWhole() throws IOException {
    String big = "x".repeat(3 * 1024 * 1024 + 7) + "é";
    Buffer input = new Buffer().writeUtf8("data: " + big + "\r\n\r\ndata: after\n\n");
    SseReader reader = new SseReader(input);
    assertEquals(big, reader.next().data());
    assertEquals("after", reader.next().data());
    assertNull(reader.next());
  }

  @Test
  void aLineThatNeverEndsStopsAtTheCapInsteadOfFillingTheHeap() {
    // An endless line: the reader must give up at the cap, not buffer until memory runs out.
    Source endless = new Source() {
      @Override
      public long read(Buffer sink, long byteCount) {
        sink.writeUtf8("x".repeat(8192));
        return 8192;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {
      }
    };
    BufferedSource source = Okio.buffer(endless);
    SseReader reader = new SseReader(source, 100_000);
    SseReader.EventTooLarge big = assertThrows(SseReader.EventTooLarge.class, reader::next);
    assertEquals(100_000, big.limit());
    assertTrue(source.getBuffer().size() < 100_000 + 16_384, "stopped near the cap");
  }

  @Test
  void anEventOfManyLinesIsCappedAsAWholeAndEventsBelowTheCapPass() throws IOException {
    String line = "data: " + "y".repeat(94) + "\n"; // 100 bytes a line
    Buffer input = new Buffer().writeUtf8(line.repeat(5) + "\n" + line.repeat(20) + "\n");
    SseReader reader = new SseReader(input, 1000);
    assertEquals(5 * 94 + 4, reader.next().data().length(), "500 bytes: under the cap");
    assertThrows(SseReader.EventTooLarge.class, reader::next, "2,000 bytes: over it");
  }

  @Test
  void loneCrDispatchesWithoutWaitingForNextByte() throws IOException {
    // A source that fails if asked for more after the first event's bytes: the reader must not
    // need to look past the final CR to dispatch.
    Buffer first = new Buffer().writeUtf8("data: a\r\r");
    Source guarded = new Source() {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (first.size() == 0) {
          throw new IOException("read past the event");
        }
        return first.read(sink, byteCount);
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {
      }
    };
    assertEquals("a", new SseReader(Okio.buffer(guarded)).next().data());
  }

  static List<String> readAll(BufferedSource source) throws IOException {
    SseReader reader = new SseReader(source);
    List<String> out = new ArrayList<>();
    for (SseEvent e = reader.next(); e != null; e = reader.next()) {
      String s = e.type() + "|" + e.data();
      if (!e.lastEventId().isEmpty() || e.retryMillis() >= 0) {
        s += "|" + e.lastEventId();
      }
      if (e.retryMillis() >= 0) {
        s += "|" + e.retryMillis();
      }
      out.add(s);
    }
    return out;
  }

  /** Hands out one byte per read, as a very slow network would. */
  static final class OneByteSource implements Source {
    private final Buffer data;

    OneByteSource(Buffer data) {
      this.data = data;
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      return data.size() == 0 ? -1 : data.read(sink, 1);
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
