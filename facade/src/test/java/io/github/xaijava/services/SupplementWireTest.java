package io.github.xaijava.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.batches.BatchRequests;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.PermissionDeniedException;
import io.github.xaijava.generated.model.AddBatchRequestsRequest;
import io.github.xaijava.generated.model.BatchRequest;
import io.github.xaijava.generated.model.BatchResult;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.CustomVoice;
import io.github.xaijava.generated.model.CustomVoiceLabels;
import io.github.xaijava.generated.model.DeferredImageResponse;
import io.github.xaijava.generated.model.RealtimeClientSecret;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import io.github.xaijava.generated.model.Transcription;
import io.github.xaijava.generated.model.TranscriptionOptions;
import io.github.xaijava.jobs.ImageJob;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.PageParams;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire details of the operations of our supplement (what xAI documents outside its OpenAPI
 * document), against MockWebServer: the batch cancel verb after a percent-encoded id, paging
 * tokens, requests split across calls under the payload limit, the deferred image job, and text
 * to speech as bytes.
 */
class SupplementWireTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private XaiClient client() {
    return xai.client();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void cancelSendsTheIdAsOneEncodedSegmentAndTheVerbLiterally(Both both) {
    xai.json(200, "{\"batch_id\":\"team/batch:1\",\"cancel_time\":\"2025-11-11\"}");
    both.call(() -> client().batches().cancel("team/batch:1"),
        () -> client().async().batches().cancel("team/batch:1"));
    RecordedRequest r = xai.take();
    assertEquals("POST /v1/batches/team%2Fbatch%3A1:cancel HTTP/1.1", r.getRequestLine());

    xai.json(200, "{\"batch_id\":\"batch_ok\"}");
    client().batches().cancel("batch_ok");
    assertEquals("POST /v1/batches/batch_ok:cancel HTTP/1.1", xai.take().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void resultsFollowTheTokenAndStopWhenNoneComesBack(Both both) {
    xai.json(200, "{\"results\":[{\"batch_request_id\":\"a\",\"batch_result\":{\"error\":\"no\"}}],"
        + "\"pagination_token\":\"t2\"}");
    xai.json(200, "{\"results\":[{\"batch_request_id\":\"b\",\"error_message\":\"also no\"}],"
        + "\"pagination_token\":null}");
    List<String> failures = new ArrayList<>();
    both.call(() -> client().batches().results("batch_1", PageParams.ofLimit(1)),
        () -> client().async().batches().results("batch_1", PageParams.ofLimit(1)))
        .autoPager().forEach(r -> failures.add(r.failure().orElseThrow()));
    assertEquals(List.of("no", "also no"), failures);
    assertEquals("GET /v1/batches/batch_1/results?limit=1 HTTP/1.1", xai.take().getRequestLine());
    assertEquals("GET /v1/batches/batch_1/results?limit=1&pagination_token=t2 HTTP/1.1",
        xai.take().getRequestLine());
    assertEquals(2, xai.server().getRequestCount());
  }

  @Test
  void aResultWhoseAnswerXaiCannotNameIsReadNotRefused() {
    xai.json(200, "{\"results\":[{\"batch_request_id\":\"a\",\"batch_result\":{\"response\":\"unknown\"}},"
        + "{\"batch_request_id\":\"b\",\"batch_result\":{\"error\":{\"code\":\"CANCELLED\"}}}]}");
    List<BatchResult> results = client().batches().results("batch_1").items();
    assertTrue(results.get(0).failure().isEmpty() && !results.get(0).succeeded());
    assertTrue(results.get(0).chatCompletion().isEmpty());
    assertEquals("code CANCELLED: failed", results.get(1).failure().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void addingSplitsRequestsSoNoCallPassesThePayloadLimit(Both both) {
    xai.json(200, "{}").json(200, "{}").json(200, "{}");
    String megabyte = "x".repeat(1_000_000);
    List<BatchRequest> requests = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      requests.add(BatchRequests.chat("q" + i, ChatRequest.builder().model("grok-4-fast")
          .addUserMessage(megabyte).build()));
    }
    AddBatchRequestsRequest add = AddBatchRequestsRequest.builder().batchRequests(requests).build();
    both.call(() -> {
      client().batches().addRequests("batch_1", add);
      return null;
    }, () -> client().async().batches().addRequests("batch_1", add));

    List<String> ids = new ArrayList<>();
    int calls = xai.server().getRequestCount();
    assertEquals(2, calls);
    for (int c = 0; c < calls; c++) {
      RecordedRequest r = xai.take();
      assertEquals("POST /v1/batches/batch_1/requests HTTP/1.1", r.getRequestLine());
      assertTrue(r.getBodySize() <= 20_000_000 + 100, "call " + c + ": " + r.getBodySize());
      JsonObject body = JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject();
      body.getAsJsonArray("batch_requests")
          .forEach(e -> ids.add(e.getAsJsonObject().get("batch_request_id").getAsString()));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      expected.add("q" + i);
    }
    assertEquals(expected, ids, "every request once, in order");
  }

  @Test
  void aRequestTooLargeForAnyCallIsRefusedBeforeAnythingIsSent() {
    List<BatchRequest> requests = List.of(
        BatchRequests.chat("small", ChatRequest.builder().model("m").addUserMessage("hi").build()),
        BatchRequests.chat("huge", ChatRequest.builder().model("m")
            .addUserMessage("x".repeat(21_000_000)).build()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client()
        .batches().addRequests("batch_1", AddBatchRequestsRequest.builder().batchRequests(requests).build()));
    assertTrue(e.getMessage().contains("batch_requests[1]") && e.getMessage().contains("nothing was sent"),
        e.getMessage());
    assertEquals(0, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aDeferredImageIsStartedWithTheFlagAndPolledUntilDone(Both both) {
    xai.json(200, "{\"request_id\":\"img-1\"}");
    GenerateImageRequest request = GenerateImageRequest.builder().model("grok-imagine-image")
        .prompt("a cat").build();
    ImageJob job = both.call(() -> client().images().startDeferred(request),
        () -> client().async().images().startDeferred(request));
    RecordedRequest start = xai.take();
    assertEquals("POST /v1/images/generations HTTP/1.1", start.getRequestLine());
    assertEquals(JsonParser.parseString("{\"model\":\"grok-imagine-image\",\"prompt\":\"a cat\",\"deferred\":true}"),
        JsonParser.parseString(start.getBody().readUtf8()));
    assertEquals("img-1", job.requestId());

    xai.pending();
    xai.json(200, "{\"request_id\":\"img-1\",\"status\":\"pending\"}");
    xai.json(200, "{\"request_id\":\"img-1\",\"status\":\"done\",\"data\":[{\"url\":\"https://x/1.png\"}]}");
    DeferredImageResponse done = both.call(() -> job.await(Duration.ofSeconds(10)),
        () -> job.awaitAsync(Duration.ofSeconds(10)));
    assertEquals("https://x/1.png", done.data().get(0).url().orElseThrow());
    for (int i = 0; i < 3; i++) {
      assertEquals("GET /v1/images/img-1 HTTP/1.1", xai.take().getRequestLine());
    }
    // Kept: asking again sends nothing.
    assertEquals(done, job.poll().orElseThrow());
    assertEquals(4, xai.server().getRequestCount());
  }

  @Test
  void aFailedDeferredImageIsAJobFailureAndAGoneOneIsNotFound() {
    xai.json(200, "{\"status\":\"failed\",\"error\":{\"code\":\"content_moderated\",\"message\":\"Refused\"}}");
    JobFailedException failed = assertThrows(JobFailedException.class,
        () -> client().images().resume("img-2").await(Duration.ofSeconds(5)));
    assertEquals("content_moderated", failed.code().orElseThrow());
    assertEquals("Refused", failed.errorMessage().orElseThrow());

    xai.json(404, "{\"code\":\"Some requested entity was not found\",\"error\":\"No such request\"}");
    assertThrows(NotFoundException.class, () -> client().images().resume("img-3").poll());
  }

  @Test
  void aDeferredFlagOnTheDirectCallIsRefused() {
    GenerateImageRequest deferred = GenerateImageRequest.builder().model("m").prompt("p")
        .deferred(true).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client().images().generate(deferred));
    assertTrue(e.getMessage().contains("startDeferred"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void speechArrivesAsTheBytesSentAndErrorsInEitherShapeAreTyped(Both both) throws Exception {
    byte[] audio = {(byte) 0xFF, (byte) 0xF3, (byte) 0xC4, (byte) 0xC4, 1, 2, 3};
    xai.enqueue(new MockResponse().setHeader("Content-Type", "audio/mpeg")
        .setBody(new okio.Buffer().write(audio)));
    TextToSpeechRequest request = TextToSpeechRequest.builder().text("Hello").language("en").build();
    try (InputStream in = both.call(() -> client().voice().speak(request),
        () -> client().async().voice().speak(request))) {
      assertTrue(java.util.Arrays.equals(audio, in.readAllBytes()));
    }
    RecordedRequest r = xai.take();
    assertEquals("POST /v1/tts HTTP/1.1", r.getRequestLine());
    assertEquals(JsonParser.parseString("{\"text\":\"Hello\",\"language\":\"en\"}"),
        JsonParser.parseString(r.getBody().readString(StandardCharsets.UTF_8)));

    // The flat REST error, and the nested one a source reports for text to speech.
    xai.json(404, "{\"code\":\"Some requested entity was not found\",\"error\":\"Voice zed was not found\"}");
    NotFoundException flat = assertThrows(NotFoundException.class, () -> client().voice().speak(request));
    assertTrue(flat.getMessage().contains("Voice zed was not found"), flat.getMessage());
    xai.json(404, "{\"error\":{\"message\":\"Unknown voice zed\",\"type\":\"invalid_request_error\",\"code\":\"voice_not_found\"}}");
    NotFoundException nested = assertThrows(NotFoundException.class, () -> client().voice().speak(request));
    assertTrue(nested.getMessage().contains("Unknown voice zed"), nested.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aTranscriptionSendsItsOptionsFirstEachKeyTermAsAPartAndTheFileLast(Both both) {
    xai.json(200, "{\"text\":\"hello\",\"duration\":1.5}");
    TranscriptionOptions options = TranscriptionOptions.builder().language("en").diarize(true)
        .addKeyterm("Grok").addKeyterm("xAI").build();
    FileUpload audio = FileUpload.of(new byte[] {1, 2, 3}, "a.wav");
    Transcription t = both.call(() -> client().voice().transcribe(audio, options),
        () -> client().async().voice().transcribe(audio, options));
    assertEquals("hello", t.text());
    RecordedRequest r = xai.take();
    assertEquals("POST /v1/stt HTTP/1.1", r.getRequestLine());
    assertTrue(r.getHeader("Content-Type").startsWith("multipart/form-data"));
    assertEquals(List.of("language", "diarize", "keyterm", "keyterm", "file"), partNames(r));
    String body = r.getBody().readUtf8();
    assertTrue(body.contains("\r\n\r\nGrok\r\n") && body.contains("\r\n\r\nxAI\r\n"), body);
    assertTrue(body.contains("filename=\"a.wav\""), body);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aCustomVoiceIsMadeWithLabelsBeforeTheRecordingAnd403IsAPermissionError(Both both) {
    xai.enqueue(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
        .setBody("{\"voice_id\":\"abcd1234\",\"name\":\"Narrator\"}"));
    CustomVoiceLabels labels = CustomVoiceLabels.builder().name("Narrator").tone("warm").build();
    FileUpload recording = FileUpload.of(new byte[] {9, 9}, "me.wav");
    CustomVoice made = both.call(() -> client().customVoices().create(recording, labels),
        () -> client().async().customVoices().create(recording, labels));
    assertEquals("abcd1234", made.voiceId());
    assertEquals(List.of("name", "tone", "file"), partNames(xai.take()));

    xai.json(403, "{\"code\":\"The caller does not have permission to execute the specified operation\","
        + "\"error\":\"Custom voices need the Enterprise plan\"}");
    PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
        () -> client().customVoices().create(recording, labels));
    assertTrue(denied.getMessage().contains("Enterprise"), denied.getMessage());
  }

  @Test
  void aRealtimeSecretIsReadInTheFlatAndTheNestedForm() {
    xai.json(200, "{\"value\":\"flat-secret\",\"expires_at\":1700000000}");
    RealtimeClientSecret flat = client().realtime().createClientSecret(
        io.github.xaijava.generated.model.CreateRealtimeClientSecretRequest.builder().build());
    assertEquals("flat-secret", flat.secret());
    assertEquals(1700000000L, flat.expiry().orElseThrow().getEpochSecond());
    assertEquals("POST /v1/realtime/client_secrets HTTP/1.1", xai.take().getRequestLine());

    xai.json(200, "{\"client_secret\":{\"value\":\"nested-secret\",\"expires_at\":1700000600}}");
    RealtimeClientSecret nested = client().realtime().createClientSecret(
        io.github.xaijava.generated.model.CreateRealtimeClientSecretRequest.builder().build());
    assertEquals("nested-secret", nested.secret());
    assertEquals(1700000600L, nested.expiry().orElseThrow().getEpochSecond());
    assertTrue(!nested.toString().contains("nested-secret"), nested.toString());
  }

  /** The names of a multipart body's parts, in order. */
  private static List<String> partNames(RecordedRequest r) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Disposition: form-data; name=\"([^\"]+)\"")
        .matcher(r.getBody().clone().readUtf8());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}