package io.github.xaijava.cli.commands;

import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.generated.model.TokenizeResponseToken;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai tokenize}: how a model splits a text into tokens. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = "Split a text into the model's tokens: one a line, its id and its text as a "
        + "JSON string (tab-separated); the count goes to stderr.")
final class TokenizeCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--model", paramLabel = "M", defaultValue = "grok-4",
      description = "The model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Parameters(paramLabel = "TEXT", arity = "1..*",
      description = "The text; several words are joined with spaces.")
  private List<String> text;

  @Override
  public Integer call() {
    TokenizeRequest request = TokenizeRequest.builder()
        .model(model)
        .text(String.join(" ", text))
        .build();
    Terminal terminal = root.terminal();
    try (Connection connection = root.connect(connectionOptions)) {
      TokenizeResponse response = connection.client().tokenizer().tokenize(request);
      for (TokenizeResponseToken token : response.tokenIds()) {
        // JSON quoting shows spaces, newlines and partial characters unambiguously.
        terminal.out().println(token.tokenId() + "\t" + XaiJson.gson().toJson(token.stringToken()));
      }
      int n = response.tokenIds().size();
      terminal.err().println(n + (n == 1 ? " token" : " tokens"));
    }
    return 0;
  }
}
