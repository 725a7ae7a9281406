package io.github.xaijava.simulator;

import java.util.ArrayList;
import java.util.List;

/** Splits an event-stream body into its frames, checking the framing strictly as it goes. */
final class Sse {
  /** One frame: its {@code event:} name (or null) and its data. */
  record Frame(String event, String data) {}

  private Sse() {}

  static List<Frame> frames(String body) {
    if (!body.endsWith("\n\n")) {
      throw new AssertionError("stream does not end with a blank line: ..." + tail(body));
    }
    List<Frame> out = new ArrayList<>();
    for (String block : body.substring(0, body.length() - 2).split("\n\n", -1)) {
      String event = null;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n", -1)) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
        } else {
          throw new AssertionError("unexpected line in frame: [" + line + "]");
        }
      }
      out.add(new Frame(event, data.toString()));
    }
    return out;
  }

  private static String tail(String s) {
    return s.substring(Math.max(0, s.length() - 80));
  }
}
