package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.internal.sockets.EventSocket;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.streaming.StreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Speech to text as it is spoken ({@code wss://api.x.ai/v1/stt}): send audio frames (about 100 ms
 * each) with {@link #sendAudio}, read partial and final transcripts as {@link TranscriptionEvent}s;
 * {@link #finish()} asks for the whole transcript, after which the server closes the socket.
 * Opening returns once the server is ready for audio ({@code transcript.created}).
 *
 * <pre>{@code
 * try (TranscriptionStream stt = client.sockets().transcription(TranscriptionStreamOptions.builder().build());
 *      InputStream audio = Files.newInputStream(Path.of("call.pcm"))) {
 *   System.out.println(stt.transcribe(audio).text());
 * }
 * }</pre>
 */
public final class TranscriptionStream implements SocketSession<TranscriptionEvent> {

  private final EventSocket<TranscriptionEvent> socket;
  private final AudioFormat format;

  private TranscriptionStream(EventSocket<TranscriptionEvent> socket, AudioFormat format) {
    this.socket = socket;
    this.format = format;
  }

  static TranscriptionStream open(SocketContext context, TranscriptionStreamOptions options,
      Duration readyWithin) {
    CountDownLatch ready = new CountDownLatch(1);
    EventSocket<TranscriptionEvent> socket = EventSocket.open(context, "/v1/stt", options.query(),
        Map.of(), EventDecoders::transcription, e -> {
          if (e instanceof TranscriptionEvent.Created || e instanceof TranscriptionEvent.Error) {
            ready.countDown();
          }
        });
    try {
      if (!ready.await(readyWithin.toMillis(), TimeUnit.MILLISECONDS) && socket.socket().isOpen()) {
        socket.close();
        throw new XaiIoException(XaiIoException.Kind.TIMEOUT, "speech-to-text socket sent no"
            + " transcript.created within " + readyWithin, null, 0);
      }
    } catch (InterruptedException e) {
      socket.close();
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED, "interrupted while opening", e, 0);
    }
    return new TranscriptionStream(socket, options.format());
  }

  /** Sends a frame of audio in the stream's format (a binary frame). */
  public void sendAudio(byte[] audio) {
    sendAudio(audio, 0, audio.length);
  }

  /** Sends {@code length} bytes of {@code audio} from {@code offset}. */
  public void sendAudio(byte[] audio, int offset, int length) {
    socket.socket().sendBinary(audio, offset, length);
  }

  /** Asks for the final transcript of what was said so far ({@code finalize}). */
  public void finalizeUtterance() {
    socket.send(event("finalize"));
  }

  /** No more audio ({@code audio.done}): the server sends {@code transcript.done} and closes. */
  public void finish() {
    socket.send(event("audio.done"));
    socket.socket().expectFrames(true);
  }

  /**
   * Sends all of {@code audio} in 100 ms frames as fast as the socket takes them, then
   * {@link #finish()}es and waits for the whole transcript; the events before it are skipped.
   *
   * @throws XaiStreamException when the server reports an error or closes first
   * @throws UncheckedIOException when reading {@code audio} fails
   */
  public TranscriptionEvent.Done transcribe(InputStream audio) {
    return transcribe(audio, event -> { });
  }

  /**
   * As {@link #transcribe(InputStream)}, handing each event before the whole transcript (the
   * partial transcripts) to {@code each} on this thread, once the audio is sent.
   */
  public TranscriptionEvent.Done transcribe(InputStream audio,
      Consumer<? super TranscriptionEvent> each) {
    int frame = format.bytesFor(100);
    byte[] buffer = new byte[frame > 0 ? frame : 4096];
    try {
      int n;
      while ((n = audio.readNBytes(buffer, 0, buffer.length)) > 0) {
        sendAudio(buffer, 0, n);
        AudioFiles.awaitRoom(socket.socket(), n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading audio failed", e);
    }
    finish();
    return awaitDone(each);
  }

  /** Waits for {@code transcript.done}; the events before it go to {@code each}. */
  public TranscriptionEvent.Done awaitDone(Consumer<? super TranscriptionEvent> each) {
    while (true) {
      Optional<TranscriptionEvent> next = socket.events().poll(Duration.ofSeconds(1));
      if (next.isEmpty()) {
        if (socket.events().isEnded()) {
          throw new XaiStreamException(null, "speech-to-text socket closed before transcript.done");
        }
        continue;
      }
      if (next.get() instanceof TranscriptionEvent.Done done) {
        return done;
      }
      if (next.get() instanceof TranscriptionEvent.Error error) {
        throw new XaiStreamException(error.code().isEmpty() ? null : error.code(), error.message());
      }
      each.accept(next.get());
    }
  }

  @Override
  public Optional<TranscriptionEvent> poll(Duration timeout) {
    return socket.events().poll(timeout);
  }

  @Override
  public void listen(StreamHandler<? super TranscriptionEvent> handler, Executor executor) {
    socket.events().listen(handler, executor);
  }

  @Override
  public Iterator<TranscriptionEvent> iterator() {
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
    return "TranscriptionStream{" + socket.socket().url() + "}";
  }

  private static JsonObject event(String type) {
    JsonObject e = new JsonObject();
    e.addProperty("type", type);
    return e;
  }
}
