package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CompleteResponse;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SampleResponse;

/**
 * Legacy text completions: OpenAI-style ({@code POST /v1/completions}) and Anthropic-style
 * ({@code POST /v1/complete}). Reached with {@code client.completions()}; without blocking,
 * {@code client.async().completions()}. Errors as in {@link ChatService}. Thread-safe.
 */
public interface CompletionsService {

  /** Completes a prompt ({@code POST /v1/completions}). */
  default SampleResponse create(SampleRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see #create(SampleRequest) */
  SampleResponse create(SampleRequest request, RequestOptions options);

  /** Completes a prompt, Anthropic's legacy way ({@code POST /v1/complete}). */
  default CompleteResponse complete(CompleteRequest request) {
    return complete(request, RequestOptions.none());
  }

  /** @see #complete(CompleteRequest) */
  CompleteResponse complete(CompleteRequest request, RequestOptions options);
}
