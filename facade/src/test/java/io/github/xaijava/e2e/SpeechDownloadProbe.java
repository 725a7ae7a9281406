package io.github.xaijava.e2e;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.SpeechOutputFormat;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link LargeSpeechDownloadTest}: speaks the longest
 * text xAI takes, slowly, at the highest sample rate, into a file, and prints its size and the
 * heap it may use.
 */
public final class SpeechDownloadProbe {

  private SpeechDownloadProbe() {
  }

  /** {@code SpeechDownloadProbe BASE_URL API_KEY TARGET}. */
  public static void main(String[] args) {
    try (XaiClient client = XaiClient.create(o -> o.baseUrl(args[0]).apiKey(args[1]))) {
      long size = client.voice().speakTo(TextToSpeechRequest.builder()
          .text("a".repeat(15_000)).language("en").speed(0.7)
          .outputFormat(SpeechOutputFormat.builder().codec("wav").sampleRate(48_000).build())
          .build(), Path.of(args[2]));
      System.out.println("wrote " + size + " bytes with at most "
          + Runtime.getRuntime().maxMemory() + " bytes of heap");
    }
  }
}
