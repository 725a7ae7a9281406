package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The scanner fed literal text, whole and cut at every byte. */
class SseScannerTest {

  private final List<String> events = new ArrayList<>();
  private final SseScanner scanner = new SseScanner(data -> events.add(data.utf8()));

  private void feed(String text) {
    Buffer b = new Buffer().writeUtf8(text);
    scanner.feed(b, 0, b.size());
  }

  @Test
  void dataOfEachEventIsDispatchedAtItsBlankLine() {
    feed("data: {\"a\":1}\n\ndata: [DONE]\n\n");

    assertEquals(List.of("{\"a\":1}", "[DONE]"), events);
  }

  @Test
  void otherFieldsAndCommentsAreSkipped() {
    feed("event: message_start\nid: 7\n: a comment\nretry: 10\ndata: {\"type\":\"x\"}\n\n");

    assertEquals(List.of("{\"type\":\"x\"}"), events);
  }

  @Test
  void crlfAndCrEndLinesToo() {
    feed("data: one\r\n\r\ndata: two\r\rdata:three\n\n");

    assertEquals(List.of("one", "two", "three"), events);
  }

  @Test
  void severalDataLinesAreJoinedByNewlines() {
    feed("data: {\"a\":\ndata: 1}\n\n");

    assertEquals(List.of("{\"a\":\n1}"), events);
  }

  @Test
  void bytesCutAnywhereGiveTheSameEvents() {
    String text = "event: e\r\ndata: {\"usage\":{\"x\":1}}\r\n\r\ndata: é✓\n\ndata: [DONE]\r\n\r\n";
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int cut = 1; cut < bytes.length; cut++) {
      List<String> seen = new ArrayList<>();
      SseScanner s = new SseScanner(data -> seen.add(data.utf8()));
      Buffer sink = new Buffer();
      sink.write(bytes, 0, cut);
      s.feed(sink, 0, cut);
      sink.write(bytes, cut, bytes.length - cut);
      s.feed(sink, cut, bytes.length - cut);
      assertEquals(List.of("{\"usage\":{\"x\":1}}", "é✓", "[DONE]"), seen, "cut at " + cut);
    }
  }

  @Test
  void onlyTheFedRangeOfTheSinkIsRead() {
    Buffer sink = new Buffer().writeUtf8("already read by the caller\n\ndata: new\n\n");
    long before = "already read by the caller\n\n".length();

    scanner.feed(sink, before, sink.size() - before);

    assertEquals(List.of("new"), events);
    assertEquals(before + "data: new\n\n".length(), sink.size(), "the sink is not consumed");
  }

  @Test
  void aLastEventWithoutItsBlankLineCountsAtTheEnd() {
    feed("data: last");
    assertEquals(List.of(), events);

    scanner.finish();

    assertEquals(List.of("last"), events);
  }

  @Test
  void anOversizedEventIsDroppedAndTheNextOneStillCounts() {
    StringBuilder big = new StringBuilder("data: ");
    while (big.length() <= SseScanner.MAX_EVENT_BYTES) {
      big.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
    feed(big.toString());
    feed("\n\ndata: small\n\n");

    assertEquals(List.of("small"), events);
  }
}
