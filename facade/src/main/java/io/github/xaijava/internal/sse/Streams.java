package io.github.xaijava.internal.sse;

import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.MessageAccumulator;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.MessageStream;
import io.github.xaijava.streaming.ResponseAccumulator;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamResponse;
import io.github.xaijava.streaming.StreamSubscription;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Not API. Turns the open answer of a streaming operation into a typed stream: checks that it is
 * an event stream (a proxy's HTML page or a JSON answer would otherwise look like a stream with
 * no events), then reads it with the API's decoder. Closing a stream, from any thread, cancels its
 * call.
 */
public final class Streams {

  private final StreamErrors errors;
  private final Executor readers;
  private final long maxEventBytes;

  /**
   * @param readers where a push-style stream is read when its answer is in before the caller has
   *     subscribed (OkHttp's dispatcher threads): never on the caller's thread
   */
  public Streams(Redactor redactor, Executor readers) {
    this(redactor, readers, Long.MAX_VALUE);
  }

  /** @param maxEventBytes the most bytes of one event held in memory */
  public Streams(Redactor redactor, Executor readers, long maxEventBytes) {
    this.errors = new StreamErrors(redactor);
    this.readers = readers;
    this.maxEventBytes = maxEventBytes;
  }

  /** A chat stream over an open 2xx answer. */
  public ChatStream chat(Response response) {
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    StreamErrors errors = this.errors.forRequest(response.request());
    return new ChatStreamImpl(checked(response, errors),
        new ChatChunkDecoder(errors, accumulator::allChoicesFinished), accumulator,
        maxEventBytes);
  }

  /** A responses stream over an open 2xx answer. */
  public ResponseStream responses(Response response) {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    StreamErrors errors = this.errors.forRequest(response.request());
    return new ResponseStreamImpl(checked(response, errors),
        new ResponseEventDecoder(errors, accumulator::acceptFailed), accumulator, maxEventBytes);
  }

  /** A messages stream over an open 2xx answer. */
  public MessageStream messages(Response response) {
    MessageAccumulator accumulator = new MessageAccumulator();
    StreamErrors errors = this.errors.forRequest(response.request());
    return new MessageStreamImpl(checked(response, errors), new MessageEventDecoder(errors),
        accumulator, maxEventBytes);
  }

  /**
   * Push-style reading: once {@code opening} has the answer, its events are read and handed to
   * {@code handler} on the callback executor (or on the OkHttp thread that received it).
   */
  public <T> StreamSubscription subscribe(CompletableFuture<Response> opening,
      Function<Response, ? extends StreamResponse<T>> open, StreamHandler<T> handler,
      Executor callbacks) {
    return Subscription.start(opening, open, handler, callbacks, readers);
  }

  private static Response checked(Response response, StreamErrors errors) {
    MediaType type = response.body() == null ? null : response.body().contentType();
    if (type != null && !("text".equals(type.type()) && "event-stream".equals(type.subtype()))) {
      String start = peek(response);
      response.close();
      throw errors.notAStream(String.valueOf(type), start, Transport.retries(response));
    }
    return response;
  }

  private static String peek(Response response) {
    try {
      return response.peekBody(2048).string();
    } catch (IOException | RuntimeException e) {
      return "(body unreadable)";
    }
  }

  private static final class ChatStreamImpl extends EventStream<ChatResponseChunk>
      implements ChatStream {
    private final ChatCompletionAccumulator accumulator;

    ChatStreamImpl(Response response, ChatChunkDecoder decoder,
        ChatCompletionAccumulator accumulator, long maxEventBytes) {
      super(response, () -> Transport.cancel(response), decoder, accumulator::accept,
          maxEventBytes);
      this.accumulator = accumulator;
    }

    @Override
    public ChatResponse accumulated() {
      return accumulator.result();
    }
  }

  private static final class ResponseStreamImpl extends EventStream<ResponseEvent>
      implements ResponseStream {
    private final ResponseAccumulator accumulator;

    ResponseStreamImpl(Response response, ResponseEventDecoder decoder,
        ResponseAccumulator accumulator, long maxEventBytes) {
      super(response, () -> Transport.cancel(response), decoder, accumulator::accept,
          maxEventBytes);
      this.accumulator = accumulator;
    }

    @Override
    public Optional<ModelResponse> completed() {
      return accumulator.completed();
    }

    @Override
    public Optional<ModelResponse> accumulated() {
      return accumulator.accumulated();
    }

    @Override
    public String outputText() {
      return accumulator.outputText();
    }
  }

  private static final class MessageStreamImpl extends EventStream<MessageEvent>
      implements MessageStream {
    private final MessageAccumulator accumulator;

    MessageStreamImpl(Response response, MessageEventDecoder decoder,
        MessageAccumulator accumulator, long maxEventBytes) {
      super(response, () -> Transport.cancel(response), decoder, accumulator::accept,
          maxEventBytes);
      this.accumulator = accumulator;
    }

    @Override
    public Optional<MessageResponse> accumulated() {
      return accumulator.result();
    }
  }
}
