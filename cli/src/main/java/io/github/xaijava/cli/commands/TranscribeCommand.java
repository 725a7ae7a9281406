package io.github.xaijava.cli.commands;

import io.github.xaijava.sockets.AudioFiles;
import io.github.xaijava.sockets.AudioFormat;
import io.github.xaijava.sockets.TranscriptionEvent;
import io.github.xaijava.sockets.TranscriptionStream;
import io.github.xaijava.sockets.TranscriptionStreamOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import io.github.xaijava.generated.model.Transcription;
import io.github.xaijava.generated.model.TranscriptionOptions;
import io.github.xaijava.params.FileUpload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xai transcribe}: speech to text of a file or a URL; the transcript goes to stdout. */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
    description = "Transcribe an audio FILE (or an http(s) URL); the text goes to stdout.")
final class TranscribeCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Option(names = "--language", paramLabel = "TAG",
      description = "The language spoken, BCP-47 (default: detected).")
  private String language;

  @Option(names = "--keyterm", paramLabel = "WORD",
      description = "A word or name to listen for; repeat for more.")
  private List<String> keyterms;

  @Option(names = "--stream",
      description = "Stream a PCM or WAV FILE over the speech-to-text socket; partial transcripts"
          + " on stderr as they come, the final one on stdout.")
  private boolean stream;

  @Parameters(paramLabel = "FILE|URL", description = "The audio.")
  private String audio;

  @Override
  public Integer call() {
    boolean url = audio.startsWith("https://") || audio.startsWith("http://");
    if (!url && !Files.isRegularFile(Path.of(audio))) {
      throw new UsageException("no such file: " + audio);
    }
    if (stream) {
      if (url) {
        throw new UsageException("--stream sends a local FILE, not a URL");
      }
      return transcribeStreaming(root.terminal());
    }
    TranscriptionOptions.Builder options = TranscriptionOptions.builder();
    if (language != null) {
      options.language(language);
    }
    if (keyterms != null) {
      options.keyterm(keyterms);
    }
    if (url) {
      options.url(audio);
    }
    Terminal terminal = root.terminal();
    try (Connection connection = root.connect(connectionOptions)) {
      Transcription t = Progress.showing(terminal, e -> "transcribing " + Progress.elapsed(e),
          () -> connection.client().voice().transcribe(
              url ? null : FileUpload.of(Path.of(audio)), options.build()));
      terminal.out().println(t.text());
    }
    return 0;
  }

  private int transcribeStreaming(Terminal terminal) {
    AudioFiles.Pcm pcm;
    try {
      pcm = AudioFiles.read(Path.of(audio));
    } catch (IOException e) {
      throw new UsageException("cannot read " + audio + ": " + e.getMessage());
    }
    TranscriptionStreamOptions.Builder options = TranscriptionStreamOptions.builder()
        .format(AudioFormat.pcm(pcm.sampleRate()));
    if (language != null) {
      options.language(language);
    }
    if (keyterms != null) {
      keyterms.forEach(options::keyterm);
    }
    try (Connection connection = root.connect(connectionOptions);
         TranscriptionStream stt = connection.client().sockets().transcription(options.build())) {
      TranscriptionEvent.Done done = stt.transcribe(new ByteArrayInputStream(pcm.data()),
          event -> {
            if (event instanceof TranscriptionEvent.Partial partial && terminal.interactive()) {
              terminal.err().println("… " + partial.text());
            }
          });
      terminal.out().println(done.text());
    }
    return 0;
  }
}
