package io.github.xaijava.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of the client.
 *
 * <ul>
 *   <li>{@code connect}: establishing a TCP/TLS connection. Default {@value #DEFAULT_CONNECT_SECONDS}
 *       seconds: long enough for a slow TLS handshake through a proxy, short enough to report an
 *       unreachable host quickly.
 *   <li>{@code request}: the whole call, including retries and reading the body. Default
 *       {@value #DEFAULT_REQUEST_MINUTES} minutes: reasoning models can think for many minutes
 *       before sending a single byte (xAI's own examples allow an hour, its gRPC SDK waits 27
 *       minutes); 30 minutes covers what xAI's SDK waits for, while a hung call still ends.
 *       Longer work should use streaming or deferred completions.
 *   <li>{@code read} / {@code write}: the longest silence on the socket. Unset, they follow
 *       {@code request}, because a non-streamed reasoning answer is silent until it is done.
 * </ul>
 *
 * <p>Streaming calls apply no whole-call limit once the stream is open; only the read timeout
 * bounds a silent stream.
 */
public final class Timeout {

  static final int DEFAULT_CONNECT_SECONDS = 30;
  static final int DEFAULT_REQUEST_MINUTES = 30;

  private static final Timeout DEFAULTS = builder().build();

  private final Duration connect;
  private final Duration read;
  private final Duration write;
  private final Duration request;

  private Timeout(Builder b) {
    this.connect = b.connect;
    this.request = b.request;
    this.read = b.read == null ? b.request : b.read;
    this.write = b.write == null ? b.request : b.write;
  }

  /** The default timeouts (connect 30 s, request/read/write 30 min). */
  public static Timeout defaults() {
    return DEFAULTS;
  }

  /**
   * Default timeouts except the whole-call (and read/write) timeout.
   *
   * @param request the whole-call timeout
   * @return the timeouts
   */
  public static Timeout of(Duration request) {
    return builder().request(request).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connect = connect;
    b.read = read;
    b.write = write;
    b.request = request;
    return b;
  }

  /** The connect timeout. */
  public Duration connect() {
    return connect;
  }

  /** The read timeout (longest silence while receiving). */
  public Duration read() {
    return read;
  }

  /** The write timeout (longest stall while sending). */
  public Duration write() {
    return write;
  }

  /** The whole-call timeout. */
  public Duration request() {
    return request;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeout t
        && connect.equals(t.connect)
        && read.equals(t.read)
        && write.equals(t.write)
        && request.equals(t.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connect, read, write, request);
  }

  @Override
  public String toString() {
    return "Timeout{connect=" + connect + ", read=" + read + ", write=" + write
        + ", request=" + request + "}";
  }

  static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  /** Builds a {@link Timeout}; every value must be positive. */
  public static final class Builder {
    private Duration connect = Duration.ofSeconds(DEFAULT_CONNECT_SECONDS);
    private Duration read;
    private Duration write;
    private Duration request = Duration.ofMinutes(DEFAULT_REQUEST_MINUTES);

    private Builder() {
    }

    /** Connect timeout; default 30 s. */
    public Builder connect(Duration connect) {
      this.connect = positive("connect", connect);
      return this;
    }

    /** Read timeout; default: the request timeout. */
    public Builder read(Duration read) {
      this.read = positive("read", read);
      return this;
    }

    /** Write timeout; default: the request timeout. */
    public Builder write(Duration write) {
      this.write = positive("write", write);
      return this;
    }

    /** Whole-call timeout; default 30 min. */
    public Builder request(Duration request) {
      this.request = positive("request", request);
      return this;
    }

    /** The timeouts. */
    public Timeout build() {
      return new Timeout(this);
    }
  }
}
