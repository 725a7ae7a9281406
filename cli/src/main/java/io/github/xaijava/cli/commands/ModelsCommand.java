package io.github.xaijava.cli.commands;

import io.github.xaijava.generated.model.Model;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code xai models}: the models the key may use, one id a line. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the models, one id a line.")
final class ModelsCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Override
  public Integer call() {
    try (Connection connection = root.connect(connectionOptions)) {
      for (Model model : connection.client().models().list().data()) {
        root.terminal().out().println(model.id());
      }
    }
    return 0;
  }
}
