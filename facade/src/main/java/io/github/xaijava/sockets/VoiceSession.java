package io.github.xaijava.sockets;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.xaijava.internal.sockets.EventSocket;
import io.github.xaijava.internal.sockets.SocketContext;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.tools.ToolResult;
import io.github.xaijava.tools.Toolbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A session with xAI's Voice Agent ({@code wss://api.x.ai/v1/realtime}): speech in, speech out,
 * with the server detecting turns, transcripts, tools and barge-in. Open one with
 * {@code client.sockets().voiceAgent(options)}; read its {@link VoiceEvent}s as a
 * {@link SocketSession}; send with the methods below (each one JSON event, returning at once).
 *
 * <pre>{@code
 * try (VoiceSession session = client.sockets().voiceAgent(VoiceAgentOptions.builder()
 *     .session(VoiceSessionConfig.builder().voice("eve").build()).build())) {
 *   session.sendText("Say hello.");
 *   for (VoiceEvent event : session) {
 *     if (event instanceof VoiceEvent.AudioDelta audio) {
 *       out.write(audio.audio());
 *     } else if (event instanceof VoiceEvent.ResponseLifecycle r && r.isDone()) {
 *       break;
 *     }
 *   }
 * }
 * }</pre>
 */
public final class VoiceSession implements SocketSession<VoiceEvent> {

  private final EventSocket<VoiceEvent> socket;
  private final Tap tap;

  private VoiceSession(EventSocket<VoiceEvent> socket, Tap tap) {
    this.socket = socket;
    this.tap = tap;
  }

  static VoiceSession open(SocketContext context, VoiceAgentOptions options) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    options.model().ifPresent(m -> query.put("model", List.of(m)));
    options.reasoningEffort().ifPresent(e -> query.put("reasoning.effort", List.of(e)));
    options.conversationId().ifPresent(c -> query.put("conversation_id", List.of(c)));
    Map<String, String> headers = new LinkedHashMap<>();
    options.clientSecret().ifPresent(s -> headers.put("Authorization", "Bearer " + s));
    Tap tap = new Tap();
    VoiceSession session = new VoiceSession(
        EventSocket.open(context, "/v1/realtime", query, headers, EventDecoders::voice, tap), tap);
    tap.session = session;
    options.session().ifPresent(session::updateSession);
    return session;
  }

  /** The conversation's id, once {@code conversation.created} arrived; keep it to resume. */
  public Optional<String> conversationId() {
    return Optional.ofNullable(tap.conversationId);
  }

  /** Sends {@code session.update}: what {@code config} sets changes, the rest stays. */
  public void updateSession(VoiceSessionConfig config) {
    JsonObject e = event("session.update");
    e.add("session", config.toJson());
    socket.send(e);
  }

  /** Sends audio in the session's input format ({@code input_audio_buffer.append}, base64). */
  public void appendAudio(byte[] audio) {
    appendAudio(audio, 0, audio.length);
  }

  /** Sends {@code length} bytes of {@code audio} from {@code offset}. */
  public void appendAudio(byte[] audio, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, audio.length);
    JsonObject e = event("input_audio_buffer.append");
    e.addProperty("audio", Base64.getEncoder().encodeToString(
        offset == 0 && length == audio.length ? audio
            : java.util.Arrays.copyOfRange(audio, offset, offset + length)));
    socket.send(e);
  }

  /**
   * Sends a PCM or WAV file in 100 ms frames, at the pace of speech when {@code realTime} (what
   * the server's turn detection expects), else as fast as the send queue takes them.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public void streamAudio(Path file, boolean realTime) {
    AudioFiles.Pcm pcm;
    try {
      pcm = AudioFiles.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int frame = AudioFormat.pcm(pcm.sampleRate()).bytesFor(100);
    byte[] data = pcm.data();
    for (int at = 0; at < data.length; at += frame) {
      appendAudio(data, at, Math.min(frame, data.length - at));
      if (realTime) {
        AudioFiles.pause(Duration.ofMillis(100));
      } else {
        AudioFiles.awaitRoom(socket.socket(), frame);
      }
    }
  }

  /** Ends the user's turn when turn detection is off ({@code input_audio_buffer.commit}). */
  public void commitAudio() {
    socket.send(event("input_audio_buffer.commit"));
  }

  /** Drops the audio sent since the last commit ({@code input_audio_buffer.clear}). */
  public void clearAudio() {
    socket.send(event("input_audio_buffer.clear"));
  }

  /** A user message in text, then a response to it. */
  public void sendText(String text) {
    addMessage("user", text);
    createResponse();
  }

  /** A message in the conversation without asking for a response ({@code role}: user, assistant, system). */
  public void addMessage(String role, String text) {
    JsonObject part = new JsonObject();
    part.addProperty("type", role.equals("assistant") ? "text" : "input_text");
    part.addProperty("text", text);
    JsonArray content = new JsonArray();
    content.add(part);
    JsonObject item = new JsonObject();
    item.addProperty("type", "message");
    item.addProperty("role", role);
    item.add("content", content);
    createItem(item);
  }

  /** {@code conversation.item.create} with {@code item} as xAI's JSON. */
  public void createItem(JsonObject item) {
    JsonObject e = event("conversation.item.create");
    e.add("item", item);
    socket.send(e);
  }

  /** {@code conversation.item.delete}. */
  public void deleteItem(String itemId) {
    JsonObject e = event("conversation.item.delete");
    e.addProperty("item_id", itemId);
    socket.send(e);
  }

  /**
   * {@code conversation.item.truncate}: after a barge-in, cut the answer being played to what the
   * user heard ({@code audioEndMs}), so the model knows where it was interrupted.
   */
  public void truncateItem(String itemId, int contentIndex, long audioEndMs) {
    JsonObject e = event("conversation.item.truncate");
    e.addProperty("item_id", itemId);
    e.addProperty("content_index", contentIndex);
    e.addProperty("audio_end_ms", audioEndMs);
    socket.send(e);
  }

  /** {@code response.create}: answer now. */
  public void createResponse() {
    socket.send(event("response.create"));
  }

  /** {@code response.create} with a {@code response} object (instructions for this turn, metadata). */
  public void createResponse(JsonObject response) {
    JsonObject e = event("response.create");
    e.add("response", response);
    socket.send(e);
  }

  /** {@code response.cancel}: stop the response being produced. */
  public void cancelResponse() {
    socket.send(event("response.cancel"));
  }

  /** Answers a function call, then asks for the response that uses the answer. */
  public void sendFunctionOutput(String callId, String output) {
    JsonObject item = new JsonObject();
    item.addProperty("type", "function_call_output");
    item.addProperty("call_id", callId);
    item.addProperty("output", output);
    createItem(item);
    createResponse();
  }

  /**
   * From now on, every {@link VoiceEvent.FunctionCall} is run by {@code toolbox} (off the socket's
   * thread) and answered with {@link #sendFunctionOutput}. The calls still arrive as events.
   */
  public void answerToolCalls(Toolbox toolbox, Executor executor) {
    tap.toolbox = Objects.requireNonNull(toolbox, "toolbox == null");
    tap.toolExecutor = Objects.requireNonNull(executor, "executor == null");
  }

  /** Sends any event as xAI's JSON (its {@code type} included). */
  public void send(JsonObject event) {
    socket.send(event);
  }

  @Override
  public Optional<VoiceEvent> poll(Duration timeout) {
    return socket.events().poll(timeout);
  }

  @Override
  public void listen(StreamHandler<? super VoiceEvent> handler, Executor executor) {
    socket.events().listen(handler, executor);
  }

  @Override
  public Iterator<VoiceEvent> iterator() {
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
    return "VoiceSession{" + socket.socket().url() + ", conversation=" + tap.conversationId + "}";
  }

  private static JsonObject event(String type) {
    JsonObject e = new JsonObject();
    e.addProperty("type", type);
    return e;
  }

  /** Sees each event before the user: keeps the conversation id, runs tool calls. */
  private static final class Tap implements java.util.function.Consumer<VoiceEvent> {
    volatile VoiceSession session;
    volatile String conversationId;
    volatile Toolbox toolbox;
    volatile Executor toolExecutor;

    @Override
    public void accept(VoiceEvent event) {
      if (event instanceof VoiceEvent.ConversationCreated c && !c.conversationId().isEmpty()) {
        conversationId = c.conversationId();
      } else if (event instanceof VoiceEvent.FunctionCall call && toolbox != null) {
        Toolbox box = toolbox;
        CompletableFuture.runAsync(() -> {
          ToolResult result = box.run(call.callId(), call.name(), call.arguments());
          if (session.isOpen()) {
            session.sendFunctionOutput(call.callId(), result.output());
          }
        }, toolExecutor);
      }
    }
  }
}
