package io.github.xaijava.cli.commands;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the command reads and writes: answers to {@code out}, everything else (notices,
 * progress, errors) to {@code err}; progress lines only when {@code interactive}. A prompt left
 * off the command line is read from {@code in}, unless {@code inIsTerminal} (then nobody would
 * type it in, and the command would only seem to hang).
 *
 * @param out the answer stream
 * @param err the stream for everything else
 * @param interactive whether a person watches {@code err} (progress lines are drawn then)
 * @param in standard input
 * @param inIsTerminal whether {@code in} is a terminal rather than a pipe or a file
 */
public record Terminal(PrintStream out, PrintStream err, boolean interactive, InputStream in,
    boolean inIsTerminal) {

  /** Checks the streams. */
  public Terminal {
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(in, "in == null");
  }

  /** A terminal whose standard input is empty (not a terminal). */
  public Terminal(PrintStream out, PrintStream err, boolean interactive) {
    this(out, err, interactive, InputStream.nullInputStream(), false);
  }
}
