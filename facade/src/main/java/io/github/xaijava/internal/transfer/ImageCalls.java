package io.github.xaijava.internal.transfer;

import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import java.util.Objects;
import okhttp3.HttpUrl;

/** {@code POST /v1/images/generations} and {@code /edits} over an {@link Exchange}. */
public final class ImageCalls {

  private final Exchange exchange;
  private final HttpUrl baseUrl;

  /** Calls against {@code baseUrl} (ending with {@code /}). */
  public ImageCalls(Exchange exchange, HttpUrl baseUrl) {
    this.exchange = Objects.requireNonNull(exchange, "exchange == null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
  }

  /** Generates images. */
  public GeneratedImageResponse generate(GenerateImageRequest request) {
    return post("v1/images/generations", Objects.requireNonNull(request, "request == null"));
  }

  /** Edits an image. */
  public GeneratedImageResponse edit(EditImageRequest request) {
    return post("v1/images/edits", Objects.requireNonNull(request, "request == null"));
  }

  private GeneratedImageResponse post(String path, Object request) {
    return JsonCalls.post(exchange, baseUrl.newBuilder().addPathSegments(path).build(),
        XaiJson.gson().toJsonTree(request), GeneratedImageResponse.class);
  }
}
