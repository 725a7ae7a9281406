package io.github.xaijava.streaming;

import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;

/**
 * A streamed chat completion: the {@code chat.completion.chunk}s of
 * {@code POST /v1/chat/completions} with {@code "stream": true}, ending at {@code data: [DONE]}.
 *
 * <pre>{@code
 * try (ChatStream stream = client.chat().stream(request)) {
 *   for (ChatResponseChunk chunk : stream) {
 *     System.out.print(chunk.getChoices().isEmpty() ? "" : chunk.getChoices().get(0).getDelta().getContent());
 *   }
 *   ChatResponse whole = stream.accumulated();
 * }
 * }</pre>
 *
 * <p>Every chunk handed out is also folded by a {@link ChatCompletionAccumulator}. A stream that
 * ends without {@code [DONE]} while a choice is unfinished throws
 * {@link io.github.xaijava.errors.XaiStreamException}, as does an error payload in the stream.
 */
public interface ChatStream extends StreamResponse<ChatResponseChunk> {

  /**
   * The chunks handed out so far folded into one completion: the final answer once iteration
   * has ended. Safe to call from any thread; each call returns a new object.
   */
  ChatResponse accumulated();
}
