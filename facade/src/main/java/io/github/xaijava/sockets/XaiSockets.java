package io.github.xaijava.sockets;

import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.internal.sockets.SocketsAccess;
import java.time.Duration;
import java.util.Objects;

/**
 * xAI's WebSocket APIs, opened through the client's own connection settings (base URL with
 * {@code http} become {@code ws}, key, headers, timeouts, redacted log): {@code client.sockets()}.
 *
 * <ul>
 *   <li>{@link #conversation}: Responses WebSocket mode, multi-turn over one socket;</li>
 *   <li>{@link #voiceAgent}: the Voice Agent, speech to speech;</li>
 *   <li>{@link #speech}: text to speech as the text is written;</li>
 *   <li>{@link #transcription}: speech to text as it is spoken.</li>
 * </ul>
 *
 * <p>Each returns an open {@link AutoCloseable} session: close it when done (closing the client
 * closes any left open). Opening fails as an HTTP call would: a refused upgrade is the typed
 * exception of its status ({@code AuthenticationException} for 401, {@code RateLimitException}
 * for 429), a network failure an {@code XaiIoException}. Sockets are not retried: a socket that
 * drops ends its session with the failure, after every event received before it.
 */
public final class XaiSockets {

  static {
    SocketsAccess.register(XaiSockets::new);
  }

  private final SocketContext context;

  private XaiSockets(SocketContext context) {
    this.context = context;
  }

  /**
   * A conversation over Responses WebSocket mode; {@code template}'s settings (model,
   * instructions, tools, {@code store}, ...) apply to every turn, its input is ignored. The socket
   * opens with the first turn.
   */
  public ResponsesConversation conversation(ModelRequest template) {
    return conversation(template, ResponsesConversation.DEFAULT_SOCKET_MAX_AGE);
  }

  /**
   * As {@link #conversation(ModelRequest)}, replacing the socket between turns once it is
   * {@code socketMaxAge} old (xAI closes sockets at 25 minutes).
   */
  public ResponsesConversation conversation(ModelRequest template, Duration socketMaxAge) {
    Objects.requireNonNull(template, "template == null");
    if (socketMaxAge.isNegative() || socketMaxAge.isZero()) {
      throw new IllegalArgumentException("socketMaxAge must be positive: " + socketMaxAge);
    }
    return new ResponsesConversation(context, template, socketMaxAge, context.background());
  }

  /** Opens a Voice Agent session (and sends its configuration, if any). */
  public VoiceSession voiceAgent(VoiceAgentOptions options) {
    return VoiceSession.open(context, Objects.requireNonNull(options, "options == null"));
  }

  /** Opens a streaming text-to-speech socket. */
  public SpeechStream speech(SpeechStreamOptions options) {
    return SpeechStream.open(context, Objects.requireNonNull(options, "options == null"));
  }

  /**
   * Opens a streaming speech-to-text socket; returns once the server is ready for audio (within
   * the read timeout).
   */
  public TranscriptionStream transcription(TranscriptionStreamOptions options) {
    return TranscriptionStream.open(context, Objects.requireNonNull(options, "options == null"),
        context.readTimeout().isZero() ? Duration.ofMinutes(1) : context.readTimeout());
  }

  /** How many of this client's sockets are open. */
  public int openSockets() {
    return context.openSockets();
  }

  @Override
  public String toString() {
    return "XaiSockets{" + context.baseUrl() + "}";
  }
}
