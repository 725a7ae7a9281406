package io.github.xaijava.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ListModelsResponse;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.RecordingScheduler;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which failures are retried, how long the client waits and what it reports, each case both
 * ways: blocking calls sleep (recorded), asynchronous calls schedule their retries (recorded).
 */
class RetryTest {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final RequestOptions NONE = RequestOptions.none();

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension().useClock(Clock.fixed(NOW, ZoneOffset.UTC));

  private XaiClient client;

  private void build(Consumer<io.github.xaijava.config.ClientOptions.Builder> config) {
    client = xai.client(config);
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code)
        .setBody("{\"code\":\"c\",\"error\":\"e" + code + "\"}");
  }

  private void ok() {
    xai.json(200, "{\"object\":\"list\",\"data\":[]}");
  }

  /** A GET: safe to repeat. */
  private ListModelsResponse list(Both both, RequestOptions options) {
    return both.call(() -> client.models().list(options),
        () -> client.async().models().list(options));
  }

  /** A POST: repeated only when it cannot have run. */
  private TokenizeResponse tokenize(Both both) {
    TokenizeRequest request = TokenizeRequest.builder().model("grok-4").text("hi").build();
    return both.call(() -> client.tokenizer().tokenize(request),
        () -> client.async().tokenizer().tokenize(request));
  }

  /** The waits the client asked for, slept or scheduled. */
  private List<Duration> waits(Both both) {
    return both == Both.SYNC ? xai.sleeper().sleeps() : xai.scheduler().delays();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void retriesRetryableStatusesOfAGetThenSucceeds(Both both) {
    build(b -> b.retryPolicy(RetryPolicy.builder().jitter(0).build()));
    xai.enqueue(status(429));
    xai.enqueue(status(503));
    ok();
    list(both, NONE);
    assertEquals(3, xai.server().getRequestCount());
    // No jitter: 0.5 s, then 1 s.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), waits(both));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void eachRetryableStatusOfAGetIsRetried(Both both) {
    build(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(1).build()));
    for (int code : new int[] {408, 409, 429, 500, 502, 503, 504}) {
      xai.enqueue(status(code));
      ok();
      list(both, NONE);
    }
    assertEquals(14, xai.server().getRequestCount());
    assertEquals(7, waits(both).size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aPostIsRetriedOnRateLimitOnly(Both both) {
    build(b -> { });
    xai.enqueue(status(429));
    xai.json(200, "{\"token_ids\":[]}");
    tokenize(both);
    assertEquals(2, xai.server().getRequestCount());
    xai.enqueue(status(500));
    InternalServerException e = assertThrows(InternalServerException.class, () -> tokenize(both));
    assertEquals(0, e.retryCount(), "a POST that reached xAI may have run: not repeated");
    assertEquals(3, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aPostIsRetriedOnServerErrorsWhenTheCallerOptsIn(Both both) {
    build(b -> b.retryPolicy(RetryPolicy.builder().retryPostOnServerError(true).build()));
    xai.enqueue(status(503));
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    xai.json(200, "{\"token_ids\":[]}");
    tokenize(both);
    assertEquals(3, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aPostDroppedAfterItWasSentIsNotRepeated(Both both) {
    build(b -> { });
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    XaiIoException e = assertThrows(XaiIoException.class, () -> tokenize(both));
    assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
    assertEquals(1, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void everyAttemptCarriesTheSameClientRequestId(Both both) throws Exception {
    build(b -> { });
    xai.enqueue(status(429));
    xai.enqueue(status(429));
    xai.json(200, "{\"token_ids\":[]}");
    tokenize(both);
    Set<String> ids = new HashSet<>();
    String body = null;
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = xai.take();
      ids.add(r.getHeader("x-client-request-id"));
      String sent = r.getBody().readUtf8();
      assertTrue(body == null || body.equals(sent), "the body is resent identically");
      body = sent;
    }
    assertEquals(1, ids.size(), "one id for one logical call: " + ids);
    xai.json(200, "{\"token_ids\":[]}");
    tokenize(both);
    assertTrue(ids.add(xai.take().getHeader("x-client-request-id")), "a new call, a new id");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aCallersOwnClientRequestIdIsKept(Both both) {
    build(b -> { });
    ok();
    list(both, RequestOptions.builder().header("X-Client-Request-Id", "mine").build());
    assertEquals("mine", xai.take().getHeader("x-client-request-id"));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void givesUpAfterMaxRetriesAndReportsTheCount(Both both) {
    build(b -> { });
    xai.enqueue(status(500));
    xai.enqueue(status(500));
    xai.enqueue(status(500));
    ok();
    InternalServerException e = assertThrows(InternalServerException.class,
        () -> list(both, NONE));
    assertEquals(2, e.retryCount());
    assertTrue(e.getMessage().endsWith("(after 2 retries)"), e.getMessage());
    assertEquals(3, xai.server().getRequestCount());
    assertEquals(2, waits(both).size());
  }

  @Test
  void backoffHasJitterWithinBounds() {
    build(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(5).build()));
    for (int i = 0; i < 5; i++) {
      xai.enqueue(status(500));
    }
    ok();
    list(Both.SYNC, NONE);
    long[] baseMillis = {500, 1000, 2000, 4000, 8000};
    List<Duration> sleeps = xai.sleeper().sleeps();
    assertEquals(5, sleeps.size());
    for (int i = 0; i < 5; i++) {
      long ms = sleeps.get(i).toMillis();
      assertTrue(ms <= baseMillis[i] && ms >= baseMillis[i] * 3 / 4, i + ": " + ms);
    }
  }

  @Test
  void exponentialBackoffIsCapped() {
    build(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(7).jitter(0).build()));
    for (int i = 0; i < 7; i++) {
      xai.enqueue(status(502));
    }
    ok();
    list(Both.SYNC, NONE);
    List<Duration> sleeps = xai.sleeper().sleeps();
    assertEquals(Duration.ofSeconds(8), sleeps.get(6));
    assertEquals(Duration.ofSeconds(8), sleeps.get(5));
    assertEquals(Duration.ofSeconds(8), sleeps.get(4));
    assertEquals(Duration.ofSeconds(4), sleeps.get(3));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void retryAfterMsWinsOverRetryAfter(Both both) {
    build(b -> { });
    xai.enqueue(status(429).setHeader("retry-after-ms", "1250").setHeader("Retry-After", "9"));
    ok();
    list(both, NONE);
    assertEquals(List.of(Duration.ofMillis(1250)), waits(both));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void retryAfterSecondsAndHttpDateAreHonoured(Both both) {
    build(b -> { });
    xai.enqueue(status(429).setHeader("Retry-After", "3"));
    xai.enqueue(status(503).setHeader("Retry-After", "Sun, 01 Jun 2025 12:00:20 GMT"));
    ok();
    list(both, NONE);
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(20)), waits(both));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aRetryAfterLongerThanTheCapFailsAtOnceWithTheWait(Both both) {
    build(b -> { });
    xai.enqueue(status(429).setHeader("Retry-After", "3600"));
    ok();
    RateLimitException e = assertThrows(RateLimitException.class, () -> list(both, NONE));
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertEquals(0, e.retryCount());
    assertTrue(waits(both).isEmpty(), "the client did not wait the cap");
    assertEquals(1, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void unparsableRetryAfterFallsBackToBackoff(Both both) {
    build(b -> b.retryPolicy(RetryPolicy.builder().jitter(0).build()));
    xai.enqueue(status(429).setHeader("Retry-After", "soon"));
    ok();
    list(both, NONE);
    assertEquals(List.of(Duration.ofMillis(500)), waits(both));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void otherClientErrorsAreNotRetried(Both both) {
    build(b -> { });
    xai.enqueue(status(400));
    assertThrows(BadRequestException.class, () -> list(both, NONE));
    assertEquals(1, xai.server().getRequestCount());
    assertTrue(waits(both).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void successIsNeverRetriedEvenIfTheBodyIsBad(Both both) {
    build(b -> { });
    xai.json(200, "not json");
    ok();
    assertThrows(XaiIoException.class, () -> list(both, NONE));
    assertEquals(1, xai.server().getRequestCount());
    xai.client().models().list(); // drain the queued answer
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void perRequestMaxRetriesOverridesTheClient(Both both) {
    build(b -> b.maxRetries(5));
    xai.enqueue(status(429));
    ok();
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> list(both, RequestOptions.builder().maxRetries(0).build()));
    assertEquals(0, e.retryCount());
    assertEquals(1, xai.server().getRequestCount());
    xai.client().models().list(); // drain the queued answer
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void connectionFailuresOfAGetAreRetried(Both both) {
    build(b -> { });
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    ok();
    list(both, NONE);
    assertEquals(1, waits(both).size());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aRetryThatWouldOutliveTheWholeCallTimeoutIsNotMade(Both both) {
    build(b -> b.timeout(Duration.ofSeconds(2)));
    xai.enqueue(status(503).setHeader("Retry-After", "5"));
    ok();
    InternalServerException e = assertThrows(InternalServerException.class,
        () -> list(both, NONE));
    assertEquals(0, e.retryCount());
    xai.client().models().list(); // drain the queued answer
  }

  @Test
  void interruptDuringBackoffStopsRetryingAndKeepsTheFlag() {
    XaiClient interrupted = TestClients.client(xai.server(), new Timers(d -> {
      throw new InterruptedException();
    }, new RecordingScheduler(), Clock.systemUTC()), b -> { });
    xai.enqueue(status(500));
    try {
      XaiIoException e = assertThrows(XaiIoException.class, () -> interrupted.models().list());
      assertEquals(XaiIoException.Kind.CANCELED, e.kind());
      assertTrue(Thread.currentThread().isInterrupted());
      assertEquals(1, xai.server().getRequestCount());
    } finally {
      Thread.interrupted();
      interrupted.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void rateLimitExceptionIsTheFinalAnswer(Both both) {
    build(b -> b.maxRetries(1));
    xai.enqueue(status(429).setHeader("retry-after-ms", "10"));
    xai.enqueue(status(429).setHeader("retry-after-ms", "20"));
    RateLimitException e = assertThrows(RateLimitException.class, () -> list(both, NONE));
    assertEquals(Duration.ofMillis(20), e.retryAfter().orElseThrow());
    assertEquals(1, e.retryCount());
  }
}
