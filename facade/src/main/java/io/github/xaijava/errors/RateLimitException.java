package io.github.xaijava.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 429 Too Many Requests: a rate limit was hit, or sometimes credits ran out.
 *
 * <p>Retried automatically by default. {@link #retryAfter()} gives the delay the server asked
 * for, when it sent {@code retry-after-ms} or {@code Retry-After}; the
 * {@code x-ratelimit-*} headers are in {@link #headers()}.
 */
public class RateLimitException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception; normally only the client does this.
   *
   * @param statusCode the HTTP status (429)
   * @param code xAI's {@code code} field, or {@code null}
   * @param error xAI's {@code error} field, or {@code null}
   * @param requestId the {@code x-request-id} header, or {@code null}
   * @param headers the response headers
   * @param rawBody the response body as text
   * @param retryCount retries made before giving up
   * @param retryAfter the delay the server asked for, or {@code null} if it gave none
   */
  public RateLimitException(
      int statusCode,
      String code,
      String error,
      String requestId,
      Map<String, List<String>> headers,
      String rawBody,
      int retryCount,
      Duration retryAfter) {
    super(statusCode, code, error, requestId, headers, rawBody, retryCount);
    this.retryAfter = retryAfter;
  }

  /** The delay the server asked for before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
