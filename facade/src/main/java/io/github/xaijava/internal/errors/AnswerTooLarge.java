package io.github.xaijava.internal.errors;

import io.github.xaijava.errors.XaiIoException;
import java.io.IOException;
import okhttp3.Request;

/**
 * Not API. Thrown from inside a capped answer's stream when it passes the cap, so that whatever
 * reads it stops; {@link IoFailures} turns it into the {@code TOO_LARGE} {@link XaiIoException}.
 */
public final class AnswerTooLarge extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public AnswerTooLarge(long limit) {
    super("the answer passed " + limit + " bytes");
    this.limit = limit;
  }

  /** The exception users see, naming the limit and how to change it. */
  public static XaiIoException toXai(Request request, String size, long limit, int retries,
      Throwable cause) {
    return new XaiIoException(XaiIoException.Kind.TOO_LARGE, "The answer of " + request.method()
        + " " + request.url().encodedPath() + " is " + size + ", over the " + limit
        + " bytes the client reads into memory (ClientOptions.Builder.maxResponseBytes)", cause,
        retries);
  }

  XaiIoException toXai(Request request, int retries) {
    return toXai(request, "larger than that", limit, retries, this);
  }
}
