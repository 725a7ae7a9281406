package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.ChatStream;
import okhttp3.Response;

/** {@link ChatStream} over one open response. */
final class ChatStreamImpl extends EventStream<ChatResponseChunk> implements ChatStream {

  private final ChatCompletionAccumulator accumulator;

  private ChatStreamImpl(Response response, Runnable cancel, Gson gson,
      ChatCompletionAccumulator accumulator) {
    super(response, cancel, new ChatChunkDecoder(gson, accumulator::allChoicesFinished),
        accumulator::accept);
    this.accumulator = accumulator;
  }

  static ChatStreamImpl create(Response response, Runnable cancel, Gson gson) {
    return new ChatStreamImpl(response, cancel, gson, new ChatCompletionAccumulator());
  }

  @Override
  public ChatResponse accumulated() {
    return accumulator.result();
  }
}
