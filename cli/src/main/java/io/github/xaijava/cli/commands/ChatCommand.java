package io.github.xaijava.cli.commands;

import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.sockets.ResponsesConversation;
import io.github.xaijava.streaming.ResponseEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.Job;
import io.github.xaijava.streaming.ChatStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai chat}: one chat completion, plain, streamed or deferred. */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Ask a model (chat completions); the answer goes to stdout.")
final class ChatCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--model", paramLabel = "M", defaultValue = "grok-4",
      description = "The model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--system", paramLabel = "TEXT", description = "A system message.")
  private String system;

  @Option(names = "--stream", description = "Print the answer as it arrives.")
  private boolean stream;

  @Option(names = "--deferred",
      description = "Let xAI compute the answer in the background and wait for it.")
  private boolean deferred;

  @Option(names = "--show-reasoning",
      description = "Print the model's reasoning, where it returns any, on stderr.")
  private boolean showReasoning;

  @Option(names = "--interactive",
      description = "A conversation: each line of stdin is a turn, answered as it streams, over one"
          + " Responses WebSocket (only the new line is sent each turn). Ends at end of input.")
  private boolean interactive;

  @Parameters(paramLabel = "PROMPT", arity = "0..*", description = Prompt.DESCRIPTION)
  private List<String> prompt;

  @Override
  public Integer call() {
    if (stream && deferred) {
      throw new UsageException("--stream and --deferred do not go together");
    }
    if (interactive) {
      if (deferred || prompt != null && !prompt.isEmpty()) {
        throw new UsageException("--interactive reads its turns from stdin: no PROMPT, no --deferred");
      }
      return converse(root.terminal());
    }
    ChatRequest.Builder request = ChatRequest.builder().model(model);
    if (system != null) {
      request.addSystemMessage(system);
    }
    Terminal terminal = root.terminal();
    request.addUserMessage(Prompt.of(prompt, terminal));
    try (Connection connection = root.connect(connectionOptions)) {
      XaiClient client = connection.client();
      if (stream) {
        stream(client, request.build(), terminal);
      } else if (deferred) {
        DeferredCompletion job = client.chat().startDeferred(request.build());
        ChatResponse response = Progress.showing(terminal,
            t -> "waiting for deferred completion " + job.requestId() + " " + Progress.elapsed(t),
            () -> job.await(Job.DEFAULT_TIMEOUT));
        print(response, terminal);
      } else {
        print(client.chat().create(request.build()), terminal);
      }
    }
    return 0;
  }

  private int converse(Terminal terminal) {
    ModelRequest.Builder template = ModelRequest.builder().model(model).input("");
    if (system != null) {
      template.instructions(system);
    }
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(terminal.in(), StandardCharsets.UTF_8));
    try (Connection connection = root.connect(connectionOptions);
         ResponsesConversation conversation = connection.client().sockets()
             .conversation(template.build())) {
      while (true) {
        if (terminal.inIsTerminal()) {
          terminal.err().print("> ");
          terminal.err().flush();
        }
        String line = lines.readLine();
        if (line == null || line.strip().equals("/exit")) {
          return 0;
        }
        if (line.isBlank()) {
          continue;
        }
        for (ResponseEvent event : conversation.send(line)) {
          if (event instanceof ResponseEvent.OutputTextDelta delta) {
            terminal.out().print(delta.delta());
            terminal.out().flush();
          }
        }
        terminal.out().println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading stdin failed", e);
    }
  }

  private void print(ChatResponse response, Terminal terminal) {
    if (showReasoning && !response.reasoningText().isEmpty()) {
      terminal.err().println(response.reasoningText());
    }
    terminal.out().println(response.text());
  }

  private void stream(XaiClient client, ChatRequest request, Terminal terminal) {
    PrintStream out = terminal.out();
    PrintStream err = terminal.err();
    boolean reasoningLineOpen = false;
    try (ChatStream chunks = client.chat().stream(request)) {
      for (ChatResponseChunk chunk : chunks) {
        String reasoning = chunk.deltaReasoning();
        if (showReasoning && !reasoning.isEmpty()) {
          err.print(reasoning);
          err.flush();
          reasoningLineOpen = true;
        }
        String text = chunk.deltaText();
        if (!text.isEmpty()) {
          if (reasoningLineOpen) {
            // On a terminal both streams share the screen: the answer starts on its own line.
            err.println();
            reasoningLineOpen = false;
          }
          out.print(text);
          out.flush();
        }
      }
    }
    if (reasoningLineOpen) {
      err.println();
    }
    out.println();
  }
}
