package io.github.xaijava.internal.errors;

import io.github.xaijava.errors.XaiApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. The one place where a non-2xx answer becomes a typed {@link XaiApiException}.
 *
 * <p>{@link #map} reads at most {@value #MAX_BODY_BYTES} bytes of the body, closes the
 * response and never throws while doing so.
 */
public final class ErrorMapper {

  /** Error bodies are small; a proxy's huge HTML page is cut rather than buffered whole. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private ErrorMapper() {
  }

  /**
   * Maps a non-2xx response to its typed exception and closes the response. The API key is
   * replaced wherever a server or proxy echoed it: in the body and in the headers.
   *
   * @param response a response with a non-2xx status
   * @param retryCount retries already made
   * @param clock for Retry-After dates
   * @param redactor hides the API key
   * @return the exception, for the caller to throw
   */
  public static XaiApiException map(Response response, int retryCount, Clock clock,
      Redactor redactor) {
    Redactor redacting = redactor.forRequest(response.request());
    String body;
    try (response) {
      body = redacting.redact(readBody(response.body()));
    }
    return map(response.code(), response.headers(),
        redacting.redact(response.headers().toMultimap()), body, retryCount, clock);
  }

  /**
   * Maps an already-read error answer to its typed exception.
   *
   * @param status the HTTP status
   * @param headers the response headers (for Retry-After and the request id)
   * @param shown the headers the exception shows (already redacted)
   * @param body the body text (may be empty)
   * @param retryCount retries already made
   * @param clock for Retry-After dates
   * @return the exception, for the caller to throw
   */
  public static XaiApiException map(int status, Headers headers, Map<String, List<String>> shown,
      String body, int retryCount, Clock clock) {
    ErrorBodyParser.Parsed parsed = ErrorBodyParser.parse(body);
    String code = parsed.code();
    String error = parsed.error();
    String requestId = headers.get("x-request-id");
    ApiExceptions.Kind kind;
    if (status == 401 || (status == 400 && isBadApiKey(error))) {
      // xAI answers a wrong key with 400; callers handle it as what it is.
      kind = ApiExceptions.Kind.AUTHENTICATION;
    } else {
      kind = switch (status) {
        case 400 -> ApiExceptions.Kind.BAD_REQUEST;
        case 403 -> ApiExceptions.Kind.PERMISSION_DENIED;
        case 404 -> ApiExceptions.Kind.NOT_FOUND;
        case 409 -> ApiExceptions.Kind.CONFLICT;
        case 422 -> ApiExceptions.Kind.UNPROCESSABLE_ENTITY;
        case 429 -> ApiExceptions.Kind.RATE_LIMIT;
        default -> status >= 500
            ? ApiExceptions.Kind.INTERNAL_SERVER : ApiExceptions.Kind.UNEXPECTED_STATUS;
      };
    }
    Duration retryAfter = status == 429 ? retryAfter(headers, clock) : null;
    return ApiExceptions.factory().create(
        kind, status, code, error, requestId, shown, body, retryCount, retryAfter);
  }

  private static boolean isBadApiKey(String error) {
    if (error == null) {
      return false;
    }
    String e = error.toLowerCase(Locale.ROOT);
    return e.contains("incorrect api key") || e.contains("invalid api key");
  }

  /**
   * The delay a server asked for: {@code retry-after-ms} (milliseconds), else
   * {@code Retry-After} (seconds or an HTTP date); {@code null} if absent, unparsable or
   * negative. Not capped here; callers cap.
   *
   * @param headers response headers
   * @param clock the current time, for HTTP dates
   * @return the delay, or {@code null}
   */
  public static Duration retryAfter(Headers headers, Clock clock) {
    String ms = headers.get("retry-after-ms");
    if (ms != null) {
      try {
        double v = Double.parseDouble(ms.trim());
        if (v >= 0 && Double.isFinite(v)) {
          return Duration.ofNanos((long) (v * 1_000_000));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String ra = headers.get("retry-after");
    if (ra == null) {
      return null;
    }
    String v = ra.trim();
    try {
      double seconds = Double.parseDouble(v);
      return seconds >= 0 && Double.isFinite(seconds)
          ? Duration.ofNanos((long) (seconds * 1_000_000_000L))
          : null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String readBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_BODY_BYTES);
      Buffer copy = source.getBuffer().clone();
      long n = Math.min(copy.size(), MAX_BODY_BYTES);
      // Error bodies are UTF-8 JSON or text; a proxy's other charset degrades to replacement
      // characters, which is acceptable for a diagnostic string.
      return copy.readString(n, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // A reset while reading the error body must not hide the status.
      return "";
    }
  }
}
