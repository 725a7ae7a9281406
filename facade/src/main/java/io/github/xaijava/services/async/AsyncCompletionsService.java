package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CompleteResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;
import io.github.xaijava.services.CompletionsService;
import java.util.concurrent.CompletableFuture;

/** {@link CompletionsService} without blocking: {@code client.async().completions()}. */
public interface AsyncCompletionsService {

  /** @see CompletionsService#create(SampleRequest) */
  default CompletableFuture<SampleResponse> create(SampleRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see CompletionsService#create(SampleRequest) */
  CompletableFuture<SampleResponse> create(SampleRequest request, RequestOptions options);

  /** @see CompletionsService#complete(CompleteRequest) */
  default CompletableFuture<CompleteResponse> complete(CompleteRequest request) {
    return complete(request, RequestOptions.none());
  }

  /** @see CompletionsService#complete(CompleteRequest) */
  CompletableFuture<CompleteResponse> complete(CompleteRequest request, RequestOptions options);
}
