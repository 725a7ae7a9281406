package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.ImagesApi;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.services.ImagesService;

/** Not API. {@link ImagesService} over the generated {@link ImagesApi}. */
public final class ImagesServiceImpl implements ImagesService {

  private final ServiceContext context;
  private final ImagesApi api;

  public ImagesServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(ImagesApi.class);
  }

  @Override
  public GeneratedImageResponse generate(GenerateImageRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.generateImage(request), options);
  }

  @Override
  public GeneratedImageResponse edit(EditImageRequest request, RequestOptions options) {
    Args.required(request, "request");
    return context.calls().json(api.editImage(request), options);
  }
}
