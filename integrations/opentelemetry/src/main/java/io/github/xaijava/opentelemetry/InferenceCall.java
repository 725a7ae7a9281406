package io.github.xaijava.opentelemetry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ByteString;

/**
 * One HTTP attempt of an inference operation, from the span's start to its end: reads the answer
 * (peeked when it is JSON, observed as it passes when it is a stream), then ends the span and
 * records the metrics, exactly once whichever way the attempt ends.
 *
 * <p>The ways an attempt ends, and what they record:
 * <ul>
 *   <li>a 2xx JSON answer: when it has been received (the span covers its transfer);</li>
 *   <li>a non-2xx answer: at once, with {@code error.type} = the status code;</li>
 *   <li>a failure before an answer: {@code error.type} = the exception's class name;</li>
 *   <li>a stream read to its final event, then to its end or closed: normally;</li>
 *   <li>a stream carrying an error event: {@code error.type = stream_error};</li>
 *   <li>a stream whose body ends before its final event: {@code error.type = stream_incomplete};</li>
 *   <li>a stream that fails while read: {@code error.type} = the exception's class name;</li>
 *   <li>a stream the caller closes or cancels before its final event: no error (the caller
 *       chose to stop), but {@code finish_reasons = ["error"]}, as the conventions ask of a
 *       generation that did not end normally.</li>
 * </ul>
 * A stream whose body is never closed never ends its span; the client always closes it.
 *
 * <p>Threads: the reading thread feeds the stream hooks; {@code close} may come from another
 * one. Both go through this object's lock, held only while a chunk is scanned (never across a
 * read from the network).
 */
final class InferenceCall {

  /** 4 MiB: a chat answer is far smaller; an image answer in base64 may be larger, and skipped. */
  static final long MAX_ANSWER_BYTES = 4L * 1024 * 1024;

  private final Operation op;
  private final Span span;
  private final Context context;
  private final long startNanos;
  private final Attributes metricAttributes;
  private final Instruments instruments;
  private final boolean capture;
  private final okhttp3.Call call;
  private final Outcome outcome = new Outcome();
  private final AtomicBoolean ended = new AtomicBoolean();
  private SseScanner scanner;
  private boolean sawEvent;
  private long firstEventNanos;
  /** Scanning failed (a bug of ours): stop looking, never disturb the caller's stream. */
  private boolean blind;

  InferenceCall(Operation op, Span span, Context context, long startNanos,
      Attributes metricAttributes, Instruments instruments, boolean capture, okhttp3.Call call) {
    this.op = op;
    this.span = span;
    this.context = context;
    this.startNanos = startNanos;
    this.metricAttributes = metricAttributes;
    this.instruments = instruments;
    this.capture = capture;
    this.call = call;
  }

  /** The attempt failed before an answer came: an error, but no generation to give a reason. */
  void failed(Throwable error) {
    end(error.getClass().getName(), error, false);
  }

  /** The answer came: ends the span now, or wraps a stream so that its end ends the span. */
  Response answered(Response response) {
    if (!response.isSuccessful()) {
      end(String.valueOf(response.code()), null, false);
      return response;
    }
    ResponseBody body = response.body();
    if (body == null) {
      end(null, null, false);
      return response;
    }
    if (isEventStream(body.contentType())) {
      synchronized (this) {
        scanner = new SseScanner(this::onData);
        if (capture) {
          outcome.streamed = new StreamedOutput();
        }
      }
      return response.newBuilder().body(new TracedBody(body, this)).build();
    }
    readWhole(response, body);
    return response;
  }

  /**
   * A JSON answer, peeked (a copy of at most {@link #MAX_ANSWER_BYTES}; the caller still reads all
   * of it). An answer announced larger is not read at all; one of unknown length that is larger
   * fails to parse and tells nothing.
   */
  private void readWhole(Response response, ResponseBody body) {
    long length = body.contentLength();
    if (response.code() == 202 || length == 0 || length > MAX_ANSWER_BYTES) {
      end(null, null, false);
      return;
    }
    ResponseBody peeked;
    try {
      peeked = response.peekBody(MAX_ANSWER_BYTES);
    } catch (IOException e) {
      // The caller's own read meets the same failure and reports it.
      end(e.getClass().getName(), e, true);
      return;
    }
    try {
      JsonElement answer = JsonParser.parseReader(peeked.charStream());
      if (answer.isJsonObject()) {
        synchronized (this) {
          Answers.read(op, answer.getAsJsonObject(), outcome, capture);
        }
      }
    } catch (JsonParseException | IllegalStateException e) {
      // Not JSON, or cut at the cap: nothing to record from it.
    }
    end(null, null, false);
  }

  // ------------------------------------------------------------------------- stream hooks

  synchronized void onBytes(Buffer sink, long offset, long count) {
    if (ended.get() || blind) {
      return;
    }
    try {
      scanner.feed(sink, offset, count);
    } catch (RuntimeException e) {
      blind = true;
    }
  }

  /** Called by the scanner, under this object's lock. */
  private void onData(ByteString payload) {
    if (!sawEvent) {
      firstEventNanos = System.nanoTime();
    }
    if (StreamEvents.isDone(payload)) {
      outcome.terminal = true;
      return;
    }
    boolean first = !sawEvent;
    sawEvent = true;
    if (!first && outcome.streamed == null && !StreamEvents.worthParsing(op, payload)) {
      return;
    }
    JsonObject event = Json.parseObject(payload.utf8());
    if (event != null) {
      StreamEvents.apply(op, event, outcome);
    }
  }

  /** The body was read to its end. */
  synchronized void onEndOfStream() {
    if (!blind) {
      try {
        scanner.finish();
      } catch (RuntimeException e) {
        blind = true;
      }
    }
    if (outcome.terminal || blind) {
      end(null, null, false);
    } else {
      end("stream_incomplete", null, true);
    }
  }

  /** Reading the body failed. */
  synchronized void onStreamFailure(Exception error) {
    if (outcome.terminal) {
      end(null, null, false);
    } else if (call.isCanceled()) {
      end(null, null, true); // the caller cancelled: its choice, not a failure
    } else {
      end(error.getClass().getName(), error, true);
    }
  }

  /** The body was closed (by the caller, or by the client after the final event). */
  synchronized void onClose() {
    end(null, null, !outcome.terminal);
  }

  // ------------------------------------------------------------------------- the end

  private synchronized void end(String errorType, Throwable error, boolean abnormal) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    if (errorType == null && outcome.streamError != null) {
      errorType = "stream_error";
      abnormal = true;
    }
    long endNanos = System.nanoTime();
    Outcome o = outcome;
    if (o.id != null) {
      span.setAttribute(GenAi.RESPONSE_ID, o.id);
    }
    if (o.model != null) {
      span.setAttribute(GenAi.RESPONSE_MODEL, o.model);
    }
    List<String> finishReasons = abnormal ? List.of("error") : o.finishReasonList();
    if (!finishReasons.isEmpty()) {
      span.setAttribute(GenAi.RESPONSE_FINISH_REASONS, finishReasons);
    }
    setIfKnown(GenAi.USAGE_INPUT_TOKENS, o.inputTokens);
    setIfKnown(GenAi.USAGE_OUTPUT_TOKENS, o.outputTokens);
    setIfKnown(GenAi.USAGE_CACHE_READ_INPUT_TOKENS, o.cacheReadTokens);
    setIfKnown(GenAi.USAGE_REASONING_OUTPUT_TOKENS, o.reasoningTokens);
    setIfKnown(GenAi.XAI_USAGE_COST_IN_USD_TICKS, o.costTicks);
    if (sawEvent) {
      span.setAttribute(GenAi.RESPONSE_TIME_TO_FIRST_CHUNK,
          (firstEventNanos - startNanos) / 1e9);
    }
    if (capture) {
      if (o.outputMessages != null) {
        span.setAttribute(GenAi.OUTPUT_MESSAGES, o.outputMessages.toString());
      } else if (o.streamed != null && sawEvent) {
        span.setAttribute(GenAi.OUTPUT_MESSAGES,
            o.streamed.toMessages(o.finishReasons, abnormal ? "error" : null).toString());
      }
    }
    if (errorType != null) {
      span.setAttribute(GenAi.ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
    }
    if (error != null) {
      span.recordException(error);
    }
    span.end();
    record(endNanos, errorType);
  }

  private void record(long endNanos, String errorType) {
    AttributesBuilder shared = metricAttributes.toBuilder();
    if (outcome.model != null) {
      shared.put(GenAi.RESPONSE_MODEL, outcome.model);
    }
    Attributes tokenBase = shared.build();
    if (errorType != null) {
      shared.put(GenAi.ERROR_TYPE, errorType);
    }
    instruments.duration.record(
        (endNanos - startNanos) / (double) TimeUnit.SECONDS.toNanos(1), shared.build(), context);
    if (outcome.inputTokens != null) {
      instruments.tokens.record(outcome.inputTokens,
          tokenBase.toBuilder().put(GenAi.TOKEN_TYPE, "input").build(), context);
    }
    if (outcome.outputTokens != null) {
      instruments.tokens.record(outcome.outputTokens,
          tokenBase.toBuilder().put(GenAi.TOKEN_TYPE, "output").build(), context);
    }
  }

  private void setIfKnown(AttributeKey<Long> key, Long value) {
    if (value != null) {
      span.setAttribute(key, value);
    }
  }

  private static boolean isEventStream(MediaType type) {
    return type != null && "text".equals(type.type()) && "event-stream".equals(type.subtype());
  }
}
