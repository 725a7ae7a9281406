package io.github.xaijava.errors;

import java.util.List;
import java.util.Map;

/**
 * 404 Not Found: an unknown or retired model, or an unknown id (file, response, skill, job).
 */
public class NotFoundException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; normally only the client does this. Parameters as in
   * {@link XaiApiException#XaiApiException(int, String, String, String, Map, String, int)}.
   *
   * @param statusCode the HTTP status
   * @param code xAI's {@code code} field, or {@code null}
   * @param error xAI's {@code error} field, or {@code null}
   * @param requestId the {@code x-request-id} header, or {@code null}
   * @param headers the response headers
   * @param rawBody the response body as text
   * @param retryCount retries made before giving up
   */
  public NotFoundException(
      int statusCode,
      String code,
      String error,
      String requestId,
      Map<String, List<String>> headers,
      String rawBody,
      int retryCount) {
    super(statusCode, code, error, requestId, headers, rawBody, retryCount);
  }
}
