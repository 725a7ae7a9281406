/**
 * The services of {@code io.github.xaijava.services} without blocking, reached with
 * {@code client.async()}: every operation returns a {@code CompletableFuture} (or, for streams, a
 * {@link io.github.xaijava.streaming.StreamSubscription}).
 *
 * <p>Calls run on OkHttp's dispatcher and retries are scheduled, so no thread waits for an answer
 * or a backoff. Results are delivered on the client's callback executor when one is configured
 * ({@code ClientOptions.Builder.callbackExecutor}), otherwise on the OkHttp thread that received
 * them: keep callbacks short there, or configure an executor. Cancelling a future cancels its
 * call. A future fails with the exception the blocking form would throw (wrapped in a
 * {@code CompletionException} when read with {@code join()}).
 */
package io.github.xaijava.services.async;
