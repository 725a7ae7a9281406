package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.JobTimeoutException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.ScriptedAnswer;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.Received;
import io.github.xaijava.testsupport.SimulatedClients;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the client adds around the calls, seen from the other end of a real connection:
 * per-request options on the wire, redacted logs, streams closed or cancelled half-way (the
 * simulator must see the client hang up), job timeouts that leave the job usable, retries of a
 * stream before its first event, and callbacks on the caller's executor.
 */
class ClientBehaviourEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static final ChatRequest HELLO =
      ChatRequest.builder().model("grok-4").addUserMessage("Hello, simulator").build();

  @Test
  void requestOptionsReachTheWire() {
    XaiClient client = clients.client(o -> o.header("x-team-tag", "e2e"));
    RequestOptions options = RequestOptions.builder()
        .header("x-grok-conv-id", "conv-42")
        .queryParam("trace", "yes")
        .bodyProperty("new_field_not_in_our_spec", true)
        .build();

    client.chat().create(HELLO, options);

    RecordedRequest sent = xai.takeRequest();
    assertEquals("conv-42", sent.header("x-grok-conv-id"));
    assertEquals("e2e", sent.header("x-team-tag"), "client headers go with every request");
    assertEquals("yes", sent.queryParameter("trace"));
    JsonObject body = JsonParser.parseString(sent.bodyText()).getAsJsonObject();
    assertTrue(body.get("new_field_not_in_our_spec").getAsBoolean());
    assertTrue(sent.header("User-Agent").contains("xai-java"), sent.header("User-Agent"));
  }

  @Test
  void logsAtEveryLevelShowTheExchangeButNeverTheKey() {
    List<String> lines = new CopyOnWriteArrayList<>();
    XaiClient client = clients.client(o -> o.logLevel(LogLevel.BODY).logSink(lines::add));

    client.chat().create(HELLO);
    assertThrows(NotFoundException.class, () -> client.models().get("grok-0"));

    String log = String.join("\n", lines);
    assertTrue(log.contains("/v1/chat/completions") && log.contains("/v1/models/grok-0"), log);
    assertTrue(log.contains("Simulated answer to: Hello, simulator"), "BODY shows the answer");
    assertTrue(log.contains("Some requested entity was not found"), "and the error body");
    assertTrue(log.toLowerCase(Locale.ROOT).contains("authorization"), "the header is named");
    assertFalse(log.contains(XaiSimulator.DEFAULT_API_KEY), "but its value never shown");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void closingAStreamHalfWayHangsUpOnTheServer(Both mode) throws Exception {
    XaiClient client = clients.client();
    // About 45 events, 200 ms apart: left to run, the answer would outlast the simulator
    // extension's 5 s check; closed after the first event, the simulator notices at its next write.
    ChatRequest longAnswer = ChatRequest.builder().model("grok-4")
        .addUserMessage("word ".repeat(40).trim()).build();
    xai.faults().next(1).drip(Duration.ofMillis(200));
    if (mode == Both.SYNC) {
      try (ChatStream stream = client.chat().stream(longAnswer)) {
        Iterator<ChatResponseChunk> chunks = stream.iterator();
        assertTrue(chunks.hasNext());
        chunks.next();
      }
    } else {
      CountDownLatch first = new CountDownLatch(1);
      StreamSubscription sub = client.async().chat().stream(longAnswer, new StreamHandler<>() {
        @Override
        public void onEvent(ChatResponseChunk event) {
          first.countDown();
        }
      });
      assertTrue(first.await(5, TimeUnit.SECONDS));
      sub.cancel();
      assertTrue(sub.isCancelled());
      assertThrows(CancellationException.class, () -> sub.completion().join());
    }
    // The extensions check the rest: no connection in use here, no answer still going out there.
    assertEquals(1, xai.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aJobTimeoutLeavesTheJobRunningAndTheHandleUsable(Both mode) {
    XaiClient client = clients.client();
    DeferredCompletion job = client.chat().startDeferred(HELLO);
    // Still working, for far more polls than a 50 ms wait can make.
    for (int i = 0; i < 100; i++) {
      xai.script().onPath("/v1/chat/deferred-completion/*")
          .enqueue(ScriptedAnswer.body(202, "application/json", new byte[0]));
    }

    JobTimeoutException e = assertThrows(JobTimeoutException.class, () -> mode.call(
        () -> job.await(Duration.ofMillis(50)), () -> job.awaitAsync(Duration.ofMillis(50))));
    assertEquals(job.requestId(), e.requestId());
    assertTrue(e.polls() >= 1, e.toString());
    assertEquals(Duration.ofMillis(50), e.timeout());

    xai.script().clear(); // the work is done now
    ChatResponse done = mode.call(() -> job.await(Duration.ofSeconds(10)),
        () -> job.awaitAsync(Duration.ofSeconds(10)));
    assertEquals("Simulated answer to: Hello, simulator", done.text());
  }

  @Test
  void aVideoJobResumedFromItsIdFinishesLikeTheOriginal() {
    XaiClient client = clients.client();
    VideoJob started = client.videos().startGeneration(
        GenerateVideoRequest.builder().model("grok-imagine-video").prompt("Rain").build());

    VideoJob resumed = client.async().videos().resume(started.requestId());

    assertEquals("done", resumed.await(Duration.ofSeconds(10)).status());
    assertEquals(started.requestId(), resumed.requestId());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aRateLimitedStreamIsRetriedBeforeItsFirstEvent(Both mode) {
    XaiClient client = clients.client();
    xai.faults().next(1).rateLimited(Duration.ofMillis(10));

    List<ChatResponseChunk> chunks = Received.read(mode,
        () -> client.chat().stream(HELLO),
        handler -> client.async().chat().stream(HELLO, handler)).completed();

    assertFalse(chunks.isEmpty());
    assertEquals(2, xai.requests().size());
  }

  @Test
  void anUploadFromAStreamIsNeverRepeatedEvenAfterA429() {
    XaiClient client = clients.client();
    xai.faults().next(1).rateLimited(Duration.ofMillis(10));
    FileUpload once = FileUpload.of(
        new ByteArrayInputStream("read once".getBytes(StandardCharsets.UTF_8)), "once.txt");

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.files().upload(once));

    assertEquals(0, e.retryCount());
    assertEquals(1, xai.requests().size(), "the stream's bytes are gone: no second attempt");
  }

  @Test
  void asyncResultsAndStreamEventsArriveOnTheCallersExecutor() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "callers-thread"));
    try {
      XaiClient client = clients.client(o -> o.callbackExecutor(executor));
      List<String> threads = new ArrayList<>();
      Received<ChatResponseChunk> received = Received.async(
          (StreamHandler<ChatResponseChunk> h) -> client.async().chat().stream(HELLO, new StreamHandler<>() {
            @Override
            public void onEvent(ChatResponseChunk event) {
              threads.add(Thread.currentThread().getName());
              h.onEvent(event);
            }

            @Override
            public void onComplete() {
              h.onComplete();
            }

            @Override
            public void onError(Throwable error) {
              h.onError(error);
            }
          }));
      assertFalse(received.completed().isEmpty());
      assertTrue(threads.stream().allMatch("callers-thread"::equals), threads.toString());

      // A dripped answer is still on its way when the dependent stage is attached.
      xai.faults().next(1).drip(Duration.ofMillis(200));
      String thread = client.async().chat().create(HELLO)
          .thenApply(r -> Thread.currentThread().getName())
          .get(10, TimeUnit.SECONDS);
      assertEquals("callers-thread", thread);
    } finally {
      executor.shutdownNow();
    }
  }
}
