package io.github.xaijava.cli.commands;

import io.github.xaijava.sockets.SpeechStream;
import io.github.xaijava.sockets.SpeechStreamOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import io.github.xaijava.generated.model.SpeechOutputFormat;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai speak}: text to speech, streamed into a file whose codec its name gives. */
@Command(name = "speak", mixinStandardHelpOptions = true,
    description = "Speak TEXT into a file; the codec follows its extension (.mp3, .wav, .pcm, "
        + ".ulaw or .mulaw, .alaw) unless --codec says.")
final class SpeakCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true,
      description = "Where the audio goes.")
  private Path output;

  @Option(names = "--voice", paramLabel = "ID", defaultValue = "eve",
      description = "A built-in voice or a custom voice's id (default: ${DEFAULT-VALUE}).")
  private String voice;

  @Option(names = "--language", paramLabel = "TAG", defaultValue = "auto",
      description = "The text's language, BCP-47 (default: ${DEFAULT-VALUE}).")
  private String language;

  @Option(names = "--codec", paramLabel = "C",
      description = "mp3, wav, pcm, mulaw or alaw (default: from the file's extension, else mp3).")
  private String codec;

  @Option(names = "--stream",
      description = "Speak over the streaming text-to-speech socket, word by word as sent.")
  private boolean stream;

  @Parameters(paramLabel = "TEXT", arity = "1..*",
      description = "What to say; several words are joined with spaces.")
  private List<String> text;

  @Override
  public Integer call() {
    TextToSpeechRequest request = TextToSpeechRequest.builder()
        .text(String.join(" ", text)).language(language).voiceId(voice)
        .outputFormat(SpeechOutputFormat.builder().codec(codec != null ? codec : codecOf(output)).build())
        .build();
    Terminal terminal = root.terminal();
    if (stream) {
      return speakStreaming(terminal);
    }
    try (Connection connection = root.connect(connectionOptions)) {
      long size = Progress.showing(terminal, t -> "speaking " + Progress.elapsed(t),
          () -> connection.client().voice().speakTo(request, output));
      terminal.err().println("wrote " + Progress.bytes(size) + " to " + output);
    }
    return 0;
  }

  private int speakStreaming(Terminal terminal) {
    SpeechStreamOptions options = SpeechStreamOptions.builder(language).voice(voice)
        .codec(codec != null ? codec : codecOf(output)).build();
    List<String> words = new ArrayList<>();
    String joined = String.join(" ", text);
    for (String word : joined.split("(?<= )")) {
      words.add(word);
    }
    try (Connection connection = root.connect(connectionOptions);
         SpeechStream speech = connection.client().sockets().speech(options);
         OutputStream out = Files.newOutputStream(output)) {
      long size = Progress.showing(terminal, t -> "speaking " + Progress.elapsed(t),
          () -> speech.speak(words, out));
      terminal.err().println("wrote " + Progress.bytes(size) + " to " + output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
    return 0;
  }

  private static String codecOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "wav", "pcm", "alaw" -> ext;
      case "ulaw", "mulaw", "au" -> "mulaw";
      default -> "mp3";
    };
  }
}
