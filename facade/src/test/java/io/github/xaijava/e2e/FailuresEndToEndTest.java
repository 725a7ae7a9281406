package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.UnprocessableEntityException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ListModelsResponse;
import io.github.xaijava.generated.model.MessageBody;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.simulator.Fault;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.MessageEvent;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.Received;
import io.github.xaijava.testsupport.SimulatedClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failures end to end: xAI's error answers become the typed exceptions with xAI's code, message
 * and request id; injected faults (rate limits, server errors, dropped connections, cut streams,
 * error frames, slow drips) are retried, or not, as the retry policy says, and streams fail only
 * after every event received before the failure. Retry waits are kept to milliseconds: the
 * simulator's {@code retry-after-ms} wins over its whole-second {@code Retry-After}, and computed
 * backoff starts at 10 ms.
 */
class FailuresEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static final ChatRequest HELLO =
      ChatRequest.builder().model("grok-4").addUserMessage("Hello, simulator").build();

  /** The test's client with quick computed backoff (server-given waits are the simulator's). */
  private XaiClient quickRetries(boolean retryPosts) {
    return clients.client().withOptions(o -> o.retryPolicy(RetryPolicy.builder()
        .maxRetries(2)
        .initialBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofMillis(20))
        .retryPostOnServerError(retryPosts)
        .build()));
  }

  private static String clientRequestId(RecordedRequest r) {
    return r.header("x-client-request-id");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void unknownModelIsNotFoundWithXaisCodeAndRequestId(Both mode) {
    XaiClient client = clients.client();
    ChatRequest request = HELLO.toBuilder().model("grok-0").build();

    NotFoundException e = assertThrows(NotFoundException.class, () -> mode.call(
        () -> client.chat().create(request), () -> client.async().chat().create(request)));

    assertEquals(404, e.statusCode());
    assertEquals("Some requested entity was not found", e.code().orElseThrow());
    assertTrue(e.errorMessage().orElseThrow().contains("grok-0"), e.errorMessage().orElseThrow());
    assertFalse(e.requestId().orElseThrow().isBlank());
    assertEquals(e.requestId().orElseThrow(), e.header("x-request-id").orElseThrow());
    assertTrue(e.getMessage().contains("[request-id " + e.requestId().orElseThrow() + "]"), e.getMessage());
    assertEquals(0, e.retryCount());
    assertEquals(1, xai.requests().size(), "a 404 is not retried");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void wrongKeyIsAnAuthenticationErrorThatNeverShowsTheKey(Both mode) {
    String wrongKey = "xai-wrong-key-0123456789";
    XaiClient client = clients.client(o -> o.apiKey(wrongKey));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> mode.call(
        () -> client.models().list(), () -> client.async().models().list()));

    assertEquals(400, e.statusCode(), "xAI answers a wrong key with 400");
    assertTrue(e.errorMessage().orElseThrow().startsWith("Incorrect API key provided"), e.errorMessage().orElseThrow());
    assertFalse(e.getMessage().contains(wrongKey), e.getMessage());
    assertFalse(e.rawBody().contains(wrongKey), e.rawBody());
    assertFalse(e.toString().contains(wrongKey));
    assertEquals("Bearer " + wrongKey, xai.lastRequest().header("Authorization"));
  }

  @Test
  void bodyTheServerCannotReadIsUnprocessableWithItsPlainTextReason() {
    XaiClient client = clients.client();
    RequestOptions badRole = RequestOptions.builder()
        .bodyProperty("messages", List.of(Map.of("role", "robot", "content", "beep")))
        .build();

    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> client.chat().create(HELLO, badRole));

    assertEquals(422, e.statusCode());
    assertTrue(e.rawBody().contains("unknown variant `robot`"), e.rawBody());
    assertTrue(e.getMessage().contains("unknown variant `robot`"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void rateLimitIsRetriedAfterTheServersWaitWithTheSameClientRequestId(Both mode) {
    XaiClient client = quickRetries(false);
    // Retry-After: 1 (whole seconds) and retry-after-ms: 50; the client takes the finer one.
    xai.faults().next(1).rateLimited(Duration.ofMillis(50));

    ChatResponse r = mode.call(() -> client.chat().create(HELLO),
        () -> client.async().chat().create(HELLO));

    assertEquals("Simulated answer to: Hello, simulator", r.text());
    List<RecordedRequest> sent = xai.requests();
    assertEquals(2, sent.size(), "the 429, then the answer");
    assertEquals(clientRequestId(sent.get(0)), clientRequestId(sent.get(1)),
        "one x-client-request-id across the attempts");
    assertFalse(clientRequestId(sent.get(0)).isBlank());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void rateLimitsBeyondTheRetryBudgetSurfaceWithTheRetryCount(Both mode) {
    XaiClient client = quickRetries(false);
    xai.faults().next(3).rateLimited(Duration.ofMillis(10));

    RateLimitException e = assertThrows(RateLimitException.class, () -> mode.call(
        () -> client.chat().create(HELLO), () -> client.async().chat().create(HELLO)));

    assertEquals(2, e.retryCount());
    assertEquals(Duration.ofMillis(10), e.retryAfter().orElseThrow());
    assertEquals("Some resource has been exhausted", e.code().orElseThrow());
    assertEquals(3, xai.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aWaitLongerThanTheCapFailsAtOnceInsteadOfParkingTheCaller(Both mode) {
    XaiClient client = clients.client().withOptions(o -> o.retryPolicy(
        RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(500)).build()));
    xai.faults().next(1).inject(
        Fault.rateLimited(Duration.ofSeconds(30)).withRetryAfterHeaders(true, false));

    RateLimitException e = assertThrows(RateLimitException.class, () -> mode.call(
        () -> client.chat().create(HELLO), () -> client.async().chat().create(HELLO)));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow(), "from Retry-After: 30");
    assertEquals(0, e.retryCount());
    assertEquals(1, xai.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void serverErrorIsRetriedForAGetButNotForAPostUnlessAskedTo(Both mode) {
    XaiClient client = quickRetries(false);
    xai.faults().onPath("/v1/models").serverError(503);
    ListModelsResponse models = mode.call(() -> client.models().list(),
        () -> client.async().models().list());
    assertFalse(models.data().isEmpty());
    assertEquals(2, xai.requests().size(), "a GET is safe to repeat");

    xai.simulator().reset();
    xai.faults().onPath("/v1/chat/completions").serverError(500);
    InternalServerException e = assertThrows(InternalServerException.class, () -> mode.call(
        () -> client.chat().create(HELLO), () -> client.async().chat().create(HELLO)));
    assertEquals(500, e.statusCode());
    assertEquals("Internal error", e.code().orElseThrow());
    assertEquals(1, xai.requests().size(), "a POST that reached xAI may have run: not repeated");

    xai.simulator().reset();
    xai.faults().onPath("/v1/chat/completions").serverError(502);
    XaiClient optedIn = quickRetries(true);
    ChatResponse r = mode.call(() -> optedIn.chat().create(HELLO),
        () -> optedIn.async().chat().create(HELLO));
    assertEquals("Simulated answer to: Hello, simulator", r.text());
    assertEquals(2, xai.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void droppedConnectionIsRetriedForAGetAndReportedForAPost(Both mode) {
    XaiClient client = quickRetries(false);
    xai.faults().next(1).dropConnection();
    ListModelsResponse models = mode.call(() -> client.models().list(),
        () -> client.async().models().list());
    assertFalse(models.data().isEmpty());
    assertEquals(2, xai.requests().size());

    xai.simulator().reset();
    xai.faults().next(1).dropConnection();
    XaiIoException e = assertThrows(XaiIoException.class, () -> mode.call(
        () -> client.chat().create(HELLO), () -> client.async().chat().create(HELLO)));
    assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
    assertEquals(0, e.retryCount());
    assertEquals(1, xai.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void streamCutAfterSomeEventsFailsAfterDeliveringThemAndIsNotRetried(Both mode) {
    XaiClient client = quickRetries(true);
    xai.faults().next(1).cutStreamAfter(3);

    Received<ChatResponseChunk> received = Received.read(mode,
        () -> client.chat().stream(HELLO),
        handler -> client.async().chat().stream(HELLO, handler));

    XaiStreamException e = received.failedWith(XaiStreamException.class);
    assertEquals(3, received.events().size(), "every event before the cut");
    assertTrue(e.getMessage().contains("ended early"), e.getMessage());
    String text = received.events().stream().map(ChatResponseChunk::deltaText)
        .collect(Collectors.joining());
    assertFalse(text.isEmpty());
    assertTrue("Simulated answer to: Hello, simulator".startsWith(text), text);
    assertEquals(1, xai.requests().size(), "never retried once an event was delivered");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void errorFrameInsideA200ChatStreamCarriesXaisCode(Both mode) {
    XaiClient client = clients.client();
    xai.faults().next(1).errorFrameAfter(2);

    Received<ChatResponseChunk> received = Received.read(mode,
        () -> client.chat().stream(HELLO),
        handler -> client.async().chat().stream(HELLO, handler));

    XaiStreamException e = received.failedWith(XaiStreamException.class);
    assertEquals(2, received.events().size());
    assertEquals("Internal error", e.code().orElseThrow());
    assertEquals("Simulated failure inside the stream", e.errorMessage().orElseThrow());
  }

  @Test
  void errorFramesOfTheResponsesAndMessagesDialectsEndTheirStreamsToo() {
    XaiClient client = clients.client();
    xai.faults().onPath("/v1/responses").errorFrameAfter(3);
    Received<ResponseEvent> responses = Received.blocking(() -> client.responses().stream(
        ModelRequest.builder().model("grok-4").input("Hi").build()));
    XaiStreamException r = responses.failedWith(XaiStreamException.class);
    assertEquals(3, responses.events().size());
    assertEquals("internal_error", r.code().orElseThrow());

    xai.faults().onPath("/v1/messages").errorFrameAfter(1);
    Received<MessageEvent> messages = Received.blocking(() -> client.messages().stream(
        MessageRequest.builder().model("grok-4").maxTokens(100)
            .addMessage(MessageBody.builder().role("user").content("Hi").build()).build()));
    XaiStreamException m = messages.failedWith(XaiStreamException.class);
    assertEquals(1, messages.events().size());
    assertEquals("Simulated failure inside the stream", m.errorMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void slowDripBeyondTheReadTimeoutIsATimeout(Both mode) {
    XaiClient client = clients.client(o -> o.timeout(Timeout.builder()
        .read(Duration.ofMillis(100)).build()));
    xai.faults().next(1).drip(Duration.ofMillis(300));

    Received<ChatResponseChunk> received = Received.read(mode,
        () -> client.chat().stream(HELLO),
        handler -> client.async().chat().stream(HELLO, handler));

    XaiIoException e = received.failedWith(XaiIoException.class);
    assertTrue(e.isTimeout(), e.toString());
    assertEquals(List.of(), received.events(), "the first event is later than the read timeout");
    assertEquals(1, xai.requests().size(), "a timed-out POST is not repeated");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void slowDripOfAPlainAnswerIsATimeoutToo(Both mode) {
    XaiClient client = clients.client(o -> o.timeout(Timeout.builder()
        .read(Duration.ofMillis(100)).build()));
    xai.faults().next(1).drip(Duration.ofMillis(300));

    XaiIoException e = assertThrows(XaiIoException.class, () -> mode.call(
        () -> client.chat().create(HELLO), () -> client.async().chat().create(HELLO)));

    assertTrue(e.isTimeout(), e.toString());
    assertEquals(1, xai.requests().size());
  }
}
