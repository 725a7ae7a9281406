package io.github.xaijava.cli.commands;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai responses}: one response from the Responses API, plain or streamed. */
@Command(name = "responses", mixinStandardHelpOptions = true,
    description = "Ask a model through the Responses API; the answer goes to stdout.")
final class ResponsesCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--model", paramLabel = "M", defaultValue = "grok-4",
      description = "The model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--stream", description = "Print the answer as it arrives.")
  private boolean stream;

  @Parameters(paramLabel = "PROMPT", arity = "0..*", description = Prompt.DESCRIPTION)
  private List<String> prompt;

  @Override
  public Integer call() {
    ModelRequest request = ModelRequest.builder()
        .model(model)
        .input(Prompt.of(prompt, root.terminal()))
        .build();
    PrintStream out = root.terminal().out();
    try (Connection connection = root.connect(connectionOptions)) {
      XaiClient client = connection.client();
      if (stream) {
        try (ResponseStream events = client.responses().stream(request)) {
          for (ResponseEvent event : events) {
            if (event instanceof ResponseEvent.OutputTextDelta) {
              out.print(((ResponseEvent.OutputTextDelta) event).delta());
              out.flush();
            }
          }
        }
        out.println();
      } else {
        out.println(client.responses().create(request).outputText());
      }
    }
    return 0;
  }
}
