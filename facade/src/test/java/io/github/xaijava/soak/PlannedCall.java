package io.github.xaijava.soak;

/**
 * One call of a soak as planned before the run: its shape and the fault it gets, if any.
 *
 * @param id what the call sends in {@link Soak#CALL_HEADER}, which the fault is narrowed to
 * @param shape how the call is made
 * @param fault the fault, or null for none
 * @param detail the status of a server error, the events before a cut or error frame; else 0
 */
public record PlannedCall(String id, CallShape shape, FaultKind fault, int detail) {

  /** The call's user message: the answer names it, so an answer given to another call shows. */
  public String prompt() {
    return "soak call " + id;
  }

  /** The simulator's answer to {@link #prompt()}. */
  public String expectedText() {
    return "Simulated answer to: " + prompt();
  }

  PlannedCall withFault(FaultKind fault, int detail) {
    return new PlannedCall(id, shape, fault, detail);
  }

  @Override
  public String toString() {
    boolean counted = fault == FaultKind.STREAM_CUT || fault == FaultKind.ERROR_FRAME;
    return "call " + id + " (" + shape + (fault == null ? "" : ", " + fault)
        + (counted || detail != 0 ? " " + detail : "") + ")";
  }
}
