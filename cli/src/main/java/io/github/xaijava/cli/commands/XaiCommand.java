package io.github.xaijava.cli.commands;

import io.github.xaijava.errors.XaiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top command, {@code xai}: its subcommands, the {@code --offline} option they all take, and
 * how failures become exit codes and stderr lines.
 */
@Command(
    name = "xai",
    mixinStandardHelpOptions = true,
    versionProvider = XaiCommand.Version.class,
    description = "A command line for xAI's API, or for the embedded simulator when no key is set.",
    subcommands = {
        ChatCommand.class,
        ResponsesCommand.class,
        ModelsCommand.class,
        FilesCommand.class,
        ImagesCommand.class,
        VideoCommand.class,
        BatchCommand.class,
        SpeakCommand.class,
        TranscribeCommand.class,
        TokenizeCommand.class,
        KeyCommand.class,
        ServeCommand.class,
        HelpCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
        "  XAI_API_KEY    the API key (it is never printed)",
        "  XAI_BASE_URL   the API's base URL (default https://api.x.ai)",
        "  With neither set, commands use a simulator started in this process.",
        "",
        "Answers go to stdout, everything else to stderr.",
        "Exit codes: 0 success, 1 an API or network error, 2 a usage error."
    })
public final class XaiCommand implements Callable<Integer> {

  /** Exit code of an API or network error. */
  static final int API_ERROR = 1;
  /** Exit code of a usage error (picocli's own). */
  static final int USAGE = CommandLine.ExitCode.USAGE;

  private final Terminal terminal;
  private final Map<String, String> env;

  @Option(names = "--offline", scope = ScopeType.INHERIT,
      description = "Use the embedded simulator even when XAI_API_KEY or XAI_BASE_URL is set.")
  boolean offline;

  private XaiCommand(Terminal terminal, Map<String, String> env) {
    this.terminal = terminal;
    this.env = Map.copyOf(env);
  }

  /**
   * The command line for {@code xai}, writing to {@code terminal} and reading {@code env}; run it
   * with {@code execute(args)}, which returns the exit code.
   */
  public static CommandLine commandLine(Terminal terminal, Map<String, String> env) {
    Objects.requireNonNull(terminal, "terminal == null");
    Objects.requireNonNull(env, "env == null");
    CommandLine cli = new CommandLine(new XaiCommand(terminal, env));
    // Help and version text go to the answer stream (they are what was asked for); errors and
    // usage hints go to stderr.
    cli.setOut(new PrintWriter(terminal.out(), true));
    cli.setErr(new PrintWriter(terminal.err(), true));
    cli.setParameterExceptionHandler(XaiCommand::usageError);
    cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command, terminal));
    return cli;
  }

  /** {@code xai} alone: a command is missing. */
  @Override
  public Integer call() {
    throw new UsageException("a command is required (chat, responses, models, files, images, "
        + "video, tokenize, key, serve)");
  }

  Terminal terminal() {
    return terminal;
  }

  /**
   * Opens the connection the environment (or {@code --offline}) and the command's client options
   * ask for; close it when done.
   */
  Connection connect(Connection.Options options) {
    return Connection.open(env, offline, options, terminal);
  }

  private static int usageError(ParameterException e, String[] args) {
    return usage(e.getCommandLine(), e.getMessage(), e);
  }

  private static int usage(CommandLine command, String message, ParameterException e) {
    PrintWriter err = command.getErr();
    err.println("error: " + message);
    if (e != null) {
      UnmatchedArgumentException.printSuggestions(e, err);
    }
    err.println("try '" + command.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return USAGE;
  }

  private static int failed(Exception e, CommandLine command, Terminal terminal) {
    if (e instanceof UsageException) {
      return usage(command, e.getMessage(), null);
    }
    terminal.out().flush();
    terminal.err().println("error: " + oneLine(describe(e)));
    terminal.err().flush();
    return API_ERROR;
  }

  private static String describe(Throwable e) {
    if (e instanceof XaiException) {
      // "HTTP 429 (Some resource has been exhausted): Rate limit exceeded [request-id ...]":
      // the facade's messages are written for people and never hold the key.
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "file exists: " + e.getMessage();
    }
    if (e instanceof IOException) {
      return e.getMessage() != null ? e.getMessage() : e.toString();
    }
    // Anything else is a bug here, not a failure of the API; its type helps to report it.
    return "internal error: " + e;
  }

  private static String oneLine(String s) {
    return s == null ? "(no message)" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = XaiCommand.class.getResourceAsStream("/io/github/xaijava/cli/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "xai " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
              + ")"
      };
    }
  }

  /** For subcommands that only group others ({@code files}). */
  static int missingSubcommand(CommandLine.Model.CommandSpec spec) {
    throw new UsageException("a subcommand is required: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
