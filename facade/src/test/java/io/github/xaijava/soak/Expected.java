package io.github.xaijava.soak;

import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a soak call's outcome against the one its fault must give (see {@link FaultKind}):
 * exactly the answer, or exactly the typed error of the fault, with its status, kind, code, retry
 * count and the events delivered before it. Anything else is a mismatch.
 */
final class Expected {

  /** The code and message of the simulator's error frames in a chat stream. */
  static final String ERROR_FRAME_CODE = "Internal error";
  static final String ERROR_FRAME_MESSAGE = "Simulated failure inside the stream";

  private final int maxRetries;
  private final Duration retryAfter;

  Expected(int maxRetries, Duration retryAfter) {
    this.maxRetries = maxRetries;
    this.retryAfter = retryAfter;
  }

  /** Why {@code outcome} is not what {@code call} must end with, or null when it is. */
  String mismatch(PlannedCall call, Outcome outcome) {
    if (outcome.hung()) {
      return "no outcome within the deadline (" + outcome.events() + " events so far)";
    }
    if (outcome.callbackProblem() != null) {
      return outcome.callbackProblem();
    }
    FaultKind fault = call.fault();
    if (fault == null || fault.answered()) {
      return answerMismatch(call, outcome);
    }
    Throwable failure = outcome.failure();
    if (failure == null) {
      return "expected a failure, got the answer (" + outcome.events() + " events)";
    }
    String events = eventsMismatch(call, outcome);
    if (events != null) {
      return events + ", then " + Failures.describe(failure);
    }
    String wrong = switch (fault) {
      case RATE_LIMITED_ALWAYS -> rateLimited(failure);
      case SERVER_ERROR_ALWAYS -> serverError(failure, call.detail());
      case DROPPED_ALWAYS -> io(failure, XaiIoException.Kind.CONNECTION, maxRetries);
      // Failed while reading an answer that had begun: never retried.
      case STALL -> io(failure, XaiIoException.Kind.TIMEOUT, 0);
      case BODY_CUT -> io(failure, XaiIoException.Kind.CONNECTION, 0);
      case STREAM_CUT -> failure instanceof XaiStreamException e && Failures.endedEarly(e)
          ? null : "expected XaiStreamException \"ended early\"";
      case ERROR_FRAME -> errorFrame(failure);
      default -> "no failure expected";
    };
    return wrong == null ? null : wrong + ", got " + Failures.describe(failure);
  }

  private static String answerMismatch(PlannedCall call, Outcome outcome) {
    if (outcome.failure() != null) {
      return "expected the answer, got " + Failures.describe(outcome.failure()) + " after "
          + outcome.events() + " events";
    }
    if (!call.expectedText().equals(outcome.text())) {
      return "wrong answer: \"" + outcome.text() + "\"";
    }
    if (!"stop".equals(outcome.finishReason())) {
      return "finish reason " + outcome.finishReason();
    }
    if (call.shape().isStream() && !outcome.complete()) {
      return "the stream ended without being complete";
    }
    return null;
  }

  /** The events before a failure: as many as the fault lets through, each the answer's next. */
  private static String eventsMismatch(PlannedCall call, Outcome outcome) {
    boolean counted = call.fault() == FaultKind.STREAM_CUT || call.fault() == FaultKind.ERROR_FRAME;
    int expected = counted ? call.detail() : 0;
    if (outcome.events() != expected) {
      return outcome.events() + " events instead of " + expected;
    }
    if (expected > 0
        && (outcome.text().isEmpty() || !call.expectedText().startsWith(outcome.text()))) {
      return "events that do not start the answer: \"" + outcome.text() + "\"";
    }
    return null;
  }

  private String rateLimited(Throwable failure) {
    if (!(failure instanceof RateLimitException e)) {
      return "expected RateLimitException";
    }
    if (!e.retryAfter().equals(Optional.of(retryAfter))) {
      return "retryAfter " + e.retryAfter() + " instead of " + retryAfter;
    }
    return retries(e.retryCount(), maxRetries);
  }

  private String serverError(Throwable failure, int status) {
    if (!(failure instanceof InternalServerException e)) {
      return "expected InternalServerException " + status;
    }
    return e.statusCode() != status ? "status " + e.statusCode() + " instead of " + status
        : retries(e.retryCount(), maxRetries);
  }

  private static String io(Throwable failure, XaiIoException.Kind kind, int retries) {
    if (!(failure instanceof XaiIoException e) || e.kind() != kind) {
      return "expected XaiIoException " + kind;
    }
    return retries(e.retryCount(), retries);
  }

  private static String errorFrame(Throwable failure) {
    boolean frame = failure instanceof XaiStreamException e
        && e.code().filter(ERROR_FRAME_CODE::equals).isPresent()
        && e.errorMessage().filter(ERROR_FRAME_MESSAGE::equals).isPresent();
    return frame ? null : "expected XaiStreamException \"" + ERROR_FRAME_CODE + "\"";
  }

  private static String retries(int count, int expected) {
    return count == expected ? null : count + " retries instead of " + expected;
  }
}
