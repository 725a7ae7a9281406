package io.github.xaijava.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * One injected failure, as an immutable value: what goes wrong with the answer to a call. Install
 * faults through {@link XaiSimulator#faults()}; the fluent methods there build these for you.
 *
 * <pre>{@code
 * sim.faults().next(2).inject(Fault.rateLimited(Duration.ofSeconds(1)));
 * sim.faults().next(1).inject(Fault.cutStreamAfter(3).withDrip(Duration.ofMillis(50)));
 * }</pre>
 *
 * <p>A call takes at most one fault. {@link Kind#RATE_LIMITED}, {@link Kind#SERVER_ERROR} and {@link
 * Kind#DROP_CONNECTION} replace the answer; the others change how the normal (or scripted) answer is
 * delivered. In an event stream they count events; in any other body they count pieces of 1 KiB.
 */
public final class Fault {
  /** What goes wrong. */
  public enum Kind {
    /** 429 with xAI's body, optionally {@code Retry-After} (whole seconds) and {@code retry-after-ms}. */
    RATE_LIMITED,
    /** A 5xx status with xAI's body. */
    SERVER_ERROR,
    /** The connection is closed before any byte of an answer: the client sees an I/O error. */
    DROP_CONNECTION,
    /** The answer starts normally and the connection closes after N events, without the end of the body. */
    CUT_STREAM,
    /** A pause before each event (or piece of a body); nothing else changes. */
    DRIP,
    /** After N events of a 200 stream, an error frame in the stream's dialect, and the stream ends. */
    ERROR_FRAME
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final boolean retryAfterSeconds;
  private final boolean retryAfterMillis;
  private final int events;
  private final Duration drip;

  private Fault(Kind kind, int status, Duration retryAfter, boolean retryAfterSeconds, boolean retryAfterMillis,
      int events, Duration drip) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.retryAfterSeconds = retryAfterSeconds;
    this.retryAfterMillis = retryAfterMillis;
    this.events = events;
    this.drip = drip;
  }

  /** 429 without retry headers, as xAI has been observed to answer. */
  public static Fault rateLimited() {
    return new Fault(Kind.RATE_LIMITED, 429, null, false, false, -1, Duration.ZERO);
  }

  /**
   * 429 asking to wait {@code retryAfter}: both {@code Retry-After} (seconds, rounded up) and
   * {@code retry-after-ms}; narrow it with {@link #withRetryAfterHeaders(boolean, boolean)}.
   */
  public static Fault rateLimited(Duration retryAfter) {
    requireNonNegative(retryAfter, "retryAfter");
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter, true, true, -1, Duration.ZERO);
  }

  /** A server error; {@code status} must be 500 to 599 (500, 502 and 503 are the usual ones). */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be 500..599: " + status);
    }
    return new Fault(Kind.SERVER_ERROR, status, null, false, false, -1, Duration.ZERO);
  }

  /** The connection closes before any byte of the answer. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, null, false, false, -1, Duration.ZERO);
  }

  /** The stream (or body) stops after {@code events} events (or 1 KiB pieces); 0 cuts right after the headers. */
  public static Fault cutStreamAfter(int events) {
    requireCount(events);
    return new Fault(Kind.CUT_STREAM, 0, null, false, false, events, Duration.ZERO);
  }

  /** A pause of {@code delay} before each event or 1 KiB piece. */
  public static Fault drip(Duration delay) {
    requireNonNegative(delay, "delay");
    return new Fault(Kind.DRIP, 0, null, false, false, -1, delay);
  }

  /** An error frame after {@code events} events of a stream; a body that is not a stream is sent whole. */
  public static Fault errorFrameAfter(int events) {
    requireCount(events);
    return new Fault(Kind.ERROR_FRAME, 0, null, false, false, events, Duration.ZERO);
  }

  /** This fault with a pause of {@code delay} before each event as well (for cuts and error frames). */
  public Fault withDrip(Duration delay) {
    requireNonNegative(delay, "delay");
    return new Fault(kind, status, retryAfter, retryAfterSeconds, retryAfterMillis, events, delay);
  }

  /** For a rate limit with a delay: which of {@code Retry-After} and {@code retry-after-ms} to send. */
  public Fault withRetryAfterHeaders(boolean seconds, boolean millis) {
    if (kind != Kind.RATE_LIMITED || retryAfter == null) {
      throw new IllegalStateException("only a rate limit with a delay has retry headers: " + this);
    }
    return new Fault(kind, status, retryAfter, seconds, millis, events, drip);
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status of a rate limit or server error; 0 for the other kinds. */
  public int status() {
    return status;
  }

  /** The delay a rate limit asks for, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whether a rate limit sends {@code Retry-After}. */
  public boolean sendsRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Whether a rate limit sends {@code retry-after-ms}. */
  public boolean sendsRetryAfterMillis() {
    return retryAfterMillis;
  }

  /** The event count of a cut or error frame; -1 for the other kinds. */
  public int events() {
    return events;
  }

  /** The pause before each event; zero for none. */
  public Duration drip() {
    return drip;
  }

  private static void requireCount(int events) {
    if (events < 0) {
      throw new IllegalArgumentException("events must not be negative: " + events);
    }
  }

  private static void requireNonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Fault)) {
      return false;
    }
    Fault f = (Fault) o;
    return kind == f.kind && status == f.status && Objects.equals(retryAfter, f.retryAfter)
        && retryAfterSeconds == f.retryAfterSeconds && retryAfterMillis == f.retryAfterMillis
        && events == f.events && drip.equals(f.drip);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, retryAfter, retryAfterSeconds, retryAfterMillis, events, drip);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Fault{").append(kind);
    if (status > 0) {
      sb.append(", status=").append(status);
    }
    if (retryAfter != null) {
      sb.append(", retryAfter=").append(retryAfter);
    }
    if (events >= 0) {
      sb.append(", events=").append(events);
    }
    if (!drip.isZero()) {
      sb.append(", drip=").append(drip);
    }
    return sb.append('}').toString();
  }
}
