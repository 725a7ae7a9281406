package io.github.xaijava.simulator.internal;

/**
 * How an answer's bytes go out, for fault injection: a pause before each event (or each 1 KiB piece
 * of another body), a cut after some events, an error frame after some events. {@link #NONE} sends
 * everything at once.
 *
 * @param dripNanos pause before each event or piece; 0 for none
 * @param cutAfter drop the connection after this many events or pieces; -1 for never
 * @param errorFrameAfter send an in-stream error after this many events and end the stream; -1 for never
 */
public record Delivery(long dripNanos, int cutAfter, int errorFrameAfter) {
  /** Plain delivery. */
  public static final Delivery NONE = new Delivery(0, -1, -1);

  /** Whether a plain body must go out in pieces. */
  public boolean piecewise() {
    return dripNanos > 0 || cutAfter >= 0;
  }
}
