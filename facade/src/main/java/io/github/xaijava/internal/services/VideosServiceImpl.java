package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.VideosApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.VideosService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. VideosService over the generated {@link VideosApi} and {@link HttpCore}. */
public final class VideosServiceImpl implements VideosService {

  private final HttpCore core;
  private final VideosApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public VideosServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(VideosApi.class);
  }

  @Override
  public StartDeferredResponse generate(GenerateVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.generateVideo(request), options);
  }

  @Override
  public CompletableFuture<StartDeferredResponse> generateAsync(GenerateVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> generate(request, options));
  }

  @Override
  public StartDeferredResponse edit(EditVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.editVideo(request), options);
  }

  @Override
  public CompletableFuture<StartDeferredResponse> editAsync(EditVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> edit(request, options));
  }

  @Override
  public StartDeferredResponse extend(ExtendVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.call(api.extendVideo(request), options);
  }

  @Override
  public CompletableFuture<StartDeferredResponse> extendAsync(ExtendVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> extend(request, options));
  }

  @Override
  public VideoResponse retrieve(String requestId, RequestOptions options) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(options, "options");
    return core.call(api.getVideo(requestId), options);
  }

  @Override
  public CompletableFuture<VideoResponse> retrieveAsync(String requestId, RequestOptions options) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(requestId, options));
  }
}
