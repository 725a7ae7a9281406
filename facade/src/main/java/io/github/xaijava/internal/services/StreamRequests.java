package io.github.xaijava.internal.services;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.StreamOptions;

/**
 * Not API. A request as a stream sends it, one method per {@code decoder} of the {@code stream}
 * rules of {@code generated/shaping.json} (the generated services call
 * {@code StreamRequests.<decoder>(request)}): always {@code "stream": true}, and what else that
 * API's stream needs.
 */
final class StreamRequests {

  /** What a chat stream asks for when the caller did not say: usage, in a last chunk. */
  private static final StreamOptions USAGE = StreamOptions.builder().includeUsage(true).build();

  private StreamRequests() {
  }

  /**
   * Chat completions. Without {@code stream_options} the answer would carry no usage, so a
   * request that does not set them asks for it ({@code "include_usage": true}); the caller's own
   * {@code stream_options} are sent unchanged.
   */
  static ChatRequest chat(ChatRequest request) {
    ChatRequest.Builder streaming = request.toBuilder().stream(true);
    if (request.streamOptions().isEmpty()) {
      streaming.streamOptions(USAGE);
    }
    return streaming.build();
  }

  /** Messages: their stream reports usage anyway. */
  static MessageRequest messages(MessageRequest request) {
    return request.toBuilder().stream(true).build();
  }

  /** Responses: their stream ends with the whole response, usage included. */
  static ModelRequest responses(ModelRequest request) {
    return request.toBuilder().stream(true).build();
  }
}
