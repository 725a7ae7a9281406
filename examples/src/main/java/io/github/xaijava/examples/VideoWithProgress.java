package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.jobs.VideoJob;
import java.time.Duration;

/** A video job, with its progress printed as it goes. */
public final class VideoWithProgress {

  private VideoWithProgress() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      VideoJob job = client.videos().startGeneration(GenerateVideoRequest.builder()
          .model("grok-imagine-video").prompt("Waves rolling onto a beach at sunset").build());
      VideoResponse done = job.await(Duration.ofMinutes(15),
          status -> System.out.println(status.status() + " " + status.progress().orElse(0) + "%"));
      System.out.println(done.video().flatMap(v -> v.url()).orElse("(no URL)"));
    }
  }
}
