/**
 * Streamed answers read as they arrive: {@link io.github.xaijava.streaming.ChatStream},
 * {@link io.github.xaijava.streaming.ResponseStream} and
 * {@link io.github.xaijava.streaming.MessageStream} (pull style, {@code AutoCloseable}, iterable
 * once, also as a {@code java.util.stream.Stream}); {@link io.github.xaijava.streaming.StreamHandler}
 * and {@link io.github.xaijava.streaming.StreamSubscription} for push style; and accumulators that
 * fold events into the final answer.
 *
 * <p>All types here take and return non-null values unless a method says otherwise.
 */
package io.github.xaijava.streaming;
