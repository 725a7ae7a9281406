package io.github.xaijava.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.JobTimeoutException;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.testing.Loopback;
import io.github.xaijava.internal.transfer.AsyncRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deferred chat completions: start, 202 while pending, 200 once, then the kept result. */
class DeferredCompletionTest {

  private static final String REQUEST =
      "{\"model\":\"grok-4\",\"messages\":[{\"role\":\"user\",\"content\":\"101*3?\"}]}";

  private final Loopback loop = new Loopback();
  private final RecordingPollTimer timer = new RecordingPollTimer();
  private final JobStarts jobs = new JobStarts(
      loop.exchange, loop.baseUrl(), new Poller(PollOptions.defaults(), timer, AsyncRunner.on(Runnable::run)));

  @AfterEach
  void close() {
    loop.close();
  }

  @Test
  void deferSendsDeferredFlagAndAwaitsThrough202s() {
    loop.fixture("jobs/deferred-started.json").pending().pending()
        .fixture("jobs/deferred-done.json");
    ChatRequest request = XaiJson.gson().fromJson(REQUEST, ChatRequest.class);

    DeferredCompletion pending = jobs.defer(request);
    ChatResponse response = pending.await(Duration.ofMinutes(1));

    assertEquals("req_deferred_1", pending.requestId());
    assertEquals("grok-4-fast-reasoning", response.getModel());
    assertNull(request.getDeferred(), "the caller's request is not changed");

    RecordedRequest start = loop.take();
    assertEquals("POST", start.getMethod());
    assertEquals("/v1/chat/completions", start.getPath());
    assertTrue(start.getHeader("Content-Type").startsWith("application/json"));
    JsonObject body = XaiJson.gson().fromJson(start.getBody().readUtf8(), JsonObject.class);
    assertTrue(body.get("deferred").getAsBoolean());
    assertEquals("grok-4", body.get("model").getAsString());
    for (int i = 0; i < 3; i++) {
      RecordedRequest poll = loop.take();
      assertEquals("GET", poll.getMethod());
      assertEquals("/v1/chat/deferred-completion/req_deferred_1", poll.getPath());
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500)), timer.sleeps());
  }

  @Test
  void secondAwaitReturnsKeptResultWithoutAskingAgain() {
    loop.pending().fixture("jobs/deferred-done.json");
    DeferredCompletion pending = jobs.resumeDeferred("req_deferred_1");

    ChatResponse first = pending.await(Duration.ofMinutes(1));
    ChatResponse second = pending.await(Duration.ofMinutes(1));

    assertSame(first, second);
    assertEquals(Optional.of(first), pending.poll());
    assertEquals(2, loop.server.getRequestCount());
  }

  @Test
  void pollIsEmptyWhilePending() {
    loop.pending();
    assertEquals(Optional.empty(), jobs.resumeDeferred("req_x").poll());
  }

  @Test
  void awaitTimesOutClearlyAndNeverSleepsPastDeadline() {
    for (int i = 0; i < 10; i++) {
      loop.pending();
    }
    DeferredCompletion pending = jobs.resumeDeferred("req_slow");

    JobTimeoutException e = assertThrows(JobTimeoutException.class,
        () -> pending.await(Duration.ofMillis(3000)));

    assertEquals("req_slow", e.requestId());
    // 1 s, 1.5 s, then only the 0.5 s left; the last poll is at the deadline.
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(500)),
        timer.sleeps());
    assertEquals(4, e.polls());
    assertTrue(e.getMessage().contains("req_slow"), e.getMessage());
  }

  @Test
  void awaitAsyncCompletesWithResult() throws Exception {
    loop.pending().fixture("jobs/deferred-done.json");
    DeferredCompletion pending = jobs.resumeDeferred("req_deferred_1");

    ChatResponse response = pending.awaitAsync().get(5, TimeUnit.SECONDS);

    assertEquals("req_deferred_1", response.getId());
    assertSame(response, pending.awaitAsync().getNow(null));
  }

  @Test
  void interruptStopsAwaitAndKeepsFlag() {
    Poller poller = new Poller(PollOptions.defaults(), new PollTimer() {
      @Override
      public long nanoTime() {
        return 0;
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        throw new InterruptedException();
      }
    }, AsyncRunner.on(Runnable::run));
    loop.pending();
    DeferredCompletion pending = new JobStarts(loop.exchange, loop.baseUrl(), poller)
        .resumeDeferred("req_i");

    XaiIoException e = assertThrows(XaiIoException.class,
        () -> pending.await(Duration.ofMinutes(1)));
    assertEquals(XaiIoException.Kind.CANCELED, e.kind());
    assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
  }
}
