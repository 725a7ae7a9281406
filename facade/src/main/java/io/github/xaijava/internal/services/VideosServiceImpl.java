package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.VideosApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.services.VideosService;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. VideosService over the generated {@link VideosApi} and {@link HttpCore}. */
public final class VideosServiceImpl implements VideosService {

  private final HttpCore core;
  private final VideosApi api;
  private final Jobs jobs;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public VideosServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(VideosApi.class);
    this.jobs = new Jobs(core);
  }

  @Override
  public VideoJob generate(GenerateVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return jobs.starts(options).generateVideo(request);
  }

  @Override
  public CompletableFuture<VideoJob> generateAsync(GenerateVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> generate(request, options));
  }

  @Override
  public VideoJob edit(EditVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return jobs.starts(options).editVideo(request);
  }

  @Override
  public CompletableFuture<VideoJob> editAsync(EditVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return core.async(() -> edit(request, options));
  }

  @Override
  public VideoJob extend(ExtendVideoRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return jobs.starts(options).extendVideo(request);
  }

  @Override
  public CompletableFuture<VideoJob> extendAsync(ExtendVideoRequest request, RequestOptions options) {
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

  @Override
  public VideoJob job(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return jobs.starts(RequestOptions.none()).resumeVideo(requestId);
  }
}
