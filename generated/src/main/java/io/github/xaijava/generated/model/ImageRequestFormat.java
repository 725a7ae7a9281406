package io.github.xaijava.generated.model;

/**
 * The image request builders' typed {@code responseFormat}, over their
 * {@code responseFormat(String)} (the {@code helpers} rule of {@code generated/shaping.json}
 * attaches it).
 *
 * @param <B> the builder
 */
interface ImageRequestFormat<B> {

  B responseFormat(String responseFormat);

  /** Sets how the images come back: {@link ImageResponseFormat#URL} or {@code B64_JSON}. */
  default B responseFormat(ImageResponseFormat format) {
    return responseFormat(format.wireValue());
  }
}
