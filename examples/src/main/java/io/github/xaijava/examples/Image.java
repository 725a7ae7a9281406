package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.generated.model.ImageResponseFormat;
import io.github.xaijava.services.GeneratedImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One image, saved to a file: {@code Image [FILE]} (default lighthouse.png). */
public final class Image {

  private Image() {
  }

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "lighthouse.png");
    try (XaiClient client = XaiClient.fromEnv()) {
      GeneratedImageResponse drawn = client.images().generate(GenerateImageRequest.builder()
          .model("grok-imagine-image").prompt("A lighthouse at dusk")
          .responseFormat(ImageResponseFormat.B64_JSON).build());
      Files.write(target, GeneratedImages.singleBytes(drawn));
      System.out.println("wrote " + Files.size(target) + " bytes to " + target);
    }
  }
}
