/**
 * The exceptions the client throws. All are unchecked and extend
 * {@link io.github.xaijava.errors.XaiException}.
 *
 * <ul>
 *   <li>{@link io.github.xaijava.errors.XaiApiException}: the API answered with an HTTP error;
 *       one subclass per status family ({@code BadRequestException},
 *       {@code AuthenticationException}, {@code RateLimitException}, …). Branch on the type or
 *       on {@code statusCode()}; show {@code error()} to people.
 *   <li>{@link io.github.xaijava.errors.XaiIoException}: the network failed, a timeout expired,
 *       or a 2xx body could not be read.
 *   <li>{@link io.github.xaijava.errors.XaiStreamException}: an error arrived inside a stream.
 *   <li>{@link io.github.xaijava.errors.JobFailedException}: a long-running job ended as failed
 *       or expired.
 * </ul>
 *
 * <p>No message, {@code toString()} or accessor of these exceptions ever contains the API key.
 */
package io.github.xaijava.errors;
