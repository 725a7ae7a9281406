package io.github.xaijava.cli.commands;

import io.github.xaijava.generated.model.ApiKey;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code xai key}: the API key's details, as xAI reports them (the key itself redacted). */
@Command(name = "key", mixinStandardHelpOptions = true,
    description = "Show the API key's details: name, redacted key, team, permissions, state.")
final class KeyCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Override
  public Integer call() {
    PrintStream out = root.terminal().out();
    try (Connection connection = root.connect(connectionOptions)) {
      ApiKey key = connection.client().apiKey().info();
      out.println("name: " + key.name());
      out.println("id: " + key.apiKeyId());
      out.println("key: " + key.redactedApiKey());
      out.println("team: " + key.teamId());
      out.println("user: " + key.userId());
      out.println("acls: " + String.join(", ", key.acls()));
      List<String> state = new ArrayList<>();
      if (key.apiKeyBlocked()) {
        state.add("key blocked");
      }
      if (key.apiKeyDisabled()) {
        state.add("key disabled");
      }
      if (key.teamBlocked()) {
        state.add("team blocked");
      }
      out.println("state: " + (state.isEmpty() ? "active" : String.join(", ", state)));
    }
    return 0;
  }
}
