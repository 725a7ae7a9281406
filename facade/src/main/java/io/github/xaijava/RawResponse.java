package io.github.xaijava;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful answer with what the typed body alone leaves out: the HTTP status, the headers and
 * xAI's request id. From {@code withRawResponse()} on every service, blocking and async:
 *
 * <pre>{@code
 * RawResponse<ChatResponse> raw = client.chat().withRawResponse().create(request);
 * String id = raw.requestId().orElse("?");
 * ChatResponse answer = raw.body();
 * }</pre>
 *
 * <p>The body is read in full before this is returned; no connection is held. Immutable.
 *
 * @param <T> the type of the body
 */
public final class RawResponse<T> {

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  private RawResponse(int statusCode, Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Not for applications (the client builds these); public for the client's own packages.
   * Header names are kept case-insensitively.
   */
  public static <T> RawResponse<T> of(int statusCode, Map<String, List<String>> headers, T body) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return new RawResponse<>(statusCode, java.util.Collections.unmodifiableMap(copy),
        Objects.requireNonNull(body, "body == null"));
  }

  /** The HTTP status, a 2xx. */
  public int statusCode() {
    return statusCode;
  }

  /** Every header of the answer, by name (case-insensitive), values in the order received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of header {@code name}, if the answer has it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** xAI's id of this request ({@code x-request-id}), to quote when asking xAI about it. */
  public Optional<String> requestId() {
    return header("x-request-id");
  }

  /** The typed body, as the plain call returns it. */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", requestId=" + requestId().orElse("none")
        + ", body=" + body.getClass().getSimpleName() + "}";
  }
}
