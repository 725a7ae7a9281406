package io.github.xaijava.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.testing.Loopback;
import io.github.xaijava.internal.transfer.AsyncRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Video jobs: pending, done, failed and expired (the last two arrive with HTTP 200). */
class VideoJobTest {

  private final Loopback loop = new Loopback();
  private final RecordingPollTimer timer = new RecordingPollTimer();
  private final JobStarts jobs = new JobStarts(
      loop.exchange, loop.baseUrl(), new Poller(PollOptions.defaults(), timer, AsyncRunner.on(Runnable::run)));

  @AfterEach
  void close() {
    loop.close();
  }

  private static GenerateVideoRequest request() {
    return XaiJson.gson().fromJson(
        "{\"model\":\"grok-imagine-video\",\"prompt\":\"a cat on a skateboard\"}",
        GenerateVideoRequest.class);
  }

  @Test
  void pendingThenDoneReportsProgress() {
    loop.fixture("jobs/video-started.json").pending().fixture("jobs/video-pending-40.json")
        .fixture("jobs/video-done.json");
    List<Integer> progress = new ArrayList<>();

    VideoJob job = jobs.generateVideo(request());
    VideoResponse done = job.await(Duration.ofMinutes(5), s -> progress.add(s.getProgress()));

    assertEquals("vid_1", job.requestId());
    assertEquals("https://vidgen.x.ai/vid_1.mp4", done.getVideo().getUrl());
    assertEquals(List.of(40, 100), progress);
    assertEquals(2, timer.sleeps().size());
    RecordedRequest start = loop.take();
    assertEquals("/v1/videos/generations", start.getPath());
    JsonObject body = XaiJson.gson().fromJson(start.getBody().readUtf8(), JsonObject.class);
    assertEquals("a cat on a skateboard", body.get("prompt").getAsString());
    assertEquals("/v1/videos/vid_1", loop.take().getPath());
    assertSame(done, job.poll().orElseThrow(), "kept");
    assertEquals(4, loop.server.getRequestCount());
  }

  @Test
  void pendingThenFailedThrowsWithXaiCodeAndMessage() {
    loop.fixture("jobs/video-started.json").fixture("jobs/video-pending-40.json")
        .fixture("jobs/video-failed.json");
    VideoJob job = jobs.generateVideo(request());

    JobFailedException e = assertThrows(JobFailedException.class,
        () -> job.await(Duration.ofMinutes(5)));

    assertEquals("vid_1", e.requestId());
    assertEquals(Optional.of("invalid_argument"), e.code());
    assertEquals(Optional.of("The prompt was rejected by moderation"), e.errorMessage());
    assertThrows(JobFailedException.class, job::poll, "the failure is kept");
    assertEquals(3, loop.server.getRequestCount());
  }

  @Test
  void expiredIsAFailure() {
    loop.fixture("jobs/video-expired.json");
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> jobs.resumeVideo("vid_2").poll());
    assertEquals(Optional.of("expired"), e.code());
  }

  @Test
  void pollReturnsPendingStatusAndEmptyOn202() {
    loop.pending().fixture("jobs/video-pending-40.json");
    VideoJob job = jobs.resumeVideo("vid_3");

    assertEquals(Optional.empty(), job.poll());
    assertEquals("pending", job.poll().orElseThrow().getStatus());
  }

  @Test
  void awaitAsyncFailsWithJobFailed() {
    loop.fixture("jobs/video-failed.json");
    VideoJob job = jobs.resumeVideo("vid_4");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> job.awaitAsync().get(5, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof JobFailedException, e.getCause().toString());
  }

  @Test
  void editAndExtendPostToTheirPaths() {
    loop.fixture("jobs/video-started.json").fixture("jobs/video-started.json");
    jobs.editVideo(XaiJson.gson().fromJson("{\"prompt\":\"x\"}",
        io.github.xaijava.generated.model.EditVideoRequest.class));
    jobs.extendVideo(XaiJson.gson().fromJson("{\"prompt\":\"y\"}",
        io.github.xaijava.generated.model.ExtendVideoRequest.class));
    assertEquals("/v1/videos/edits", loop.take().getPath());
    assertEquals("/v1/videos/extensions", loop.take().getPath());
  }
}
