package io.github.xaijava.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiClient;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.errors.JobTimeoutException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.FakeTime;
import io.github.xaijava.testsupport.RecordingScheduler;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deferred completions and video jobs through the client: start, 202 while pending, the result
 * once, then the kept outcome; waits on time that only moves when the client waits.
 */
class JobsTest {

  @RegisterExtension
  final XaiServerExtension loop = new XaiServerExtension();

  private final FakeTime time = new FakeTime();
  private XaiClient client;

  @BeforeEach
  void start() {
    client = loop.client(time.timers(), b -> { });
  }

  private static ChatRequest question() {
    return ChatRequest.builder().model("grok-4").addUserMessage("101*3?").build();
  }

  private static GenerateVideoRequest video() {
    return GenerateVideoRequest.builder().model("grok-imagine-video")
        .prompt("a cat on a skateboard").build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void startDeferredSendsTheFlagAndAwaitsThrough202s(Both both) {
    loop.fixture("jobs/deferred-started.json").pending().pending()
        .fixture("jobs/deferred-done.json");
    ChatRequest request = question();

    DeferredCompletion pending = both.call(() -> client.chat().startDeferred(request),
        () -> client.async().chat().startDeferred(request));
    ChatResponse response = both.call(() -> pending.await(Duration.ofMinutes(1)),
        () -> pending.awaitAsync(Duration.ofMinutes(1)));

    assertEquals("req_deferred_1", pending.requestId());
    assertEquals("grok-4-fast-reasoning", response.model());
    RecordedRequest start = loop.take();
    assertEquals("POST", start.getMethod());
    assertEquals("/v1/chat/completions", start.getPath());
    JsonObject body = XaiJson.gson().fromJson(start.getBody().readUtf8(), JsonObject.class);
    assertTrue(body.get("deferred").getAsBoolean());
    for (int i = 0; i < 3; i++) {
      RecordedRequest poll = loop.take();
      assertEquals("GET", poll.getMethod());
      assertEquals("/v1/chat/deferred-completion/req_deferred_1", poll.getPath());
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500)), time.waits());
  }

  @Test
  void secondAwaitReturnsTheKeptResultWithoutAskingAgain() throws Exception {
    loop.pending().fixture("jobs/deferred-done.json");
    DeferredCompletion pending = client.chat().resumeDeferred("req_deferred_1");

    ChatResponse first = pending.await(Duration.ofMinutes(1));
    ChatResponse second = pending.await(Duration.ofMinutes(1));

    assertSame(first, second);
    assertEquals(Optional.of(first), pending.poll());
    assertSame(first, pending.awaitAsync().get(1, TimeUnit.SECONDS));
    assertEquals(2, loop.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void awaitTimesOutClearlyAndNeverWaitsPastTheDeadline(Both both) {
    for (int i = 0; i < 10; i++) {
      loop.pending();
    }
    DeferredCompletion pending = client.chat().resumeDeferred("req_slow");

    JobTimeoutException e = assertThrows(JobTimeoutException.class, () -> both.call(
        () -> pending.await(Duration.ofMillis(3000)),
        () -> pending.awaitAsync(Duration.ofMillis(3000))));

    assertEquals("req_slow", e.requestId());
    // 1 s, 1.5 s, then only the 0.5 s left; the last poll is at the deadline.
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(500)),
        time.waits());
    assertEquals(4, e.polls());
    assertTrue(e.getMessage().contains("req_slow"), e.getMessage());
  }

  @Test
  void interruptStopsAwaitAndKeepsTheFlag() {
    XaiClient interrupted = loop.client(new Timers(d -> {
      throw new InterruptedException();
    }, new RecordingScheduler(), Clock.systemUTC()), b -> { });
    loop.pending();
    XaiIoException e = assertThrows(XaiIoException.class,
        () -> interrupted.chat().resumeDeferred("req_i").await(Duration.ofMinutes(1)));
    assertEquals(XaiIoException.Kind.CANCELED, e.kind());
    assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void videoPendingThenDoneReportsProgress(Both both) {
    loop.fixture("jobs/video-started.json").pending().fixture("jobs/video-pending-40.json")
        .fixture("jobs/video-done.json");
    List<Integer> progress = new ArrayList<>();

    VideoJob job = both.call(() -> client.videos().startGeneration(video()),
        () -> client.async().videos().startGeneration(video()));
    VideoResponse done = both.call(
        () -> job.await(Duration.ofMinutes(5), s -> progress.add(s.progress().orElse(-1))),
        () -> job.awaitAsync(Duration.ofMinutes(5), s -> progress.add(s.progress().orElse(-1))));

    assertEquals("vid_1", job.requestId());
    assertEquals("https://vidgen.x.ai/vid_1.mp4", done.video().orElseThrow().url().orElseThrow());
    assertEquals(List.of(40, 100), progress);
    assertEquals(2, time.waits().size());
    RecordedRequest start = loop.take();
    assertEquals("/v1/videos/generations", start.getPath());
    JsonObject body = XaiJson.gson().fromJson(start.getBody().readUtf8(), JsonObject.class);
    assertEquals("a cat on a skateboard", body.get("prompt").getAsString());
    assertEquals("/v1/videos/vid_1", loop.take().getPath());
    assertSame(done, job.poll().orElseThrow(), "kept");
    assertEquals(4, loop.server().getRequestCount());
  }

  @Test
  void videoPendingThenFailedThrowsWithXaisCodeAndMessage() {
    loop.fixture("jobs/video-started.json").fixture("jobs/video-pending-40.json")
        .fixture("jobs/video-failed.json");
    VideoJob job = client.videos().startGeneration(video());

    JobFailedException e = assertThrows(JobFailedException.class,
        () -> job.await(Duration.ofMinutes(5)));

    assertEquals("vid_1", e.requestId());
    assertEquals(Optional.of("invalid_argument"), e.code());
    assertEquals(Optional.of("The prompt was rejected by moderation"), e.errorMessage());
    assertThrows(JobFailedException.class, job::poll, "the failure is kept");
    assertEquals(3, loop.server().getRequestCount());
  }

  @Test
  void expiredIsAFailure() {
    loop.fixture("jobs/video-expired.json");
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> client.videos().resume("vid_2").poll());
    assertEquals(Optional.of("expired"), e.code());
  }

  @Test
  void pollReturnsThePendingStatusAndEmptyOn202() throws Exception {
    loop.pending().fixture("jobs/video-pending-40.json");
    VideoJob job = client.videos().resume("vid_3");

    assertEquals(Optional.empty(), job.poll());
    assertEquals("pending", job.pollAsync().get(5, TimeUnit.SECONDS).orElseThrow().status());
  }

  @Test
  void awaitAsyncFailsWithJobFailed() {
    loop.fixture("jobs/video-failed.json");
    VideoJob job = client.videos().resume("vid_4");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> job.awaitAsync().get(5, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof JobFailedException, e.getCause().toString());
  }

  @Test
  void editAndExtendPostToTheirPaths() {
    loop.fixture("jobs/video-started.json").fixture("jobs/video-started.json");
    client.videos().startEdit(EditVideoRequest.builder().prompt("x").build());
    client.videos().startExtension(ExtendVideoRequest.builder().prompt("y").build());
    assertEquals("/v1/videos/edits", loop.take().getPath());
    assertEquals("/v1/videos/extensions", loop.take().getPath());
  }
}
