package io.github.xaijava.cli.commands;

import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.jobs.Job;
import io.github.xaijava.jobs.VideoJob;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai video}: one generated video; waits for the job and prints the video's URL. */
@Command(name = "video", mixinStandardHelpOptions = true,
    description = "Generate a video and wait for it; its URL goes to stdout.")
final class VideoCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--model", paramLabel = "M", defaultValue = "grok-imagine-video",
      description = "The video model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Parameters(paramLabel = "PROMPT", arity = "1..*",
      description = "What to film; several words are joined with spaces.")
  private List<String> prompt;

  @Override
  public Integer call() throws IOException {
    GenerateVideoRequest request = GenerateVideoRequest.builder()
        .model(model)
        .prompt(String.join(" ", prompt))
        .build();
    Terminal terminal = root.terminal();
    try (Connection connection = root.connect(connectionOptions)) {
      VideoJob job = connection.client().videos().startGeneration(request);
      AtomicReference<String> percent = new AtomicReference<>("");
      VideoResponse done = Progress.showing(terminal,
          t -> "generating video " + job.requestId() + percent.get() + " " + Progress.elapsed(t),
          () -> job.await(Job.DEFAULT_TIMEOUT,
              status -> status.progress().ifPresent(p -> percent.set(" " + p + "%"))));
      terminal.out().println(done.video().flatMap(v -> v.url())
          .orElseThrow(() -> new IOException("the finished job holds no video URL")));
    }
    return 0;
  }
}
