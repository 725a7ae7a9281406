package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.CreateRealtimeClientSecretRequest;
import io.github.xaijava.generated.model.CustomVoice;
import io.github.xaijava.generated.model.CustomVoiceLabels;
import io.github.xaijava.generated.model.DeferredImageResponse;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.RealtimeClientSecret;
import io.github.xaijava.generated.model.RealtimeSecretExpiry;
import io.github.xaijava.generated.model.SpeechOutputFormat;
import io.github.xaijava.generated.model.SpeechTimestamps;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import io.github.xaijava.generated.model.TimestampedSpeech;
import io.github.xaijava.generated.model.Transcription;
import io.github.xaijava.generated.model.TranscriptionOptions;
import io.github.xaijava.generated.model.UpdateCustomVoiceRequest;
import io.github.xaijava.generated.model.Voice;
import io.github.xaijava.jobs.ImageJob;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.PageParams;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Voice through the client against the simulator, blocking and through {@code client.async()}:
 * speech in each codec (to a stream and to a file), the voice list, transcripts of a file, a
 * stream and a URL, custom voices from creation to deletion; and deferred images.
 */
class VoiceEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static TextToSpeechRequest speech(String codec) {
    return TextToSpeechRequest.builder().text("Hello from Grok.").language("en")
        .outputFormat(SpeechOutputFormat.builder().codec(codec).build()).build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void speechComesInTheAskedCodec(Both mode) throws Exception {
    XaiClient client = clients.client();
    byte[] wav;
    try (InputStream in = mode.call(() -> client.voice().speak(speech("wav")),
        () -> client.async().voice().speak(speech("wav")))) {
      wav = in.readAllBytes();
    }
    ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("WAVE", new String(wav, 8, 4, StandardCharsets.US_ASCII));
    assertEquals(24_000, header.getInt(24), "the default sample rate");
    assertEquals(wav.length - 44, header.getInt(40), "the data chunk's size is the rest");
    // 16 characters at about 60 ms each, 24,000 two-byte samples a second.
    assertEquals(16 * 0.06 * 24_000 * 2, wav.length - 44, 2);

    byte[] mp3;
    try (InputStream in = client.voice().speak(speech("mp3"))) {
      mp3 = in.readAllBytes();
    }
    assertEquals(0xFF, mp3[0] & 0xff);
    assertEquals(0xE0, mp3[1] & 0xE0, "an MPEG frame sync");
    BadRequestException badCodec = assertThrows(BadRequestException.class,
        () -> client.voice().speak(speech("flac")));
    assertTrue(badCodec.getMessage().contains("codec"), badCodec.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void speechIsWrittenToAFile(Both mode, @TempDir Path dir) throws Exception {
    XaiClient client = clients.client();
    Path target = dir.resolve("hello.pcm");
    long size = mode.call(() -> client.voice().speakTo(speech("pcm"), target),
        () -> client.async().voice().speakTo(speech("pcm"), target));
    assertEquals(size, Files.size(target));
    assertEquals(16 * 0.06 * 24_000 * 2, size, 2);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void voicesListAndAnUnknownOneIsNotFound(Both mode) {
    XaiClient client = clients.client();
    List<Voice> voices = mode.call(() -> client.voice().voices(),
        () -> client.async().voice().voices()).voices();
    assertTrue(voices.stream().anyMatch(v -> v.voiceId().equals("eve")), voices.toString());
    assertEquals("Ara", mode.call(() -> client.voice().voice("ara"),
        () -> client.async().voice().voice("ara")).name().orElseThrow());
    assertThrows(NotFoundException.class, () -> client.voice().voice("zed"));
    assertThrows(NotFoundException.class, () -> client.voice().speak(
        TextToSpeechRequest.builder().text("Hi").language("en").voiceId("zed").build()));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void transcriptsOfAFileAStreamAndAUrl(Both mode, @TempDir Path dir) throws Exception {
    XaiClient client = clients.client();
    Path wav = dir.resolve("greeting.wav");
    try (InputStream in = client.voice().speak(speech("wav"))) {
      Files.copy(in, wav);
    }
    TranscriptionOptions english = TranscriptionOptions.builder().language("en").diarize(true)
        .addKeyterm("Grok").addKeyterm("xAI").build();
    Transcription fromFile = mode.call(() -> client.voice().transcribe(FileUpload.of(wav), english),
        () -> client.async().voice().transcribe(FileUpload.of(wav), english));
    assertTrue(fromFile.text().startsWith("Simulated transcript of greeting.wav ("), fromFile.text());
    assertTrue(fromFile.text().endsWith("with Grok and xAI"), "both key terms arrived: " + fromFile.text());
    assertEquals(0.96, fromFile.duration().orElseThrow(), 0.01, "read from the WAV header");
    assertEquals(1, fromFile.words().get(1).speaker().orElseThrow(), "speakers told apart");

    byte[] raw = new byte[32_000];
    Transcription fromStream = client.voice().transcribe(
        FileUpload.of(new ByteArrayInputStream(raw), "mic.raw"));
    assertTrue(fromStream.text().contains("mic.raw (32000 bytes)"), fromStream.text());

    TranscriptionOptions remote = TranscriptionOptions.builder()
        .url("https://example.com/talk.mp3").build();
    Transcription fromUrl = mode.call(() -> client.voice().transcribe(null, remote),
        () -> client.async().voice().transcribe(null, remote));
    assertEquals("Simulated transcript of https://example.com/talk.mp3", fromUrl.text());

    // Neither a file nor a URL makes an empty form, which is no request: refused before sending.
    IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
        () -> client.voice().transcribe(null, TranscriptionOptions.builder().build()));
    assertTrue(neither.getMessage().contains("no request"), neither.getMessage());
    // A file and a URL: xAI takes one or the other.
    BadRequestException both = assertThrows(BadRequestException.class, () -> client.voice()
        .transcribe(FileUpload.of(wav), remote));
    assertTrue(both.getMessage().contains("not both"), both.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aCustomVoiceFromCreationToDeletion(Both mode, @TempDir Path dir) throws Exception {
    XaiClient client = clients.client();
    byte[] recording = "RIFF-not-really-a-recording".getBytes(StandardCharsets.UTF_8);
    CustomVoiceLabels labels = CustomVoiceLabels.builder().name("Narrator").gender("neutral")
        .language("en").build();
    CustomVoice made = mode.call(
        () -> client.customVoices().create(FileUpload.of(recording, "sample.wav"), labels),
        () -> client.async().customVoices().create(FileUpload.of(recording, "sample.wav"), labels));
    assertTrue(made.voiceId().matches("[a-z0-9]{8}"), made.voiceId());
    assertEquals("Narrator", made.name().orElseThrow());

    // Text to speech takes its id.
    try (InputStream in = client.voice().speak(TextToSpeechRequest.builder().text("Hi")
        .language("en").voiceId(made.voiceId()).build())) {
      assertTrue(in.readAllBytes().length > 0);
    }

    CustomVoice second = client.customVoices().create(FileUpload.of(recording, "b.wav"));
    List<String> listed = mode.call(() -> client.customVoices().list(PageParams.ofLimit(1)),
        () -> client.async().customVoices().list(PageParams.ofLimit(1)))
        .autoPager().stream().map(CustomVoice::voiceId).toList();
    assertEquals(List.of(made.voiceId(), second.voiceId()), listed);

    // The models write no null: a label is cleared with a JSON null sent as a body property.
    UpdateCustomVoiceRequest change = UpdateCustomVoiceRequest.builder().tone("warm").build();
    RequestOptions clearGender = RequestOptions.builder().bodyProperty("gender", null).build();
    CustomVoice changed = mode.call(
        () -> client.customVoices().update(made.voiceId(), change, clearGender),
        () -> client.async().customVoices().update(made.voiceId(), change, clearGender));
    assertEquals("warm", changed.tone().orElseThrow());
    assertTrue(changed.gender().isEmpty(), "null clears a label");
    assertEquals("Narrator", changed.name().orElseThrow(), "an absent label is kept");

    Path audio = dir.resolve("reference.wav");
    mode.call(() -> client.customVoices().downloadAudio(made.voiceId(), audio),
        () -> client.async().customVoices().downloadAudio(made.voiceId(), audio));
    assertArrayEquals(recording, Files.readAllBytes(audio));

    assertTrue(mode.call(() -> client.customVoices().delete(made.voiceId()),
        () -> client.async().customVoices().delete(made.voiceId())).deleted().orElseThrow());
    assertThrows(NotFoundException.class, () -> client.customVoices().retrieve(made.voiceId()));
    assertFalse(client.customVoices().list().autoPager().stream()
        .anyMatch(v -> v.voiceId().equals(made.voiceId())));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aDeferredImageGoesFromPendingToDone(Both mode) {
    XaiClient client = clients.client();
    GenerateImageRequest request = GenerateImageRequest.builder().model("grok-imagine-image")
        .prompt("A lighthouse").n(2).build();
    ImageJob job = mode.call(() -> client.images().startDeferred(request),
        () -> client.async().images().startDeferred(request));
    assertTrue(job.poll().isEmpty(), "the first poll is xAI's 202");
    assertEquals("pending", job.poll().orElseThrow().status());
    DeferredImageResponse done = mode.call(() -> job.await(Duration.ofSeconds(10)),
        () -> job.awaitAsync(Duration.ofSeconds(10)));
    assertEquals(2, done.data().size());
    assertTrue(done.data().get(0).url().orElseThrow().startsWith(xai.baseUrl()));
    // Another handle, from the id alone.
    assertEquals(done.data(), client.images().resume(job.requestId())
        .await(Duration.ofSeconds(10)).data());
    assertThrows(NotFoundException.class, () -> client.images().resume("img_nope").poll());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void speechWithTimestampsTimesEachCharacter(Both mode) {
    XaiClient client = clients.client();
    TimestampedSpeech timed = mode.call(() -> client.voice().speakWithTimestamps(speech("wav")),
        () -> client.async().voice().speakWithTimestamps(speech("wav")));
    assertEquals("RIFF", new String(timed.audioBytes(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals("audio/wav", timed.contentType().orElseThrow());
    SpeechTimestamps times = timed.audioTimestamps().orElseThrow();
    assertEquals("Hello from Grok.", String.join("", times.graphChars()));
    assertEquals(times.graphChars().size(), times.graphTimes().size());
    double last = 0;
    for (List<Double> span : times.graphTimes()) {
      assertTrue(span.get(0) >= last && span.get(1) > span.get(0), span.toString());
      last = span.get(1);
    }
    assertEquals(timed.duration().orElseThrow(), last, 0.01);

    // The audio call would answer JSON then: it is refused, pointing at the right method.
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> client
        .voice().speak(speech("wav").toBuilder().withTimestamps(true).build()));
    assertTrue(refused.getMessage().contains("speakWithTimestamps"), refused.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aBrowserGetsAShortLivedRealtimeSecret(Both mode) {
    XaiClient client = clients.client();
    CreateRealtimeClientSecretRequest ask = CreateRealtimeClientSecretRequest.builder()
        .expiresAfter(RealtimeSecretExpiry.builder().seconds(300).build()).build();
    RealtimeClientSecret secret = mode.call(() -> client.realtime().createClientSecret(ask),
        () -> client.async().realtime().createClientSecret(ask));
    assertTrue(secret.secret().startsWith("xai-realtime-"), "a secret");
    assertFalse(secret.toString().contains(secret.secret()), secret.toString());
    long in = secret.expiry().orElseThrow().getEpochSecond() - java.time.Instant.now().getEpochSecond();
    assertTrue(in > 250 && in <= 301, "about five minutes: " + in);
    assertThrows(BadRequestException.class, () -> client.realtime().createClientSecret(
        CreateRealtimeClientSecretRequest.builder()
            .expiresAfter(RealtimeSecretExpiry.builder().seconds(7200).build()).build()));
  }
}
