package io.github.xaijava.cli.commands;

import io.github.xaijava.simulator.XaiSimulator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code xai serve}: the simulator in the foreground until the process is interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Run the xAI simulator in the foreground until interrupted (Ctrl-C).",
        "The first lines on stdout are 'listening on http://127.0.0.1:PORT' and",
        "'API key: " + XaiSimulator.DEFAULT_API_KEY + "': point clients at that URL "
            + "(XAI_BASE_URL) with",
        "that key (XAI_API_KEY; a fixed test key, not a secret), or start it with",
        "--accept-any-key to take any key."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The loopback port (default: 0, any free port).")
  private int port;

  @Option(names = "--accept-any-key", description = "Accept every API key, not only the "
      + "simulator's own (" + XaiSimulator.DEFAULT_API_KEY + ").")
  private boolean acceptAnyKey;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0..65535: " + port);
    }
    XaiSimulator.Builder builder = XaiSimulator.builder().port(port);
    if (acceptAnyKey) {
      builder.acceptAnyKey();
    }
    XaiSimulator simulator = builder.build().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "xai-serve-stop"));
    root.terminal().out().println("listening on " + simulator.baseUrl());
    // The simulator's fixed test key: not a secret, and what every client needs next.
    root.terminal().out().println("API key: " + simulator.apiKey()
        + (acceptAnyKey ? " (or any other: --accept-any-key)" : ""));
    root.terminal().out().flush();
    root.terminal().err().println("xai: simulator running; stop it with Ctrl-C");
    stopped.await();
    return 0;
  }
}
