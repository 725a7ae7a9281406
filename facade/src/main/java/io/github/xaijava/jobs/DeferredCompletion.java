package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.ChatResponse;

/**
 * A chat completion that xAI computes in the background ({@code "deferred": true}).
 *
 * <pre>{@code
 * DeferredCompletion pending = client.chat().startDeferred(request);
 * ChatResponse response = pending.await(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>{@link #poll()} is empty while xAI still works on it. xAI hands a finished result out once
 * (within 24 hours); the handle keeps it, so every later {@code poll} or {@code await} returns the
 * same response, and concurrent callers never fetch it twice. A second fetch elsewhere, or one
 * after 24 hours, is a {@code NotFoundException}.
 */
public interface DeferredCompletion extends Job<ChatResponse> {
}
