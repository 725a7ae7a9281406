package io.github.xaijava.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options for one call, layered over the client's {@link ClientOptions}: anything unset here
 * inherits the client's value.
 *
 * <pre>{@code
 * RequestOptions opts = RequestOptions.builder()
 *     .timeout(Duration.ofMinutes(60))
 *     .header("x-grok-conv-id", "conv-42")
 *     .bodyProperty("new_field_not_in_our_spec", true)
 *     .maxRetries(0)
 *     .build();
 * client.chat().create(request, opts);
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Map<String, Object> bodyProperties;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.bodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.bodyProperties));
  }

  /** No per-request options: everything inherits the client's settings. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    b.bodyProperties.putAll(bodyProperties);
    return b;
  }

  /** The whole-call timeout for this call (also its read timeout), if set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The retry limit for this call, if set. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Extra headers, set on the request (replacing a header of the same name). */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra query parameters, appended to the URL. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /**
   * Extra top-level JSON body properties, merged into the request body (replacing a property of
   * the same name). Values are written with the wire Gson, so maps, lists, numbers, strings and
   * model objects all work.
   */
  public Map<String, Object> bodyProperties() {
    return bodyProperties;
  }

  @Override
  public String toString() {
    // Header values may carry credentials (a per-request Authorization); show names only.
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", headers=" + headers.keySet() + ", queryParams=" + queryParams.keySet()
        + ", bodyProperties=" + bodyProperties.keySet() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, Object> bodyProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /** Whole-call (and read) timeout for this call; default: the client's. */
    public Builder timeout(Duration timeout) {
      this.timeout = Timeout.positive("timeout", timeout);
      return this;
    }

    /** Retry limit for this call; default: the client's retry policy. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Adds a header (replacing any of the same name); default: none. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "header name"),
          Objects.requireNonNull(value, "header value"));
      return this;
    }

    /** Adds a query parameter; default: none. */
    public Builder queryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "query parameter name"),
          Objects.requireNonNull(value, "query parameter value"));
      return this;
    }

    /**
     * Adds a top-level JSON body property; default: none. A {@code null} value sends JSON
     * {@code null}.
     */
    public Builder bodyProperty(String name, Object value) {
      bodyProperties.put(Objects.requireNonNull(name, "body property name"), value);
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
