package io.github.xaijava.soak;

import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Names and unwraps the exceptions soak calls end with. */
final class Failures {

  private Failures() {
  }

  /** The type and kind of a failure, for counting outcomes. */
  static String label(Throwable t) {
    if (t instanceof XaiApiException e) {
      return t.getClass().getSimpleName() + " " + e.statusCode();
    }
    if (t instanceof XaiIoException e) {
      return "XaiIoException " + e.kind();
    }
    if (t instanceof XaiStreamException e) {
      return "XaiStreamException "
          + e.code().orElse(endedEarly(e) ? "ended early" : "without code");
    }
    return t.getClass().getName();
  }

  static boolean endedEarly(XaiStreamException e) {
    return String.valueOf(e.getMessage()).contains("ended early");
  }

  /** The label, the message and the causes, on one line. */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder(label(t)).append(": ").append(t.getMessage());
    for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      sb.append(" / caused by ").append(c);
    }
    return sb.toString();
  }

  /** The cause of a future's failure, without the CompletionExceptions of dependent stages. */
  static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
