package io.github.xaijava.sockets;

import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.InputMessage;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.json.JsonBodies;
import io.github.xaijava.internal.sockets.FrameSocket;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.internal.sse.FrameEvents;
import io.github.xaijava.internal.tools.ResponseTurns;
import io.github.xaijava.internal.tools.ToolLoop;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.structured.ResponseFormats;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A multi-turn conversation over xAI's Responses WebSocket mode ({@code wss://api.x.ai/v1/responses}):
 * one socket, each turn a {@code response.create} that sends only the new input and continues from
 * the previous response, the cheapest way to run a long agent loop. Open it with
 * {@code client.sockets().conversation(template)}; the template's settings (model, instructions,
 * tools, {@code store}) apply to every turn.
 *
 * <pre>{@code
 * try (ResponsesConversation chat = client.sockets().conversation(
 *     ModelRequest.builder().model("grok-4").input("").build())) {
 *   System.out.println(chat.send("Pick a number.").text());
 *   System.out.println(chat.send("Double it.").text());
 * }
 * }</pre>
 *
 * <p><b>One turn at a time.</b> {@link #send} returns at once; a turn sent while another runs
 * waits for it, so each continues from the last. <b>The socket's age.</b> xAI closes a socket
 * after 25 minutes; between turns, a socket older than the conversation's limit (24 minutes) is
 * replaced without you noticing: a stored conversation continues by id on the new socket, and one
 * with {@code store: false} sends its whole context once (the new socket cannot know it).
 * <b>Failures</b> end only their turn, with a {@link XaiStreamException} naming xAI's code; a
 * connection dropped mid-turn fails that turn after delivering every event received, and the turn
 * is not sent again. Thread-safe.
 */
public final class ResponsesConversation implements AutoCloseable {

  /** Replace the socket past this age, before xAI's 25 minutes. */
  public static final Duration DEFAULT_SOCKET_MAX_AGE = Duration.ofMinutes(24);

  private final SocketContext context;
  private final ModelRequest template;
  private final Duration socketMaxAge;
  private final Executor background;
  private final boolean stored;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  /** The conversation so far, kept only without storage: a new socket needs it sent whole. */
  private final List<ModelInputPart> history = new ArrayList<>();
  private FrameSocket socket;
  private Active active;
  private String lastResponseId;
  /** Whether {@link #lastResponseId} can be continued on the current socket. */
  private boolean chainable;
  private int socketsOpened;
  private boolean closed;

  ResponsesConversation(SocketContext context, ModelRequest template, Duration socketMaxAge,
      Executor background) {
    this.context = context;
    this.template = Objects.requireNonNull(template, "template == null");
    this.socketMaxAge = Objects.requireNonNull(socketMaxAge, "socketMaxAge == null");
    this.background = background;
    this.stored = template.store().orElse(true);
  }

  /** A user message as the next turn. */
  public ConversationTurn send(String userText) {
    return send(List.of(InputMessage.builder().role("user").content(userText).build()));
  }

  /** These items (messages, tool outputs) as the next turn, continuing from the last response. */
  public ConversationTurn send(List<ModelInputPart> items) {
    List<ModelInputPart> input = List.copyOf(items);
    return enqueue(previous -> {
      ModelRequest.Builder b = template.toBuilder();
      if (previous != null) {
        b.previousResponseId(previous).input(input);
      } else if (!stored) {
        List<ModelInputPart> whole = new ArrayList<>(history);
        whole.addAll(input);
        b.input(whole);
      } else {
        b.input(input);
      }
      return b.build();
    }, input);
  }

  /**
   * {@code request} as the next turn, exactly as given: it continues from the last response only
   * if it names one ({@code previous_response_id}). The tool loop and structured output use this.
   */
  public ConversationTurn send(ModelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return enqueue(previous -> request, request.inputItems(),
        request.previousResponseId().isEmpty());
  }

  /**
   * Asks for JSON of {@code type} as the next turn (as {@code client.responses().parse} does) and
   * reads the answer into it.
   */
  public <T> Parsed<T, ModelResponse> parse(String userText, Class<T> type) {
    ModelRequest request = template.toBuilder()
        .text(ResponseFormats.responsesJsonSchema(type)).build();
    List<ModelInputPart> input = List.of(InputMessage.builder().role("user").content(userText)
        .build());
    ConversationTurn turn = enqueue(previous -> {
      ModelRequest.Builder b = request.toBuilder();
      if (previous != null) {
        return b.previousResponseId(previous).input(input).build();
      }
      List<ModelInputPart> whole = new ArrayList<>(stored ? List.of() : history);
      whole.addAll(input);
      return b.input(whole).build();
    }, input);
    return Parsed.ofResponse(turn.response(), type);
  }

  /**
   * Runs the tool loop over this conversation's socket: {@code request}, then the outputs of the
   * calls the model asks for, until an answer without calls (as {@code client.responses().runTools}).
   */
  public ToolLoopResult<ModelResponse, ModelInputPart> runTools(ModelRequest request,
      Toolbox toolbox) {
    ModelRequest withTools = request.toBuilder().tools(toolbox.responsesTools()).build();
    return new ToolLoop<>(ResponseTurns.INSTANCE, toolbox, ToolLoopOptions.<ModelResponse>defaults())
        .run(withTools, r -> send(r).response());
  }

  /** The id of the last completed response. */
  public synchronized Optional<String> lastResponseId() {
    return Optional.ofNullable(lastResponseId);
  }

  /** How many sockets this conversation opened (1, plus one per replacement). */
  public synchronized int socketsOpened() {
    return socketsOpened;
  }

  /**
   * Closes the socket; a running turn and those waiting fail with a {@link XaiStreamException}.
   * Idempotent.
   */
  @Override
  public void close() {
    List<Pending> dropped;
    Active running;
    FrameSocket s;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      dropped = new ArrayList<>(pending);
      pending.clear();
      running = active;
      active = null;
      s = socket;
      socket = null;
    }
    XaiStreamException closing = new XaiStreamException(null, "the conversation was closed");
    if (running != null) {
      running.turn.failed(closing);
    }
    dropped.forEach(p -> p.turn.failed(closing));
    if (s != null) {
      s.close();
    }
  }

  @Override
  public synchronized String toString() {
    return "ResponsesConversation{lastResponseId=" + lastResponseId + ", sockets=" + socketsOpened
        + "}";
  }

  // --- the turn machinery ---

  /** A turn waiting: builds its request when it starts, from the id it continues. */
  private record Pending(ConversationTurn turn, Function<String, ModelRequest> request,
      List<ModelInputPart> input, boolean whole) {
  }

  /** The running turn and its decoder, bound to the socket it was sent on. */
  private record Active(Pending pending, ConversationTurn turn, FrameSocket socket,
      FrameEvents decoder, List<ModelInputPart> input, boolean whole) {
  }

  private ConversationTurn enqueue(Function<String, ModelRequest> request,
      List<ModelInputPart> input) {
    return enqueue(request, input, false);
  }

  /** @param whole whether the request carries the whole conversation (not only what is new) */
  private ConversationTurn enqueue(Function<String, ModelRequest> request,
      List<ModelInputPart> input, boolean whole) {
    ConversationTurn turn = new ConversationTurn();
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the conversation is closed");
      }
      pending.add(new Pending(turn, request, input, whole));
    }
    startNext();
    return turn;
  }

  /** Starts the next turn if none runs; may open a socket, so it runs on the caller's thread. */
  private void startNext() {
    Pending next;
    FrameSocket target;
    String previous;
    synchronized (this) {
      if (closed || active != null || pending.isEmpty()) {
        return;
      }
      next = pending.poll();
      try {
        target = currentSocket();
      } catch (XaiException e) {
        next.turn.failed(e);
        background.execute(this::startNext);
        return;
      }
      previous = chainable ? lastResponseId : null;
      active = new Active(next, next.turn, target, FrameEvents.responses(contextRedactor(),
          next.turn::failedResponse), next.input, next.whole);
    }
    try {
      JsonObject frame = JsonBodies.<ModelRequest>adapter(ModelRequest.class)
          .toJsonTree(next.request.apply(previous)).getAsJsonObject();
      frame.remove("stream");
      frame.remove("background");
      JsonObject event = new JsonObject();
      event.addProperty("type", "response.create");
      frame.entrySet().forEach(e -> event.add(e.getKey(), e.getValue()));
      target.expectFrames(true);
      target.sendText(event.toString());
    } catch (RuntimeException e) {
      XaiException failure = e instanceof XaiException x ? x
          : new XaiStreamException(null, "could not send the turn: " + e, e);
      finish(target, null, failure);
    }
  }

  private io.github.xaijava.internal.errors.Redactor contextRedactor() {
    return context.redactor();
  }

  /** The socket for the next turn: the open one, unless it is too old. Holds the lock. */
  private FrameSocket currentSocket() {
    Instant now = context.clock().instant();
    if (socket != null && (!socket.isOpen()
        || Duration.between(socket.openedAt(), now).compareTo(socketMaxAge) >= 0)) {
      FrameSocket old = socket;
      socket = null;
      old.close();
    }
    if (socket == null) {
      Listener listener = new Listener();
      socket = FrameSocket.open(context, "/v1/responses", Map.of(), Map.of(), listener);
      listener.socket = socket;
      socketsOpened++;
      // A new socket knows a stored response by id; an unstored one only on the socket made it.
      chainable = stored && lastResponseId != null;
    }
    return socket;
  }

  /** Ends the running turn (on {@code on}): completed with {@code response}, or failed. */
  private void finish(FrameSocket on, ModelResponse response, XaiException failure) {
    ConversationTurn turn;
    synchronized (this) {
      if (active == null || active.socket != on) {
        return;
      }
      turn = active.turn;
      if (response != null) {
        if (!stored) {
          if (active.whole) {
            history.clear();
          }
          history.addAll(active.input);
          history.addAll(response.output());
        }
        lastResponseId = response.id();
        chainable = true;
      }
      active = null;
      on.expectFrames(false);
    }
    if (failure != null) {
      turn.failed(failure);
    } else {
      turn.completed(response);
    }
    background.execute(this::startNext);
  }

  /** Puts the running turn back first in line; false if it is no longer the running one. */
  private boolean requeue(Active running) {
    synchronized (this) {
      if (active != running || closed) {
        return false;
      }
      active = null;
      pending.addFirst(running.pending);
    }
    background.execute(this::startNext);
    return true;
  }

  /**
   * One socket's frames. Bound to its socket: a frame or the end of a socket that was replaced
   * (its close crossing the next turn's start) never touches a turn running on another socket.
   */
  private final class Listener implements FrameSocket.Listener {
    /** Set right after the socket opens, before any turn is sent on it. */
    private volatile FrameSocket socket;

    /** The running turn, if it runs on this listener's socket. */
    private Active mine() {
      synchronized (ResponsesConversation.this) {
        return active != null && active.socket == socket ? active : null;
      }
    }

    @Override
    public void onText(String text) {
      Active running = mine();
      if (running == null) {
        idleFrame(text);
        return;
      }
      ResponseEvent event;
      try {
        event = running.decoder.decode(text);
      } catch (XaiException failure) {
        if (isConnectionLimit(failure)) {
          running.socket.close();
          if (!running.turn.hasEvents() && requeue(running)) {
            // xAI closed the socket before the turn began (its notice crossed our request):
            // nothing of it ran, so it is sent again, on a new socket.
            return;
          }
        }
        finish(running.socket, null, failure);
        return;
      }
      if (event == null) {
        return;
      }
      running.turn.event(event);
      if (event instanceof ResponseEvent.Lifecycle life && life.isCompleted()) {
        finish(running.socket, life.response().orElse(null) != null ? life.response().get()
            : running.turn.accumulated().orElse(null), null);
      }
    }

    /** Between turns only xAI's age-limit notice is expected: the socket is then replaced. */
    private void idleFrame(String text) {
      JsonObject frame = io.github.xaijava.internal.sockets.Frames.parse(text);
      FrameSocket s = socket;
      if (s != null
          && io.github.xaijava.internal.sockets.Frames.string(frame, "type").equals("error")) {
        s.close();
      }
    }

    @Override
    public void onBinary(okio.ByteString bytes) {
      // The responses socket sends no binary frames; ignore any.
    }

    @Override
    public void onEnd(int code, String reason, XaiException failure) {
      Active running = mine();
      if (running != null && !running.turn.isDone()) {
        XaiStreamException dropped = new XaiStreamException(null,
            "the socket closed before the turn ended (" + code + " " + reason + ")", failure);
        finish(running.socket, null, dropped);
      }
    }
  }

  private static boolean isConnectionLimit(XaiException e) {
    return e instanceof XaiStreamException s
        && s.code().filter("websocket_connection_limit_reached"::equals).isPresent();
  }
}
