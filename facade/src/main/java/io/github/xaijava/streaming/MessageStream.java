package io.github.xaijava.streaming;

import io.github.xaijava.generated.model.MessageResponse;

/**
 * A streamed Anthropic-compatible message: the {@link MessageEvent}s of {@code POST /v1/messages}
 * with {@code "stream": true}, ending at {@code message_stop}.
 *
 * <pre>{@code
 * try (MessageStream stream = client.messages().stream(request)) {
 *   stream.forEach(event -> ...);
 *   MessageResponse whole = stream.accumulated().orElseThrow();
 * }
 * }</pre>
 */
public interface MessageStream extends StreamResponse<MessageEvent> {

  /**
   * The events handed out so far folded into one message (see {@link MessageAccumulator});
   * empty before {@code message_start}.
   */
  java.util.Optional<MessageResponse> accumulated();
}
