package io.github.xaijava.soak;

/**
 * What one soak call ended with: the answer, or the failure after the events that came before it.
 *
 * @param events stream events delivered (0 for a chat completion)
 * @param text the answer's text, or for a stream the text of the events delivered
 * @param finishReason the first choice's finish reason, or null
 * @param complete for a stream, whether it reached its proper end ({@code [DONE]})
 * @param failure what the call threw (unwrapped from a future), or null
 * @param callbackProblem for an asynchronous stream, a broken handler contract (not exactly one of
 *     onComplete or onError, or one that disagrees with the completion), or null
 * @param hung whether the call had no outcome within the deadline
 * @param nanos how long the call took
 */
public record Outcome(int events, String text, String finishReason, boolean complete,
    Throwable failure, String callbackProblem, boolean hung, long nanos) {

  static Outcome answer(int events, String text, String finishReason, boolean complete,
      long nanos) {
    return new Outcome(events, text, finishReason, complete, null, null, false, nanos);
  }

  static Outcome failed(Throwable failure, int events, String text, long nanos) {
    return new Outcome(events, text, null, false, failure, null, false, nanos);
  }

  static Outcome hung(int events, long nanos) {
    return new Outcome(events, "", null, false, null, null, true, nanos);
  }

  Outcome withCallbackProblem(String problem) {
    return new Outcome(events, text, finishReason, complete, failure, problem, hung, nanos);
  }

  /** A short name of the outcome, for counting: "answer", or the exception's type and kind. */
  public String label() {
    if (hung) {
      return "hang";
    }
    return failure == null ? "answer" : Failures.label(failure);
  }
}
