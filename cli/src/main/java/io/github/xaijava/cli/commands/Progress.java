package io.github.xaijava.cli.commands;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A status line on stderr, redrawn in place while long work runs (waiting for a job, moving a
 * file) and erased when it ends. Draws nothing unless the terminal is interactive, so logs and
 * pipes never see it.
 */
final class Progress {

  private static final long REDRAW_MILLIS = 250;
  private static final Progress NONE = new Progress(null, null, null);

  private final PrintStream err;
  private final Function<Duration, String> status;
  private final ScheduledExecutorService ticker;
  private final long startNanos = System.nanoTime();
  private int width;
  private boolean closed;

  private Progress(PrintStream err, Function<Duration, String> status,
      ScheduledExecutorService ticker) {
    this.err = err;
    this.status = status;
    this.ticker = ticker;
  }

  /** Work to run while the line shows. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Runs {@code work} while drawing {@code status} (given the time since the start): at once,
   * then a few times a second, erased at the end. Only runs {@code work} when the terminal is
   * not interactive.
   */
  static <T, E extends Exception> T showing(Terminal terminal, Function<Duration, String> status,
      Work<T, E> work) throws E {
    Progress progress = start(terminal, status);
    try {
      return work.run();
    } finally {
      progress.close();
    }
  }

  private static Progress start(Terminal terminal, Function<Duration, String> status) {
    if (!terminal.interactive()) {
      return NONE;
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "xai-progress");
      t.setDaemon(true);
      return t;
    });
    Progress progress = new Progress(terminal.err(), status, ticker);
    progress.draw();
    ticker.scheduleAtFixedRate(progress::draw, REDRAW_MILLIS, REDRAW_MILLIS,
        TimeUnit.MILLISECONDS);
    return progress;
  }

  private synchronized void draw() {
    if (closed) {
      return;   // a tick that was already due when close() ran
    }
    String line = status.apply(Duration.ofNanos(System.nanoTime() - startNanos));
    StringBuilder sb = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < width; i++) {
      sb.append(' ');
    }
    width = Math.max(width, line.length());
    err.print(sb);
    err.flush();
  }

  /** Stops drawing and erases the line. */
  private void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    synchronized (this) {
      closed = true;
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }

  /** {@code 7s}, {@code 2m05s}. */
  static String elapsed(Duration d) {
    long s = d.toSeconds();
    return s < 60 ? s + "s" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  /** {@code 512 B}, {@code 3.4 MB} (decimal units, as xAI states its limits). */
  static String bytes(long n) {
    if (n < 1000) {
      return n + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = n;
    int u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
