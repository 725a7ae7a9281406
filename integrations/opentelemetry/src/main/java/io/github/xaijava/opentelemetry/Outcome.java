package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the answer told so far: filled from a whole JSON answer at once, or event by event from a
 * stream. Mutable and confined: only the {@link InferenceCall} that owns it touches it, under its
 * lock. Token counts are already in the conventions' meaning (input includes cached tokens,
 * output includes reasoning tokens); a null count was not reported.
 */
final class Outcome {

  String id;
  String model;
  /** Finish reasons by choice index, so that several choices come out in order. */
  final SortedMap<Integer, String> finishReasons = new TreeMap<>();
  Long inputTokens;
  Long outputTokens;
  Long cacheReadTokens;
  Long reasoningTokens;
  Long costTicks;
  /** An error event inside a 200 stream: its code, or "" when it had none. */
  String streamError;
  /** Whether the stream's last event ({@code [DONE]}, {@code response.completed}, …) came. */
  boolean terminal;
  /** {@code gen_ai.output.messages} of a whole answer, when captured. */
  JsonArray outputMessages;
  /** The output of a stream, gathered as it passes, when captured. */
  StreamedOutput streamed;

  List<String> finishReasonList() {
    return new ArrayList<>(finishReasons.values());
  }
}
