package io.github.xaijava.cli;

import io.github.xaijava.cli.commands.Terminal;
import io.github.xaijava.cli.commands.XaiCommand;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
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
    int code = run(args, new Terminal(System.out, System.err, stderrIsTerminal(), System.in,
        stdinIsTerminal()), System.getenv());
    System.exit(code);
  }

  /**
   * Whether a person watches stderr: progress lines appear only then, so logs and pipes stay
   * clean. Where {@code /proc} shows it, stderr itself is asked, so that
   * {@code xai chat ... > file} still shows progress on the screen; elsewhere the JVM's console is
   * the portable hint (stdin and stdout are terminals).
   */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /**
   * Whether standard input is a terminal: then a prompt left off the command line is a usage
   * error rather than a wait for typing. Asked like {@link #stderrIsTerminal()}.
   */
  static boolean stdinIsTerminal() {
    return isTerminal(0);
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return consoleIsTerminal();
    }
  }

  /**
   * Up to JDK 21 {@code System.console()} is non-null only when stdin and stdout are terminals;
   * from JDK 22 it is there for pipes too, and {@code Console.isTerminal()} (asked reflectively,
   * as this is compiled for 17) tells.
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;   // JDK 17 to 21: a console means a terminal
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
    return run(args, new Terminal(out, err, interactive), env);
  }

  /**
   * Runs the command on the given streams, standard input included (read by {@code chat} and
   * {@code responses} when the prompt is left off or is {@code -}).
   *
   * @return the exit code
   * @see #run(String[], PrintStream, PrintStream, Map)
   */
  public static int run(String[] args, Terminal terminal, Map<String, String> env) {
    try {
      return XaiCommand.commandLine(terminal, env).execute(args);
    } finally {
      terminal.out().flush();
      terminal.err().flush();
    }
  }
}
