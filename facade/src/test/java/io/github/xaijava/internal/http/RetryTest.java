package io.github.xaijava.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiApiException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry counts and timing, with recorded sleeps and a fixed clock. */
class RetryTest {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  private MockWebServer server;
  private RecordingSleeper sleeper;
  private XaiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    server.shutdown();
  }

  private void build(Consumer<io.github.xaijava.config.ClientOptions.Builder> config) {
    client = TestClients.client(server, sleeper, Clock.fixed(NOW, ZoneOffset.UTC), config);
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"code\":\"c\",\"error\":\"e" + code + "\"}");
  }

  private static MockResponse ok() {
    return new MockResponse().setBody("{\"data\":[]}");
  }

  @Test
  void retriesRetryableStatusesThenSucceeds() {
    build(b -> b.retryPolicy(RetryPolicy.builder().jitter(0).build()));
    server.enqueue(status(429));
    server.enqueue(status(503));
    server.enqueue(ok());
    client.models().list();
    assertEquals(3, server.getRequestCount());
    // No jitter: 0.5 s, then 1 s.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.sleeps());
  }

  @Test
  void eachRetryableStatusIsRetried() {
    build(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(1).build()));
    for (int code : new int[] {408, 409, 429, 500, 502, 503, 504}) {
      server.enqueue(status(code));
      server.enqueue(ok());
      client.models().list();
    }
    assertEquals(14, server.getRequestCount());
    assertEquals(7, sleeper.sleeps().size());
  }

  @Test
  void givesUpAfterMaxRetriesAndReportsTheCount() {
    build(b -> { });
    server.enqueue(status(500));
    server.enqueue(status(500));
    server.enqueue(status(500));
    server.enqueue(ok());
    InternalServerException e = assertThrows(InternalServerException.class, () -> client.models().list());
    assertEquals(2, e.retryCount());
    assertTrue(e.getMessage().endsWith("(after 2 retries)"), e.getMessage());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeper.sleeps().size());
  }

  @Test
  void backoffHasJitterWithinBounds() {
    build(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(5).build()));
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(500));
    }
    server.enqueue(ok());
    client.models().list();
    long[] baseMillis = {500, 1000, 2000, 4000, 8000};
    List<Duration> sleeps = sleeper.sleeps();
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
      server.enqueue(status(502));
    }
    server.enqueue(ok());
    client.models().list();
    assertEquals(Duration.ofSeconds(8), sleeper.sleeps().get(6));
    assertEquals(Duration.ofSeconds(8), sleeper.sleeps().get(5));
    assertEquals(Duration.ofSeconds(8), sleeper.sleeps().get(4));
    assertEquals(Duration.ofSeconds(4), sleeper.sleeps().get(3));
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    build(b -> { });
    server.enqueue(status(429).setHeader("retry-after-ms", "1250").setHeader("Retry-After", "9"));
    server.enqueue(ok());
    client.models().list();
    assertEquals(List.of(Duration.ofMillis(1250)), sleeper.sleeps());
  }

  @Test
  void retryAfterSecondsAndHttpDateAreHonoured() {
    build(b -> { });
    server.enqueue(status(429).setHeader("Retry-After", "3"));
    server.enqueue(status(503).setHeader("Retry-After", "Sun, 01 Jun 2025 12:00:20 GMT"));
    server.enqueue(ok());
    client.models().list();
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(20)), sleeper.sleeps());
  }

  @Test
  void retryAfterIsCapped() {
    build(b -> { });
    server.enqueue(status(429).setHeader("Retry-After", "86400"));
    server.enqueue(ok());
    client.models().list();
    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.sleeps());
  }

  @Test
  void unparsableRetryAfterFallsBackToBackoff() {
    build(b -> b.retryPolicy(RetryPolicy.builder().jitter(0).build()));
    server.enqueue(status(429).setHeader("Retry-After", "soon"));
    server.enqueue(ok());
    client.models().list();
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps());
  }

  @Test
  void otherClientErrorsAreNotRetried() {
    build(b -> { });
    server.enqueue(status(400));
    assertThrows(BadRequestException.class, () -> client.models().list());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps().isEmpty());
  }

  @Test
  void successIsNeverRetriedEvenIfTheBodyIsBad() {
    build(b -> { });
    server.enqueue(new MockResponse().setBody("not json"));
    server.enqueue(ok());
    assertThrows(io.github.xaijava.errors.XaiIoException.class, () -> client.models().list());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void perRequestMaxRetriesOverridesTheClient() {
    build(b -> b.maxRetries(5));
    server.enqueue(status(429));
    server.enqueue(ok());
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.models().list(RequestOptions.builder().maxRetries(0).build()));
    assertEquals(0, e.retryCount());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionFailuresAreRetried() {
    build(b -> { });
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(ok());
    client.models().list();
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void postBodiesAreResentIdentically() throws Exception {
    build(b -> { });
    server.enqueue(status(500));
    server.enqueue(new MockResponse().setBody("{\"token_ids\":[]}"));
    client.tokenizer().tokenize(
        new io.github.xaijava.generated.model.TokenizeRequest().model("grok-4").text("hi"));
    String first = server.takeRequest().getBody().readUtf8();
    String second = server.takeRequest().getBody().readUtf8();
    assertEquals(first, second);
    assertTrue(first.contains("\"text\":\"hi\""));
  }

  @Test
  void interruptDuringBackoffStopsRetryingAndKeepsTheFlag() {
    client = TestClients.client(server, d -> {
      throw new InterruptedException();
    }, Clock.systemUTC(), b -> { });
    server.enqueue(status(500));
    server.enqueue(ok());
    try {
      io.github.xaijava.errors.XaiIoException e = assertThrows(
          io.github.xaijava.errors.XaiIoException.class, () -> client.models().list());
      assertEquals(io.github.xaijava.errors.XaiIoException.Kind.CANCELED, e.kind());
      assertTrue(Thread.currentThread().isInterrupted());
      assertEquals(1, server.getRequestCount());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void rateLimitExceptionIsTheFinalAnswer() {
    build(b -> b.maxRetries(1));
    server.enqueue(status(429).setHeader("retry-after-ms", "10"));
    server.enqueue(status(429).setHeader("retry-after-ms", "20"));
    RateLimitException e = assertThrows(RateLimitException.class, () -> client.models().list());
    assertInstanceOf(RateLimitException.class, e);
    assertEquals(Duration.ofMillis(20), e.retryAfter().orElseThrow());
    assertEquals(1, e.retryCount());
  }
}
