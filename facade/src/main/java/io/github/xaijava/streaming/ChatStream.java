package io.github.xaijava.streaming;

import io.github.xaijava.structured.Parsed;
import io.github.xaijava.structured.PartialJson;
import java.util.Optional;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;

/**
 * A streamed chat completion: the {@code chat.completion.chunk}s of
 * {@code POST /v1/chat/completions} with {@code "stream": true}, ending at {@code data: [DONE]}.
 *
 * <pre>{@code
 * try (ChatStream stream = client.chat().stream(request)) {
 *   for (ChatResponseChunk chunk : stream) {
 *     System.out.print(chunk.deltaText());
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
   * The chunks handed out so far folded into one completion: the final answer once the stream
   * {@link #isComplete() is complete}, part of it before or after a failure. Its usage comes with
   * the last chunk: {@code client.chat().stream} asks for it unless the request sets its own
   * {@code stream_options}. Safe to call from any thread; each call returns a new object.
   */
  ChatResponse accumulated();

  /**
   * The structured answer so far, read leniently from the partial JSON that has arrived (see
   * {@link io.github.xaijava.structured.PartialJson}); empty before the value starts. For a
   * request sent with {@code ResponseFormats.jsonSchema(type)}.
   */
  default <T> Optional<T> partial(Class<T> type) {
    return PartialJson.read(accumulated().text(), type);
  }

  /**
   * The whole structured answer, once iteration has ended, as {@code client.chat().parse} reads
   * it.
   *
   * @throws IllegalStateException if the stream is not {@link #isComplete() complete}
   * @throws io.github.xaijava.errors.StructuredOutputException if it is empty, a refusal, or
   *     does not fit {@code type}
   */
  default <T> Parsed<T, ChatResponse> parse(Class<T> type) {
    if (!isComplete()) {
      throw new IllegalStateException("the stream is not complete: iterate it to its end before"
          + " parse() (a stream that failed or was closed early has only part of the answer)");
    }
    return Parsed.ofChat(accumulated(), type);
  }
}
