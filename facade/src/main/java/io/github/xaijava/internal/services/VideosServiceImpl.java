package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.VideosApi;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.StartDeferredResponse;
import io.github.xaijava.internal.jobs.VideoJobImpl;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.services.VideosService;

/** Not API. {@link VideosService} over the generated {@link VideosApi}. */
public final class VideosServiceImpl implements VideosService {

  private final ServiceContext context;
  private final VideosApi api;

  public VideosServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(VideosApi.class);
  }

  @Override
  public VideoJob startGeneration(GenerateVideoRequest request, RequestOptions options) {
    Args.required(request, "request");
    return job(context, api, context.calls().json(api.generateVideo(request), options), options);
  }

  @Override
  public VideoJob startEdit(EditVideoRequest request, RequestOptions options) {
    Args.required(request, "request");
    return job(context, api, context.calls().json(api.editVideo(request), options), options);
  }

  @Override
  public VideoJob startExtension(ExtendVideoRequest request, RequestOptions options) {
    Args.required(request, "request");
    return job(context, api, context.calls().json(api.extendVideo(request), options), options);
  }

  @Override
  public VideoJob resume(String requestId) {
    Args.id(requestId, "requestId");
    return job(context, api, requestId, RequestOptions.none());
  }

  static VideoJob job(ServiceContext context, VideosApi api, StartDeferredResponse started,
      RequestOptions options) {
    return job(context, api, started.requestId(), ServiceContext.forPolls(options));
  }

  /** A handle whose polls are {@code GET /v1/videos/{id}} through the client. */
  static VideoJob job(ServiceContext context, VideosApi api, String requestId,
      RequestOptions polls) {
    return new VideoJobImpl(requestId,
        () -> context.calls().pending(api.getVideo(requestId), polls),
        () -> context.calls().pendingAsync(api.getVideo(requestId), polls),
        context.poller());
  }
}
