package io.github.xaijava.cli;

import io.github.xaijava.cli.commands.Terminal;
import io.github.xaijava.cli.commands.XaiCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code xai} command. {@link #main} runs it on the process's streams and environment and
 * exits with its code; {@link #run} runs the same logic on given streams and environment and
 * returns the code, so tests need no process and no {@code System.exit}.
 *
 * <p>Exit codes: 0 success, 1 an API or network error (one {@code error: ...} line on stderr),
 * 2 a usage error.
 */
public final class Main {

  private Main() {
  }

  /** Runs the command on the process's streams and environment, then exits with its code. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err, System.getenv(), stderrIsTerminal());
    System.exit(code);
  }

  /**
   * Whether a person watches stderr: progress lines appear only then, so logs and pipes stay
   * clean. {@code System.console()} is the JDK's portable hint (stdin and stdout are terminals);
   * where {@code /proc} shows it, stderr itself is asked, so that {@code xai chat ... > file}
   * still shows progress on the screen.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Runs the command without progress lines (as when stderr is not a terminal).
   *
   * @param args the arguments after the program name
   * @param out where answers go
   * @param err where everything else goes
   * @param env the environment ({@code XAI_API_KEY}, {@code XAI_BASE_URL})
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs the command.
   *
   * @param interactive whether to draw progress lines on {@code err}
   * @return the exit code
   * @see #run(String[], PrintStream, PrintStream, Map)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
      boolean interactive) {
    try {
      return XaiCommand.commandLine(new Terminal(out, err, interactive), env).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
