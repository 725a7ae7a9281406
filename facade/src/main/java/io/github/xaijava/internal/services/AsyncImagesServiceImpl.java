package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ImagesApi;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.services.async.AsyncImagesService;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncImagesService} over the generated {@link ImagesApi}. */
public final class AsyncImagesServiceImpl implements AsyncImagesService {

  private final ServiceContext context;
  private final ImagesApi api;

  public AsyncImagesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ImagesApi.class);
  }

  @Override
  public CompletableFuture<GeneratedImageResponse> generate(GenerateImageRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.generateImage(request), options);
  }

  @Override
  public CompletableFuture<GeneratedImageResponse> edit(EditImageRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().jsonAsync(api.editImage(request), options);
  }
}
