package io.github.xaijava.generated.model;

/**
 * How generated images come back: as URLs (xAI's default; they expire) or inline as base64
 * ({@code b64_json}). For the {@code responseFormat} of image requests.
 */
public enum ImageResponseFormat {
  /** URLs to download the images from; they expire. */
  URL("url"),
  /** The images inline, base64-encoded. */
  B64_JSON("b64_json");

  private final String wireValue;

  ImageResponseFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as xAI spells it ({@code url}, {@code b64_json}). */
  public String wireValue() {
    return wireValue;
  }
}
