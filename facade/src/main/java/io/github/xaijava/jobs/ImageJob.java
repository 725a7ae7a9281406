package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.DeferredImageResponse;

/**
 * An image generation or edit sent with {@code deferred}, which xAI makes in the background.
 *
 * <pre>{@code
 * ImageJob job = client.images().startDeferred(request);
 * DeferredImageResponse done = job.await(Duration.ofMinutes(5));
 * System.out.println(done.data().get(0).url());
 * }</pre>
 *
 * <p>{@link #poll()} is empty while xAI answers 202, else the answer: {@code pending} or
 * {@code done} (with the images). {@code failed} becomes a
 * {@link io.github.xaijava.errors.JobFailedException} with xAI's code and message; an unknown or
 * expired id is xAI's 404, a {@link io.github.xaijava.errors.NotFoundException}. A status this
 * version does not know counts as still pending.
 */
public interface ImageJob extends Job<DeferredImageResponse> {
}
