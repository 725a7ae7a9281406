package io.github.xaijava.internal.sockets;

import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okio.ByteString;

/**
 * Not API. A socket whose frames are typed events in an {@link EventQueue}: what the voice, speech
 * and transcription sessions share. The session sees each event first ({@code tap}: to keep a
 * conversation id, answer a tool call) on the reader thread, then the user does.
 *
 * @param <E> the event type
 */
public final class EventSocket<E> implements FrameSocket.Listener {

  /** Frames to events; a binary decoder may return null to drop the frame. */
  public interface Decoder<E> {
    E text(String text);

    default E binary(ByteString bytes) {
      return null;
    }
  }

  private final EventQueue<E> events;
  private final Decoder<E> decoder;
  private final Consumer<? super E> tap;
  private volatile FrameSocket socket;

  private EventSocket(Decoder<E> decoder, Consumer<? super E> tap) {
    this.decoder = decoder;
    this.tap = tap;
    this.events = new EventQueue<>(EventQueue.SESSION_CAPACITY, this::close);
  }

  /** Opens the socket (see {@link FrameSocket#open}); its events start queueing at once. */
  public static <E> EventSocket<E> open(SocketContext context, String path,
      Map<String, List<String>> query, Map<String, String> headers, Decoder<E> decoder,
      Consumer<? super E> tap) {
    EventSocket<E> session = new EventSocket<>(decoder, tap);
    session.socket = FrameSocket.open(context, path, query, headers, session);
    return session;
  }

  public EventQueue<E> events() {
    return events;
  }

  public FrameSocket socket() {
    return socket;
  }

  /** Sends one JSON event. */
  public void send(JsonObject event) {
    socket.sendText(event.toString());
  }

  /** Ends the session from the user's side: the queued events are dropped. */
  public void close() {
    FrameSocket s = socket;
    if (s != null) {
      s.close();
    }
    events.abandon();
  }

  @Override
  public void onText(String text) {
    deliver(decoder.text(text));
  }

  @Override
  public void onBinary(ByteString bytes) {
    deliver(decoder.binary(bytes));
  }

  private void deliver(E event) {
    if (event == null) {
      return;
    }
    tap.accept(event);
    events.push(event);
  }

  @Override
  public void onEnd(int code, String reason, XaiException failure) {
    events.end(failure);
  }
}
