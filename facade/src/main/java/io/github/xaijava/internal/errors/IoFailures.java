package io.github.xaijava.internal.errors;

import io.github.xaijava.errors.XaiIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import okhttp3.Request;

/** Not API. The one place where an {@link IOException} of a call becomes an {@link XaiIoException}. */
public final class IoFailures {

  private IoFailures() {
  }

  /** A failure while sending the request or waiting for the answer's headers. */
  public static XaiIoException calling(IOException e, Request request, int retries,
      boolean canceled) {
    return map(e, request, retries, canceled, "Connection failed for ");
  }

  /** A failure while reading an answer's body. */
  public static XaiIoException reading(IOException e, Request request, int retries) {
    return map(e, request, retries, false, "Reading the answer failed for ");
  }

  private static XaiIoException map(IOException e, Request request, int retries, boolean canceled,
      String what) {
    if (e instanceof AnswerTooLarge tooLarge) {
      return tooLarge.toXai(request, retries);
    }
    if (e instanceof UploadTooLarge tooLarge) {
      return tooLarge.toXai();
    }
    String target = request.method() + " " + request.url().encodedPath();
    boolean callTimeout = e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
        && !(e instanceof SocketTimeoutException);
    if (e instanceof SocketTimeoutException || callTimeout) {
      String which = callTimeout
          ? "the whole-call timeout expired"
          : "a socket timeout expired (" + e.getMessage() + ")";
      return new XaiIoException(XaiIoException.Kind.TIMEOUT,
          "Timed out: " + which + " for " + target, e, retries);
    }
    if (canceled || e instanceof InterruptedIOException || "Canceled".equals(e.getMessage())) {
      return new XaiIoException(XaiIoException.Kind.CANCELED, "Canceled: " + target, e, retries);
    }
    return new XaiIoException(XaiIoException.Kind.CONNECTION, what + target + ": " + e, e, retries);
  }
}
