package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.GeneratedImage;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.generated.model.ImageUrl;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.generated.model.VideoUrl;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.services.GeneratedImages;
import io.github.xaijava.simulator.VideoOutcome;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Images (as URLs and inline) and video jobs (started, polled with progress, done or failed)
 * through the client against the simulator, blocking and through {@code client.async()}.
 */
class MediaEndToEndTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  @ParameterizedTest
  @EnumSource(Both.class)
  void imagesComeAsUrlsByDefault(Both mode) {
    XaiClient client = clients.client();
    GenerateImageRequest request = GenerateImageRequest.builder()
        .model("grok-2-image-1212").prompt("A lighthouse at dusk").n(2).build();

    GeneratedImageResponse r = mode.call(() -> client.images().generate(request),
        () -> client.async().images().generate(request));

    assertEquals(2, r.data().size());
    for (GeneratedImage image : r.data()) {
      String url = image.url().orElseThrow();
      assertTrue(url.startsWith(xai.baseUrl() + "/sim/images/") && url.endsWith(".png"), url);
      assertTrue(image.b64Json().isEmpty());
      assertEquals("image/png", image.mimeType().orElseThrow());
    }
    assertTrue(r.usage().orElseThrow().costInUsdTicks() > 0);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void b64JsonImagesDecodeToPngBytes(Both mode) {
    XaiClient client = clients.client();
    GenerateImageRequest request = GenerateImageRequest.builder()
        .model("grok-imagine-image").prompt("A red square").responseFormat("b64_json").build();

    GeneratedImageResponse r = mode.call(() -> client.images().generate(request),
        () -> client.async().images().generate(request));

    assertEquals(1, r.data().size());
    assertTrue(r.data().get(0).url().isEmpty());
    byte[] png = GeneratedImages.bytes(r.data().get(0));
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    assertArrayEquals(png, GeneratedImages.singleBytes(r), "the one image of the answer");
  }

  @org.junit.jupiter.api.Test
  void singleBytesSaysWhenThereIsNotExactlyOneImage() {
    XaiClient client = clients.client();
    GeneratedImageResponse two = client.images().generate(GenerateImageRequest.builder()
        .model("grok-imagine-image").prompt("Two cats").n(2)
        .responseFormat(io.github.xaijava.generated.model.ImageResponseFormat.B64_JSON).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeneratedImages.singleBytes(two));
    assertTrue(e.getMessage().contains("holds 2 images"), e.getMessage());
    assertEquals(2, GeneratedImages.bytes(two).size());
    assertTrue(client.images().generate(GenerateImageRequest.builder().model("grok-imagine-image")
        .prompt("A cat").build()).data().get(0).url().isPresent(), "URLs unless asked otherwise");
    // The typed format is the same wire value as the text one.
    assertEquals(java.util.Optional.of("b64_json"), GenerateImageRequest.builder()
        .responseFormat(io.github.xaijava.generated.model.ImageResponseFormat.B64_JSON).build()
        .responseFormat());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void anImageIsEditedFromTheUrlOfAnother(Both mode) {
    XaiClient client = clients.client();
    String source = client.images().generate(GenerateImageRequest.builder()
        .model("grok-imagine-image").prompt("A cat").build()).data().get(0).url().orElseThrow();
    EditImageRequest request = EditImageRequest.builder()
        .model("grok-imagine-image").prompt("The cat in a hat")
        .image(ImageUrl.builder().url(source).build())
        .build();

    GeneratedImageResponse r = mode.call(() -> client.images().edit(request),
        () -> client.async().images().edit(request));

    assertEquals(1, r.data().size());
    assertTrue(r.data().get(0).url().orElseThrow().endsWith(".png"));
    assertEquals("/v1/images/edits", xai.lastRequest().path());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void videoJobReportsProgressUntilDone(Both mode) {
    XaiClient client = clients.client();
    GenerateVideoRequest request = GenerateVideoRequest.builder()
        .model("grok-imagine-video").prompt("Waves on a beach").duration(5).build();
    List<VideoResponse> seen = new CopyOnWriteArrayList<>();

    VideoJob job = mode.call(() -> client.videos().startGeneration(request),
        () -> client.async().videos().startGeneration(request));
    VideoResponse done = mode.call(() -> job.await(Duration.ofSeconds(10), seen::add),
        () -> job.awaitAsync(Duration.ofSeconds(10), seen::add));

    assertEquals("done", done.status());
    assertEquals(5, done.video().orElseThrow().duration());
    assertTrue(done.video().orElseThrow().url().orElseThrow().endsWith(".mp4"));
    // The simulator answers 202 once (nothing to report), then pending 33 %, 66 %, then done.
    assertEquals(List.of("pending", "pending", "done"),
        seen.stream().map(VideoResponse::status).collect(Collectors.toList()));
    assertEquals(List.of(33, 66, 100),
        seen.stream().map(s -> s.progress().orElse(-1)).collect(Collectors.toList()));
    assertEquals(1 + 4, xai.requests().size(), "a start and four polls");
    assertEquals("/v1/videos/" + job.requestId(), xai.lastRequest().path());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aVideoIsEditedAndExtendedFromItsUrl(Both mode) {
    XaiClient client = clients.client();
    String source = client.videos().startGeneration(GenerateVideoRequest.builder()
            .model("grok-imagine-video").prompt("A river").build())
        .await(Duration.ofSeconds(10)).video().orElseThrow().url().orElseThrow();
    VideoUrl video = VideoUrl.builder().url(source).build();
    EditVideoRequest edit = EditVideoRequest.builder()
        .model("grok-imagine-video").prompt("At night").video(video).build();
    ExtendVideoRequest extend = ExtendVideoRequest.builder()
        .model("grok-imagine-video").prompt("And then it rains").video(video).duration(3).build();

    VideoJob edited = mode.call(() -> client.videos().startEdit(edit),
        () -> client.async().videos().startEdit(edit));
    VideoJob extended = mode.call(() -> client.videos().startExtension(extend),
        () -> client.async().videos().startExtension(extend));

    assertEquals("done", edited.await(Duration.ofSeconds(10)).status());
    assertEquals(3, extended.await(Duration.ofSeconds(10)).video().orElseThrow().duration());
    List<String> starts = xai.requests().stream().map(r -> r.method() + " " + r.path())
        .filter(line -> line.startsWith("POST")).collect(Collectors.toList());
    assertEquals(List.of("POST /v1/videos/generations", "POST /v1/videos/edits",
        "POST /v1/videos/extensions"), starts);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void failedVideoJobEndsInJobFailedException(Both mode) {
    XaiClient client = clients.client();
    xai.script().nextVideoOutcome(VideoOutcome.FAILED);
    GenerateVideoRequest request = GenerateVideoRequest.builder()
        .model("grok-imagine-video").prompt("Something impossible").build();

    VideoJob job = client.videos().startGeneration(request);
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> mode.call(() -> job.await(Duration.ofSeconds(10)),
            () -> job.awaitAsync(Duration.ofSeconds(10))));

    assertEquals(job.requestId(), e.requestId());
    assertEquals("internal_error", e.code().orElseThrow());
    assertTrue(e.errorMessage().orElseThrow().contains(job.requestId()), e.getMessage());
  }
}
