package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ImagesApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.ImagesService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. ImagesService over the generated {@link ImagesApi} and {@link HttpCore}. */
public final class ImagesServiceImpl implements ImagesService {

  private final HttpCore core;
  private final ImagesApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public ImagesServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(ImagesApi.class);
  }

  @Override
  public GeneratedImageResponse generate(GenerateImageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.generateImage(request), options);
  }

  @Override
  public CompletableFuture<GeneratedImageResponse> generateAsync(GenerateImageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> generate(request, options));
  }

  @Override
  public GeneratedImageResponse edit(EditImageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.editImage(request), options);
  }

  @Override
  public CompletableFuture<GeneratedImageResponse> editAsync(EditImageRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> edit(request, options));
  }
}
