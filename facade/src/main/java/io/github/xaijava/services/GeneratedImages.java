package io.github.xaijava.services;

import io.github.xaijava.generated.model.GeneratedImage;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Decodes images generated with {@code response_format} {@code b64_json}.
 *
 * <pre>{@code
 * GeneratedImageResponse r = client.images().generate(GenerateImageRequest.builder()
 *     .model("grok-2-image").prompt("A cat").responseFormat("b64_json").build());
 * Files.write(Path.of("cat.jpg"), GeneratedImages.bytes(r.data().get(0)));
 * }</pre>
 */
public final class GeneratedImages {

  private GeneratedImages() {
  }

  /**
   * The bytes of {@code image}. A {@code data:…;base64,} prefix is accepted too.
   *
   * @throws IllegalArgumentException if the image has no {@code b64_json} (it was asked for as a
   *     URL) or it is not valid base64
   */
  public static byte[] bytes(GeneratedImage image) {
    Objects.requireNonNull(image, "image == null");
    String b64 = image.b64Json().orElseThrow(() -> new IllegalArgumentException(
        "image has no b64_json; request it with response_format b64_json (url: "
            + image.url().orElse("none") + ")"));
    int comma = b64.startsWith("data:") ? b64.indexOf(',') : -1;
    String data = comma < 0 ? b64 : b64.substring(comma + 1);
    // Plain decoder after dropping line breaks: the MIME decoder would skip bad characters.
    return Base64.getDecoder().decode(data.replaceAll("\\s", ""));
  }

  /** The bytes of every image in {@code response}, in order. */
  public static List<byte[]> bytes(GeneratedImageResponse response) {
    Objects.requireNonNull(response, "response == null");
    List<byte[]> all = new ArrayList<>();
    for (GeneratedImage image : response.data()) {
      all.add(bytes(image));
    }
    return all;
  }

  /**
   * The bytes of the one image in {@code response}: for the usual request of a single image
   * ({@code n} unset or 1).
   *
   * @throws IllegalArgumentException if the response holds no image or several (then use
   *     {@link #bytes(GeneratedImageResponse)}), or the image has no {@code b64_json}
   */
  public static byte[] singleBytes(GeneratedImageResponse response) {
    Objects.requireNonNull(response, "response == null");
    if (response.data().size() != 1) {
      throw new IllegalArgumentException("the response holds " + response.data().size()
          + " images, not one; use GeneratedImages.bytes(response) for all of them");
    }
    return bytes(response.data().get(0));
  }
}
