package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.CreateRealtimeClientSecretRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.RealtimeClientSecret;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.http.Scheduler;
import io.github.xaijava.internal.http.Sleeper;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.sockets.AudioFiles;
import io.github.xaijava.sockets.ConversationTurn;
import io.github.xaijava.sockets.ResponsesConversation;
import io.github.xaijava.sockets.SpeechEvent;
import io.github.xaijava.sockets.SpeechStream;
import io.github.xaijava.sockets.SpeechStreamOptions;
import io.github.xaijava.sockets.TranscriptionEvent;
import io.github.xaijava.sockets.TranscriptionStream;
import io.github.xaijava.sockets.TranscriptionStreamOptions;
import io.github.xaijava.sockets.VoiceAgentOptions;
import io.github.xaijava.sockets.VoiceEvent;
import io.github.xaijava.sockets.VoiceSession;
import io.github.xaijava.sockets.VoiceSessionConfig;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.testsupport.SimulatedClients;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * xAI's four WebSocket APIs through the client against the simulator, on real sockets: a
 * conversation of 20 turns across socket replacements (stored and not), the server's age limit,
 * typed turn failures, the tool loop and structured output over the socket; a voice session fed a
 * WAV file, a text turn, a function round trip, cancel and resumption; streaming speech out and in;
 * refusals and faults; and no socket left open.
 */
class RealtimeEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static ModelRequest template() {
    return ModelRequest.builder().model("grok-4").input("").build();
  }

  /** A clock the test moves: the conversation's socket age is read from it. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-06T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static List<JsonObject> forwardedTurns(XaiSimulator sim) {
    List<JsonObject> bodies = new ArrayList<>();
    for (RecordedRequest r : sim.requests()) {
      if (r.method().equals("POST") && r.path().equals("/v1/responses")) {
        bodies.add(JsonParser.parseString(r.bodyText()).getAsJsonObject());
      }
    }
    return bodies;
  }

  private static long upgrades(XaiSimulator sim, String path) {
    return sim.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().equals(path)).count();
  }

  @Test
  void twentyTurnsAcrossSocketReplacementsEachContinuingTheLast(XaiSimulator sim) {
    MovableClock clock = new MovableClock();
    try (XaiClient client = TestClients.client(sim.baseUrl(),
        new Timers(Sleeper.SYSTEM, Scheduler.SYSTEM, clock), o -> o.apiKey(sim.apiKey()));
         ResponsesConversation chat = client.sockets().conversation(template())) {
      List<String> ids = new ArrayList<>();
      for (int turn = 1; turn <= 20; turn++) {
        ModelResponse answer = chat.send("Turn " + turn + ".").response();
        ids.add(answer.id());
        assertFalse(answer.outputText().isEmpty());
        if (turn % 5 == 0) {
          clock.advance(Duration.ofMinutes(24)); // the next turn needs a new socket
        }
      }
      assertEquals(4, chat.socketsOpened());
      assertEquals(4, upgrades(sim, "/v1/responses"));
      List<JsonObject> sent = forwardedTurns(sim);
      assertEquals(20, sent.size());
      assertFalse(sent.get(0).has("previous_response_id"));
      for (int i = 1; i < 20; i++) {
        assertEquals(ids.get(i - 1), sent.get(i).get("previous_response_id").getAsString(),
            "turn " + (i + 1) + " continues turn " + i + ", also on a new socket (stored)");
        assertEquals(1, sent.get(i).getAsJsonArray("input").size(), "only the new input is sent");
      }
      assertEquals(ids.get(19), chat.lastResponseId().orElseThrow());
    }
  }

  @Test
  void withoutStorageANewSocketGetsTheWholeConversationOnce(XaiSimulator sim) {
    MovableClock clock = new MovableClock();
    try (XaiClient client = TestClients.client(sim.baseUrl(),
        new Timers(Sleeper.SYSTEM, Scheduler.SYSTEM, clock), o -> o.apiKey(sim.apiKey()));
         ResponsesConversation chat = client.sockets().conversation(
             template().toBuilder().store(false).build())) {
      ModelResponse one = chat.send("One.").response();
      String first = one.id();
      ModelResponse two = chat.send("Two.").response();
      clock.advance(Duration.ofMinutes(25));
      chat.send("Three.").response();
      chat.send("Four.").response();
      List<JsonObject> sent = forwardedTurns(sim);
      assertEquals(first, sent.get(1).get("previous_response_id").getAsString(),
          "on the socket that made it, an unstored response is continued by id");
      JsonObject third = sent.get(2);
      assertFalse(third.has("previous_response_id"), "a new socket cannot know it");
      JsonArray whole = third.getAsJsonArray("input");
      assertEquals(1 + one.output().size() + 1 + two.output().size() + 1, whole.size(),
          "user, answer, user, answer (each answer's items: reasoning, message), the new message");
      assertTrue(whole.get(0).toString().contains("One."));
      assertTrue(whole.get(whole.size() - 1).toString().contains("Three."));
      assertEquals(1, sent.get(3).getAsJsonArray("input").size(), "then by id again");
      assertEquals(2, chat.socketsOpened());
    }
  }

  @Test
  void theServersAgeLimitIsMetWithANewSocketBetweenTurns() throws Exception {
    try (XaiSimulator sim = XaiSimulator.builder().responsesSocketMaxAge(Duration.ofMillis(1500))
        .build().start();
         XaiClient client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()));
         ResponsesConversation chat = client.sockets().conversation(template())) {
      chat.send("Before.").response();
      // The simulator closes sockets after 1.5 s with xAI's websocket_connection_limit_reached.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (client.sockets().openSockets() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(0, client.sockets().openSockets(), "the server closed the old socket");
      ModelResponse after = chat.send("After.").response();
      assertEquals(2, chat.socketsOpened());
      assertEquals(after.id(), chat.lastResponseId().orElseThrow());
      assertEquals(2, upgrades(sim, "/v1/responses"));
    }
  }

  @Test
  void aTurnsFailureNamesXaisCodeAndTheNextTurnStillRuns() {
    try (ResponsesConversation chat = clients.client().sockets().conversation(template())) {
      ConversationTurn lost = chat.send(template().toBuilder().input("Go on.")
          .previousResponseId("resp_never_made").build());
      XaiStreamException failure = assertThrows(XaiStreamException.class, lost::response);
      assertEquals("previous_response_not_found", failure.code().orElseThrow());
      assertFalse(chat.send("Hello.").text().isEmpty());
    }
  }

  @Test
  void aCutSocketEndsTheTurnAfterItsEventsAndIsNotRepeated(XaiSimulator sim) {
    sim.faults().onPath("/v1/responses").cutStreamAfter(3);
    try (ResponsesConversation chat = clients.client().sockets().conversation(template())) {
      ConversationTurn cut = chat.send("Tell me a long story.");
      List<ResponseEvent> received = new ArrayList<>();
      XaiStreamException dropped = assertThrows(XaiStreamException.class,
          () -> cut.forEach(received::add));
      assertEquals(3, received.size(), "every event sent before the cut");
      assertTrue(dropped.getMessage().contains("closed before the turn ended"), dropped.getMessage());
      assertFalse(chat.send("Again.").text().isEmpty());
      assertEquals(1, forwardedTurns(sim).stream()
          .filter(b -> b.toString().contains("long story")).count(), "not sent again");
    }
  }

  @Test
  void anErrorFrameFailsTheTurnWithItsCode(XaiSimulator sim) {
    sim.faults().onPath("/v1/responses").errorFrameAfter(2);
    try (ResponsesConversation chat = clients.client().sockets().conversation(template())) {
      XaiStreamException failure = assertThrows(XaiStreamException.class,
          () -> chat.send("Hello.").response());
      assertEquals("internal_error", failure.code().orElseThrow());
    }
  }

  record Capital(String country, String city) {
  }

  record GetWeather(String city) {
  }

  @Test
  void theToolLoopAndStructuredOutputRunOverTheSocket(XaiSimulator sim) {
    Toolbox tools = Toolbox.builder().add(GetWeather.class, w -> "18 °C in " + w.city()).build();
    try (ResponsesConversation chat = clients.client().sockets().conversation(template())) {
      ToolLoopResult<ModelResponse, ?> result = chat.runTools(template().toBuilder()
          .input("What's the weather in Rome?").build(), tools);
      assertTrue(result.rounds().size() >= 1, "at least one round of calls");
      assertFalse(result.response().outputText().isEmpty());
      Parsed<Capital, ModelResponse> capital = chat.parse("The capital of France?", Capital.class);
      assertFalse(capital.value().city().isEmpty(), "a Capital read from the answer");
      assertEquals(1, chat.socketsOpened(), "all on one socket");
    }
    assertEquals(1, upgrades(sim, "/v1/responses"));
  }

  @Test
  void refusedUpgradesAreTypedErrors(XaiSimulator sim) {
    XaiClient wrongKey = clients.client(o -> o.apiKey("xai-wrong-key-0000"));
    assertThrows(AuthenticationException.class,
        () -> wrongKey.sockets().speech(SpeechStreamOptions.builder("en").build()));
    sim.faults().onPath("/v1/realtime").rateLimited(Duration.ofSeconds(3));
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> clients.client().sockets().voiceAgent(VoiceAgentOptions.builder().build()));
    assertEquals(Duration.ofSeconds(3), limited.retryAfter().orElseThrow());
  }

  // --- voice ---

  /** A WAV file: {@code toneMs} of a 440 Hz tone, then {@code silenceMs} of silence, 24 kHz. */
  private static Path speechFile(Path dir, int toneMs, int silenceMs) throws Exception {
    Path file = dir.resolve("question.wav");
    int rate = 24_000;
    ByteBuffer pcm = ByteBuffer.allocate((toneMs + silenceMs) * rate / 1000 * 2)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < toneMs * rate / 1000; i++) {
      pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
    }
    try (AudioFiles.WavWriter wav = AudioFiles.wavWriter(file, rate)) {
      wav.write(pcm.array());
    }
    return file;
  }

  private static <E> List<E> until(Iterable<E> events, java.util.function.Predicate<E> last) {
    List<E> seen = new ArrayList<>();
    for (E e : events) {
      seen.add(e);
      if (last.test(e)) {
        break;
      }
    }
    return seen;
  }

  @Test
  void aVoiceSessionFedAWavFileHearsTheTurnAndAnswersInAudio(@TempDir Path dir) throws Exception {
    Path question = speechFile(dir, 1000, 600);
    Path answer = dir.resolve("answer.wav");
    try (VoiceSession session = clients.client().sockets().voiceAgent(VoiceAgentOptions.builder()
        .model("grok-voice-latest")
        .session(VoiceSessionConfig.builder().voice("ara").serverVad().build()).build());
         AudioFiles.WavWriter out = AudioFiles.wavWriter(answer, 24_000)) {
      session.streamAudio(question, false);
      List<VoiceEvent> events = until(session,
          e -> e instanceof VoiceEvent.ResponseLifecycle r && r.isDone());
      for (VoiceEvent e : events) {
        if (e instanceof VoiceEvent.AudioDelta audio) {
          out.write(audio.audio());
        }
      }
      List<String> types = events.stream().map(VoiceEvent::type).toList();
      assertTrue(types.indexOf("session.created") < types.indexOf("session.updated"));
      assertTrue(types.contains("ping"), "a keep-alive, tolerated");
      assertTrue(types.indexOf("input_audio_buffer.speech_started")
          < types.indexOf("input_audio_buffer.speech_stopped"));
      VoiceEvent.InputTranscript heard = events.stream()
          .filter(VoiceEvent.InputTranscript.class::isInstance)
          .map(VoiceEvent.InputTranscript.class::cast).findFirst().orElseThrow();
      assertTrue(heard.isCompleted());
      assertTrue(heard.transcript().startsWith("heard 1."), heard.transcript());
      String spoken = events.stream().filter(VoiceEvent.TextDelta.class::isInstance)
          .map(e -> ((VoiceEvent.TextDelta) e).delta()).reduce("", String::concat);
      assertTrue(spoken.startsWith("You said: heard"), spoken);
      assertTrue(session.conversationId().orElseThrow().length() > 0);
      VoiceEvent.Session updated = events.stream().filter(VoiceEvent.Session.class::isInstance)
          .map(VoiceEvent.Session.class::cast).filter(s -> !s.isCreated()).findFirst().orElseThrow();
      assertEquals("ara", updated.session().get("voice").getAsString());
      assertTrue(out.bytes() > 0, "audio written");
    }
    AudioFiles.Pcm written = AudioFiles.read(answer);
    assertEquals(24_000, written.sampleRate());
    assertTrue(written.data().length > 4_800, "at least 100 ms of answer");
  }

  @Test
  void aLongSessionFedAWavFileOfFiveQuestionsAnswersEach(@TempDir Path dir) throws Exception {
    int rate = 24_000;
    ByteBuffer pcm = ByteBuffer.allocate(5 * 1600 * rate / 1000 * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int question = 0; question < 5; question++) {
      for (int i = 0; i < rate; i++) {                      // 1 s of speech-like tone
        pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * (300 + 50 * question) * i / rate)));
      }
      pcm.position(pcm.position() + 600 * rate / 1000 * 2); // 0.6 s of silence ends the turn
    }
    Path file = dir.resolve("five-questions.wav");
    try (AudioFiles.WavWriter wav = AudioFiles.wavWriter(file, rate)) {
      wav.write(pcm.array());
    }
    try (VoiceSession session = clients.client().sockets().voiceAgent(
        VoiceAgentOptions.builder().build())) {
      session.streamAudio(file, false);
      int answered = 0;
      long audioBytes = 0;
      List<String> heard = new ArrayList<>();
      for (VoiceEvent e : session) {
        if (e instanceof VoiceEvent.InputTranscript t && t.isCompleted()) {
          heard.add(t.transcript());
        } else if (e instanceof VoiceEvent.AudioDelta audio) {
          audioBytes += audio.audio().length;
        } else if (e instanceof VoiceEvent.ResponseLifecycle r && r.isDone() && ++answered == 5) {
          break;
        }
      }
      assertEquals(5, heard.size(), heard.toString());
      assertTrue(heard.stream().allMatch(h -> h.startsWith("heard 1.")), heard.toString());
      assertTrue(audioBytes > 5 * 4_800, "an answer in audio to each");
    }
  }

  @Test
  void aTextTurnCallsAFunctionAndTheToolboxAnswersIt() throws Exception {
    Toolbox tools = Toolbox.builder().add(GetWeather.class, w -> "18 °C in " + w.city()).build();
    ExecutorService toolThreads = Executors.newSingleThreadExecutor();
    try (VoiceSession session = clients.client().sockets().voiceAgent(VoiceAgentOptions.builder()
        .session(VoiceSessionConfig.builder().tools(tools).build()).build())) {
      session.answerToolCalls(tools, toolThreads);
      session.sendText("Rome");
      List<VoiceEvent> first = until(session,
          e -> e instanceof VoiceEvent.ResponseLifecycle r && r.isDone());
      VoiceEvent.FunctionCall call = first.stream().filter(VoiceEvent.FunctionCall.class::isInstance)
          .map(VoiceEvent.FunctionCall.class::cast).findFirst().orElseThrow();
      assertEquals("get_weather", call.name());
      // The toolbox answered; the simulator's next response uses the output.
      List<VoiceEvent> second = new ArrayList<>();
      for (VoiceEvent e : session) {
        second.add(e);
        if (e instanceof VoiceEvent.ResponseLifecycle r && r.isDone()) {
          break;
        }
      }
      String text = second.stream().filter(VoiceEvent.TextDelta.class::isInstance)
          .map(e -> ((VoiceEvent.TextDelta) e).delta()).reduce("", String::concat);
      assertTrue(text.startsWith("Tool said: "), text);
    } finally {
      toolThreads.shutdownNow();
    }
  }

  @Test
  void aResponseIsCancelledMidway(XaiSimulator sim) {
    sim.faults().onPath("/v1/realtime").drip(Duration.ofMillis(40)); // every frame 40 ms apart
    try (VoiceSession session = clients.client().sockets().voiceAgent(
        VoiceAgentOptions.builder().build())) {
      session.sendText("Tell me about the long history of Rome in great detail please.");
      for (VoiceEvent e : session) {
        if (e instanceof VoiceEvent.AudioDelta) {
          session.cancelResponse(); // barge in at the first audio
          break;
        }
      }
      List<VoiceEvent> rest = until(session,
          e -> e instanceof VoiceEvent.ResponseLifecycle r && r.isDone());
      VoiceEvent.ResponseLifecycle done = (VoiceEvent.ResponseLifecycle) rest.get(rest.size() - 1);
      assertEquals("cancelled", done.status());
      assertTrue(rest.stream().filter(VoiceEvent.AudioDelta.class::isInstance).count() < 5,
          "the answer stopped early");
    }
  }

  @Test
  void aSessionIsResumedByItsConversationId() {
    XaiClient client = clients.client();
    String conversation;
    try (VoiceSession first = client.sockets().voiceAgent(VoiceAgentOptions.builder()
        .session(VoiceSessionConfig.builder().resumable().build()).build())) {
      first.sendText("Remember me.");
      until(first, e -> e instanceof VoiceEvent.ResponseLifecycle r && r.isDone());
      conversation = first.conversationId().orElseThrow();
    }
    try (VoiceSession again = client.sockets().voiceAgent(VoiceAgentOptions.builder()
        .conversationId(conversation).session(VoiceSessionConfig.builder().resumable().build())
        .build())) {
      List<VoiceEvent> start = until(again, e -> e instanceof VoiceEvent.ConversationCreated);
      VoiceEvent.Session created = assertInstanceOf(VoiceEvent.Session.class, start.get(0));
      assertTrue(created.session().has("resumed"), "the simulator marks a resumed session");
      assertEquals(conversation, again.conversationId().orElseThrow());
    }
    try (VoiceSession unknown = client.sockets().voiceAgent(VoiceAgentOptions.builder()
        .conversationId("conv_unknown").build())) {
      VoiceEvent.Error error = until(unknown, VoiceEvent.Error.class::isInstance).stream()
          .filter(VoiceEvent.Error.class::isInstance).map(VoiceEvent.Error.class::cast)
          .findFirst().orElseThrow();
      assertEquals("conversation_not_found", error.code());
    }
  }

  @Test
  void aClientSecretOpensAVoiceSessionInPlaceOfTheKey(XaiSimulator sim) {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    XaiClient client = clients.client(o -> o.logLevel(io.github.xaijava.config.LogLevel.BODY)
        .logSink(log::add));
    RealtimeClientSecret secret = client.realtime().createClientSecret(
        CreateRealtimeClientSecretRequest.builder().build());
    try (VoiceSession session = client.sockets().voiceAgent(VoiceAgentOptions.builder()
        .clientSecret(secret.secret()).build())) {
      assertInstanceOf(VoiceEvent.Session.class, session.poll(Duration.ofSeconds(10)).orElseThrow());
    }
    RecordedRequest upgrade = sim.requests().stream()
        .filter(r -> r.path().equals("/v1/realtime")).findFirst().orElseThrow();
    assertEquals("Bearer " + secret.secret(), upgrade.header("Authorization"),
        "the secret, not the key");
    assertTrue(log.stream().noneMatch(l -> l.contains(secret.secret())),
        () -> "the log hides it, in the minting answer too: " + log);
    assertTrue(log.stream().anyMatch(l -> l.contains("/v1/realtime") && l.contains("[redacted]")));
    XaiClient stale = clients.client();
    assertThrows(AuthenticationException.class, () -> stale.sockets().voiceAgent(
        VoiceAgentOptions.builder().clientSecret("xai-realtime-made-up-secret").build()));
  }

  // --- speech out and in ---

  @Test
  void speechIsStreamedPerUtteranceAndCanBeCleared() {
    try (SpeechStream speech = clients.client().sockets().speech(
        SpeechStreamOptions.builder("en").codec("wav").voice("eve").build())) {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      long bytes = speech.speak(List.of("Hello ", "from ", "Grok."), first);
      assertEquals(first.size(), bytes);
      byte[] wav = first.toByteArray();
      assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
      speech.sendText("Never mind.");
      speech.clear();
      SpeechEvent cleared = speech.poll(Duration.ofSeconds(10)).orElseThrow();
      assertInstanceOf(SpeechEvent.AudioCleared.class, cleared);
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      assertTrue(speech.speak(List.of("Again."), second) > 0, "a second utterance on one socket");
    }
  }

  @Test
  void speechIsTranscribedAsItIsSent() {
    int rate = 16_000;
    byte[] pcm = new byte[rate * 2 * 2]; // two seconds
    ByteBuffer b = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < rate * 2; i++) {
      b.putShort((short) (6000 * Math.sin(2 * Math.PI * 300 * i / rate)));
    }
    try (TranscriptionStream stt = clients.client().sockets().transcription(
        TranscriptionStreamOptions.builder().language("en").build())) {
      List<TranscriptionEvent> partials = new ArrayList<>();
      TranscriptionEvent.Done done = stt.transcribe(new ByteArrayInputStream(pcm), partials::add);
      assertEquals("word1 word2 word3 word4", done.text());
      assertEquals(4, done.words().size());
      assertEquals(2.0, done.duration(), 0.01);
      assertTrue(partials.stream().anyMatch(TranscriptionEvent.Partial.class::isInstance),
          "partial transcripts while the audio came");
    }
  }

  @Test
  void everySocketIsClosedWithItsSessionAndNoThreadOutlivesTheClient() throws Exception {
    XaiClient client = clients.client();
    VoiceSession voice = client.sockets().voiceAgent(VoiceAgentOptions.builder().build());
    SpeechStream speech = client.sockets().speech(SpeechStreamOptions.builder("en").build());
    assertEquals(2, client.sockets().openSockets());
    voice.close();
    assertEquals(1, client.sockets().openSockets());
    client.close(); // closes what is left
    assertFalse(speech.isOpen());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (socketThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, socketThreads());
  }

  private static long socketThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("xai-socket")).count();
  }
}
