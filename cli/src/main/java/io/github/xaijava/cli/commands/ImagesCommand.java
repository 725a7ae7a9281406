package io.github.xaijava.cli.commands;

import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GeneratedImage;
import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.services.GeneratedImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai images}: one generated image, as a URL or saved to a file. */
@Command(name = "images", mixinStandardHelpOptions = true,
    description = "Generate an image; its URL goes to stdout, or with -o its bytes to a file.")
final class ImagesCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--model", paramLabel = "M", defaultValue = "grok-imagine-image",
      description = "The image model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Save the image here instead of printing its URL.")
  private Path output;

  @Parameters(paramLabel = "PROMPT", arity = "1..*",
      description = "What to draw; several words are joined with spaces.")
  private List<String> prompt;

  @Override
  public Integer call() throws IOException {
    GenerateImageRequest.Builder request = GenerateImageRequest.builder()
        .model(model)
        .prompt(String.join(" ", prompt))
        .n(1);
    if (output != null) {
      // Inline bytes: no second download, and nothing depends on the URL's lifetime.
      request.responseFormat("b64_json");
    }
    Terminal terminal = root.terminal();
    try (Connection connection = root.connect(connectionOptions)) {
      GeneratedImageResponse response = connection.client().images().generate(request.build());
      if (response.data().isEmpty()) {
        throw new IOException("the answer holds no image");
      }
      GeneratedImage image = response.data().get(0);
      if (output != null) {
        byte[] bytes = GeneratedImages.bytes(image);
        Files.write(output, bytes);
        terminal.err().println("wrote " + Progress.bytes(bytes.length) + " to " + output);
      } else {
        terminal.out().println(image.url().orElseThrow(
            () -> new IOException("the answer holds no image URL")));
      }
    }
    return 0;
  }
}
