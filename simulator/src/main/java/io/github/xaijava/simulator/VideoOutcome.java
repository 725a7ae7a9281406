package io.github.xaijava.simulator;

/** How a simulated video job ends; see {@link XaiSimulator.Builder#videoOutcome(VideoOutcome)}. */
public enum VideoOutcome {
  /** {@code status: done} with a {@code video} the simulator serves. */
  DONE,
  /** {@code status: failed} with {@code error{code, message}} (still HTTP 200, as xAI answers). */
  FAILED,
  /** {@code status: expired}. */
  EXPIRED
}
