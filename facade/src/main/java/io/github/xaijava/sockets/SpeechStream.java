package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.internal.sockets.EventSocket;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.streaming.StreamHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Text to speech as the text is written ({@code wss://api.x.ai/v1/tts}): send text fragments as
 * they come (from a chat stream, say), end an utterance with {@link #finishUtterance()}, read the
 * audio as {@link SpeechEvent}s. Many utterances may share one stream.
 *
 * <pre>{@code
 * try (SpeechStream speech = client.sockets().speech(SpeechStreamOptions.builder("en").build());
 *      OutputStream out = Files.newOutputStream(Path.of("answer.mp3"))) {
 *   speech.speak(List.of("Hello ", "there."), out);
 * }
 * }</pre>
 */
public final class SpeechStream implements SocketSession<SpeechEvent> {

  /** xAI's limit on one {@code text.delta}; longer text is sent in several. */
  static final int MAX_DELTA_CHARS = 15_000;

  private final EventSocket<SpeechEvent> socket;

  private SpeechStream(EventSocket<SpeechEvent> socket) {
    this.socket = socket;
  }

  static SpeechStream open(SocketContext context, SpeechStreamOptions options) {
    return new SpeechStream(EventSocket.open(context, "/v1/tts", options.query(), Map.of(),
        EventDecoders::speech, e -> { }));
  }

  /** Sends a fragment of text ({@code text.delta}); fragments over xAI's 15,000 characters are split. */
  public void sendText(String text) {
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + MAX_DELTA_CHARS);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // never split a surrogate pair
      }
      JsonObject e = event("text.delta");
      e.addProperty("delta", text.substring(at, end));
      socket.send(e);
      at = end;
    }
  }

  /** Ends the utterance ({@code text.done}): its last audio and {@code audio.done} follow. */
  public void finishUtterance() {
    socket.send(event("text.done"));
  }

  /** Drops the utterance in progress ({@code text.clear}), e.g. when the listener interrupts. */
  public void clear() {
    socket.send(event("text.clear"));
  }

  /**
   * Speaks one utterance made of {@code fragments} (sent as they are iterated, so a lazy source
   * is spoken as it is produced) and writes its audio to {@code out} until {@code audio.done}.
   *
   * @return the bytes of audio written
   * @throws XaiStreamException when the server reports an error or the stream ends first
   * @throws UncheckedIOException when writing to {@code out} fails
   */
  public long speak(Iterable<String> fragments, OutputStream out) {
    for (String fragment : fragments) {
      if (!fragment.isEmpty()) {
        sendText(fragment);
      }
    }
    finishUtterance();
    return writeUtterance(out);
  }

  /**
   * Writes the audio of the utterance in progress to {@code out} until its {@code audio.done}.
   *
   * @return the bytes of audio written
   */
  public long writeUtterance(OutputStream out) {
    long written = 0;
    socket.socket().expectFrames(true);
    try {
      return copyUtterance(out, written);
    } finally {
      socket.socket().expectFrames(false);
    }
  }

  private long copyUtterance(OutputStream out, long written) {
    while (true) {
      Optional<SpeechEvent> next = socket.events().poll(Duration.ofSeconds(1));
      if (next.isEmpty()) {
        if (!socket.socket().isOpen() && socket.events().isEnded()) {
          throw new XaiStreamException(null, "speech stream ended before audio.done");
        }
        continue;
      }
      SpeechEvent event = next.get();
      if (event instanceof SpeechEvent.AudioDelta audio) {
        try {
          out.write(audio.audio());
        } catch (IOException e) {
          throw new UncheckedIOException("writing speech failed", e);
        }
        written += audio.audio().length;
      } else if (event instanceof SpeechEvent.AudioDone) {
        return written;
      } else if (event instanceof SpeechEvent.Error error) {
        throw new XaiStreamException(error.code().isEmpty() ? null : error.code(), error.message());
      }
    }
  }

  @Override
  public Optional<SpeechEvent> poll(Duration timeout) {
    return socket.events().poll(timeout);
  }

  @Override
  public void listen(StreamHandler<? super SpeechEvent> handler, Executor executor) {
    socket.events().listen(handler, executor);
  }

  @Override
  public Iterator<SpeechEvent> iterator() {
    return socket.events().iterator();
  }

  @Override
  public boolean isOpen() {
    return socket.socket().isOpen();
  }

  @Override
  public void close() {
    socket.close();
  }

  @Override
  public String toString() {
    return "SpeechStream{" + socket.socket().url() + "}";
  }

  private static JsonObject event(String type) {
    JsonObject e = new JsonObject();
    e.addProperty("type", type);
    return e;
  }
}
