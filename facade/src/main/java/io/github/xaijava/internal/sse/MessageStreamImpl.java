package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import io.github.xaijava.generated.model.MessageResponse;
import io.github.xaijava.streaming.MessageAccumulator;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.MessageStream;
import okhttp3.Response;

/** {@link MessageStream} over one open response. */
final class MessageStreamImpl extends EventStream<MessageEvent> implements MessageStream {

  private final MessageAccumulator accumulator;

  private MessageStreamImpl(Response response, Runnable cancel, Gson gson,
      MessageAccumulator accumulator) {
    super(response, cancel, new MessageEventDecoder(gson), accumulator::accept);
    this.accumulator = accumulator;
  }

  static MessageStreamImpl create(Response response, Runnable cancel, Gson gson) {
    return new MessageStreamImpl(response, cancel, gson, new MessageAccumulator());
  }

  @Override
  public MessageResponse accumulated() {
    return accumulator.result();
  }
}
