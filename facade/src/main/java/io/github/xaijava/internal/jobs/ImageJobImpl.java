package io.github.xaijava.internal.jobs;

import io.github.xaijava.generated.model.DeferredImageError;
import io.github.xaijava.generated.model.DeferredImageResponse;
import io.github.xaijava.jobs.ImageJob;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * An {@link ImageJob} over fetch functions: {@code done} is final, {@code failed} and
 * {@code expired} fail it, anything else is pending.
 */
public final class ImageJobImpl extends StatusJob<DeferredImageResponse> implements ImageJob {

  /**
   * A handle.
   *
   * @param fetch one {@code GET /v1/images/{id}}: empty while 202
   * @param fetchAsync the same without blocking
   */
  public ImageJobImpl(String requestId, Supplier<Optional<DeferredImageResponse>> fetch,
      Supplier<CompletableFuture<Optional<DeferredImageResponse>>> fetchAsync, Poller poller) {
    super(requestId, fetch, fetchAsync, poller);
  }

  @Override
  boolean judge(DeferredImageResponse response) {
    String status = response.status().toLowerCase(Locale.ROOT);
    return switch (status) {
      case "done" -> true;
      case "failed", "expired" -> {
        Optional<DeferredImageError> error = response.error();
        throw failed(status, error.flatMap(DeferredImageError::code).orElse(null),
            error.flatMap(DeferredImageError::message).orElse(null), "image request");
      }
      default -> false;
    };
  }
}
