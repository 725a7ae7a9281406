package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.VideosApi;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.services.async.AsyncVideosService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncVideosService} over the generated {@link VideosApi}. */
public final class AsyncVideosServiceImpl implements AsyncVideosService {

  private final ServiceContext context;
  private final VideosApi api;

  public AsyncVideosServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(VideosApi.class);
  }

  @Override
  public CompletableFuture<VideoJob> startGeneration(GenerateVideoRequest request,
      RequestOptions options) {
    Args.required(request, "request");
    return context.calls().map(context.calls().jsonAsync(api.generateVideo(request), options),
        started -> VideosServiceImpl.job(context, api, started, options));
  }

  @Override
  public CompletableFuture<VideoJob> startEdit(EditVideoRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().map(context.calls().jsonAsync(api.editVideo(request), options),
        started -> VideosServiceImpl.job(context, api, started, options));
  }

  @Override
  public CompletableFuture<VideoJob> startExtension(ExtendVideoRequest request,
      RequestOptions options) {
    Args.required(request, "request");
    return context.calls().map(context.calls().jsonAsync(api.extendVideo(request), options),
        started -> VideosServiceImpl.job(context, api, started, options));
  }

  @Override
  public VideoJob resume(String requestId) {
    Args.id(requestId, "requestId");
    return VideosServiceImpl.job(context, api, requestId, RequestOptions.none());
  }
}
