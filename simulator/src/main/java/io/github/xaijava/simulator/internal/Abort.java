package io.github.xaijava.simulator.internal;

/**
 * Thrown to end an exchange by closing its connection with no further byte: a dropped connection, a
 * cut stream, or a client that went away. The dispatcher turns it into a closed socket.
 */
public final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Abort(String why) {
    super(why, null, false, false);
  }
}
