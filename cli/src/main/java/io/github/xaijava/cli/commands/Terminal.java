package io.github.xaijava.cli.commands;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the command writes: answers to {@code out}, everything else (notices, progress, errors)
 * to {@code err}; progress lines only when {@code interactive}.
 *
 * @param out the answer stream
 * @param err the stream for everything else
 * @param interactive whether a person watches {@code err} (progress lines are drawn then)
 */
public record Terminal(PrintStream out, PrintStream err, boolean interactive) {

  /** Checks the streams. */
  public Terminal {
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
  }
}
