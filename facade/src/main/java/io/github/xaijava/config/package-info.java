/**
 * Configuration of the xAI client: {@link io.github.xaijava.config.ClientOptions} for the whole
 * client, {@link io.github.xaijava.config.RequestOptions} for one call,
 * {@link io.github.xaijava.config.Timeout}, {@link io.github.xaijava.config.RetryPolicy} and
 * {@link io.github.xaijava.config.LogLevel}.
 *
 * <p>All values are immutable and thread-safe. Unset per-request options inherit the client's.
 */
package io.github.xaijava.config;
