package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.SpeechOutputFormat;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import io.github.xaijava.generated.model.Transcription;
import io.github.xaijava.generated.model.TranscriptionOptions;
import io.github.xaijava.params.FileUpload;
import java.nio.file.Path;

/** Text to speech into a file, then that file back to text: {@code Voice [FILE]}. */
public final class Voice {

  private Voice() {
  }

  public static void main(String[] args) {
    Path audio = Path.of(args.length > 0 ? args[0] : "hello.wav");
    try (XaiClient client = XaiClient.fromEnv()) {
      long bytes = client.voice().speakTo(TextToSpeechRequest.builder()
          .text("Hello from Grok.").language("en").voiceId("eve")
          .outputFormat(SpeechOutputFormat.builder().codec("wav").build())
          .build(), audio);
      System.out.println("wrote " + bytes + " bytes to " + audio);
      Transcription heard = client.voice().transcribe(FileUpload.of(audio),
          TranscriptionOptions.builder().language("en").build());
      System.out.println(heard.text());
    }
  }
}
