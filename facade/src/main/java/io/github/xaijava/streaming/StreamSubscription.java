package io.github.xaijava.streaming;

import java.util.concurrent.CompletableFuture;

/**
 * A stream being read in the background, returned by {@code client.async().chat().stream(...)}
 * (and the same for responses and messages).
 *
 * <pre>{@code
 * StreamSubscription sub = client.async().chat().stream(request, chunk -> show(chunk));
 * ...
 * sub.cancel();   // stops delivery, cancels the HTTP call, frees the connection
 * }</pre>
 */
public interface StreamSubscription {

  /**
   * Stops the stream: no event is delivered after this returns (one already being delivered may
   * finish), the HTTP call is cancelled and the connection freed. Idempotent.
   */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCancelled();

  /**
   * Completes after the last callback has returned: normally when the stream ended,
   * exceptionally with the failure passed to
   * {@code onError}, and is cancelled by {@link #cancel()}.
   */
  CompletableFuture<Void> completion();
}
