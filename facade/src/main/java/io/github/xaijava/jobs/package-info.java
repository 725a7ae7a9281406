/**
 * Handles on work that xAI finishes later ({@link io.github.xaijava.jobs.Job}): deferred chat
 * completions and video generations.
 *
 * <p>A handle is returned as soon as xAI has accepted the work ({@code start...}), or made from a
 * kept id ({@code resume...}). {@code poll()} asks once; {@code await(timeout)} asks until the
 * result is ready, waiting longer between questions as
 * {@link io.github.xaijava.config.PollOptions} says, and throws
 * {@link io.github.xaijava.errors.JobTimeoutException} when the timeout passes first. A failed job
 * ends in {@link io.github.xaijava.errors.JobFailedException}.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package io.github.xaijava.jobs;
