package io.github.xaijava.errors;

import io.github.xaijava.internal.errors.ApiExceptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API answered with an HTTP error status (not 2xx).
 *
 * <p>xAI's error body is flat: {@code {"code": "...", "error": "..."}}. {@link #code()} is
 * usually a status sentence such as "Some requested entity was not found" (sometimes a word such
 * as {@code not-found}); {@link #errorMessage()} is the human-readable message. Bodies that are plain
 * text (422), HTML from a proxy or empty still produce this exception, with the text kept in
 * {@link #rawBody()}. Branch on the subclass or {@link #statusCode()}, not on {@code code()}.
 *
 * <p>The message reads like {@code HTTP 404 (Some requested entity was not found): The model
 * grok-beta was deprecated [request-id 1234]}; quote the request id when asking xAI for help.
 */
public abstract sealed class XaiApiException extends XaiException
    permits AuthenticationException, BadRequestException, ConflictException,
    InternalServerException, NotFoundException, PermissionDeniedException, RateLimitException,
    UnexpectedStatusException, UnprocessableEntityException {

  private static final long serialVersionUID = 1L;

  /** How much of a non-JSON body goes into the message; the full text stays in rawBody(). */
  private static final int MESSAGE_BODY_LIMIT = 200;

  private final int statusCode;
  private final String code;
  private final String error;
  private final String requestId;
  private final transient Map<String, List<String>> headers;
  private final String rawBody;
  private final int retryCount;

  static {
    // The client creates these exceptions through this door; their constructors are not API.
    ApiExceptions.open(new Construction());
  }

  /** What xAI answered, as the exceptions keep it. */
  record Answer(int statusCode, String code, String error, String requestId,
      Map<String, List<String>> headers, String rawBody, int retryCount) {
  }

  XaiApiException(Answer answer) {
    super(describe(answer.statusCode(), answer.code(), answer.error(), answer.requestId(),
        answer.rawBody(), answer.retryCount()));
    this.statusCode = answer.statusCode();
    this.code = answer.code();
    this.error = answer.error();
    this.requestId = answer.requestId();
    this.headers = copy(answer.headers());
    this.rawBody = answer.rawBody() == null ? "" : answer.rawBody();
    this.retryCount = answer.retryCount();
  }

  /** The HTTP status code, e.g. {@code 404}. */
  public int statusCode() {
    return statusCode;
  }

  /** xAI's {@code code} field (a status sentence or word), if the body had one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** xAI's {@code error} field, the message to show people, if the body had one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  /** xAI's id of the request (the {@code x-request-id} response header), if sent. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** All response headers; an unmodifiable map whose keys are compared ignoring case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a response header.
   *
   * @param name the header name, any case
   * @return the value, or empty if absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The response body as text, as received but with the API key redacted; empty if none. */
  public String rawBody() {
    return rawBody;
  }

  /** How many times the request was retried before this error was reported (0 if never). */
  public int retryCount() {
    return retryCount;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach(
          (name, values) ->
              copy.computeIfAbsent(name, n -> new ArrayList<>())
                  .addAll(values == null ? List.of() : values));
      copy.replaceAll((name, values) -> List.copyOf(values));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static String describe(
      int status, String code, String error, String requestId, String rawBody, int retries) {
    StringBuilder sb = new StringBuilder("HTTP ").append(status);
    if (code != null && !code.isBlank()) {
      sb.append(" (").append(code).append(')');
    }
    String detail = error;
    if (detail == null || detail.isBlank()) {
      detail = rawBody == null ? "" : oneLine(rawBody);
    }
    sb.append(": ").append(detail.isBlank() ? "(empty body)" : detail);
    if (requestId != null && !requestId.isBlank()) {
      sb.append(" [request-id ").append(requestId).append(']');
    }
    if (retries > 0) {
      sb.append(String.format(Locale.ROOT, " (after %d %s)", retries,
          retries == 1 ? "retry" : "retries"));
    }
    return sb.toString();
  }

  private static String oneLine(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= MESSAGE_BODY_LIMIT
        ? flat
        : flat.substring(0, MESSAGE_BODY_LIMIT) + "…";
  }
}
