package io.github.xaijava.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.params.ListOrder;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exact request line, headers and body for the operations of every service, each sent the
 * blocking way and the asynchronous way: both build the same request from the generated
 * interface.
 */
class ServicesRequestTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private XaiClient client() {
    return xai.client();
  }

  private void answer(String json) {
    xai.json(200, json);
  }

  private RecordedRequest taken() {
    RecordedRequest r = xai.take();
    assertEquals("Bearer " + TestClients.KEY, r.getHeader("Authorization"));
    assertTrue(r.getHeader("User-Agent").startsWith("xai-java/"), r.getHeader("User-Agent"));
    assertTrue(r.getHeader("x-client-request-id").matches("[0-9a-f-]{36}"),
        r.getHeader("x-client-request-id"));
    return r;
  }

  private static void assertJson(String expected, RecordedRequest r) {
    assertTrue(r.getHeader("Content-Type").startsWith("application/json"), r.getHeader("Content-Type"));
    assertEquals(JsonParser.parseString(expected), JsonParser.parseString(r.getBody().readUtf8()));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void chatCreateSendsOnlyTheFieldsSet(Both both) {
    answer("{\"id\":\"c1\",\"model\":\"grok-4-0709\",\"choices\":[]}");
    ChatRequest request = ChatRequest.builder().model("grok-4")
        .addSystemMessage("Be brief.").addUserMessage("Hi").build();
    ChatResponse r = both.call(() -> client().chat().create(request),
        () -> client().async().chat().create(request));
    assertEquals("c1", r.id());
    assertEquals("grok-4-0709", r.model());
    RecordedRequest req = taken();
    assertEquals("POST /v1/chat/completions HTTP/1.1", req.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"Hi\"}]}", req);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void deferredCompletionPendingIsEmpty(Both both) {
    xai.pending();
    assertTrue(both.call(() -> client().chat().resumeDeferred("req-1").poll(),
        () -> client().async().chat().resumeDeferred("req-1").pollAsync()).isEmpty());
    assertEquals("GET /v1/chat/deferred-completion/req-1 HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void responsesOperations(Both both) {
    ModelRequest create = ModelRequest.builder().model("grok-4").input("Hi").store(false).build();
    answer("{\"id\":\"resp_1\"}");
    both.call(() -> client().responses().create(create),
        () -> client().async().responses().create(create));
    RecordedRequest r = taken();
    assertEquals("POST /v1/responses HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"input\":\"Hi\",\"store\":false}", r);

    answer("{\"id\":\"resp_1\"}");
    both.call(() -> client().responses().retrieve("resp_1"),
        () -> client().async().responses().retrieve("resp_1"));
    assertEquals("GET /v1/responses/resp_1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"resp_1\",\"deleted\":true}");
    both.call(() -> client().responses().delete("resp_1"),
        () -> client().async().responses().delete("resp_1"));
    assertEquals("DELETE /v1/responses/resp_1 HTTP/1.1", taken().getRequestLine());

    answer("{\"data\":[],\"has_more\":false}");
    CursorListParams params = CursorListParams.builder().limit(5).order(ListOrder.DESC).build();
    both.call(() -> client().responses().inputItems("resp_1", params),
        () -> client().async().responses().inputItems("resp_1", params));
    assertEquals("GET /v1/responses/resp_1/input_items?limit=5&order=desc HTTP/1.1",
        taken().getRequestLine());

    answer("{}");
    CompactRequest compact = CompactRequest.builder().model("grok-4").build();
    both.call(() -> client().responses().compact(compact),
        () -> client().async().responses().compact(compact));
    assertEquals("POST /v1/responses/compact HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void messagesCompletionsEmbeddings(Both both) {
    answer("{\"id\":\"msg_1\"}");
    MessageRequest message = MessageRequest.builder().model("grok-3").maxTokens(16).build();
    both.call(() -> client().messages().create(message),
        () -> client().async().messages().create(message));
    RecordedRequest r = taken();
    assertEquals("POST /v1/messages HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"max_tokens\":16}", r);

    answer("{}");
    SampleRequest sample = SampleRequest.builder().model("grok-3").maxTokens(5).build();
    both.call(() -> client().completions().create(sample),
        () -> client().async().completions().create(sample));
    r = taken();
    assertEquals("POST /v1/completions HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"max_tokens\":5}", r);

    answer("{}");
    CompleteRequest complete = CompleteRequest.builder().model("grok-3").prompt("\n\nHuman: hi")
        .build();
    both.call(() -> client().completions().complete(complete),
        () -> client().async().completions().complete(complete));
    r = taken();
    assertEquals("POST /v1/complete HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"prompt\":\"\\n\\nHuman: hi\"}", r);

    answer("{\"data\":[]}");
    EmbeddingRequest embed = EmbeddingRequest.builder().model("v1").dimensions(8).build();
    both.call(() -> client().embeddings().create(embed),
        () -> client().async().embeddings().create(embed));
    r = taken();
    assertEquals("POST /v1/embeddings HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"v1\",\"dimensions\":8}", r);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void everyModelsOperation(Both both) {
    String[] lines = {
      "GET /v1/models", "GET /v1/models/grok-4",
      "GET /v1/language-models", "GET /v1/language-models/grok-4",
      "GET /v1/embedding-models", "GET /v1/embedding-models/v1",
      "GET /v1/image-generation-models", "GET /v1/image-generation-models/grok-2-image",
      "GET /v1/video-generation-models", "GET /v1/video-generation-models/grok-video"};
    for (int i = 0; i < lines.length; i++) {
      answer(i % 2 == 0 ? "{\"data\":[{\"id\":\"m\"}],\"models\":[]}" : "{\"id\":\"m\"}");
    }
    var blocking = client().models();
    var async = client().async().models();
    assertEquals("m", both.call(blocking::list, async::list).data().get(0).id());
    both.call(() -> blocking.get("grok-4"), () -> async.get("grok-4"));
    both.call(() -> blocking.language().list(), () -> async.language().list());
    both.call(() -> blocking.language().get("grok-4"), () -> async.language().get("grok-4"));
    both.call(() -> blocking.embedding().list(), () -> async.embedding().list());
    both.call(() -> blocking.embedding().get("v1"), () -> async.embedding().get("v1"));
    both.call(() -> blocking.image().list(), () -> async.image().list());
    both.call(() -> blocking.image().get("grok-2-image"), () -> async.image().get("grok-2-image"));
    both.call(() -> blocking.video().list(), () -> async.video().list());
    both.call(() -> blocking.video().get("grok-video"), () -> async.video().get("grok-video"));
    for (String line : lines) {
      assertEquals(line + " HTTP/1.1", taken().getRequestLine());
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void imagesAndVideos(Both both) {
    answer("{\"data\":[{\"url\":\"https://x/1.png\"}]}");
    GenerateImageRequest image = GenerateImageRequest.builder().model("grok-2-image")
        .prompt("a cat").n(1).build();
    both.call(() -> client().images().generate(image),
        () -> client().async().images().generate(image));
    RecordedRequest r = taken();
    assertEquals("POST /v1/images/generations HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-2-image\",\"prompt\":\"a cat\",\"n\":1}", r);

    answer("{\"request_id\":\"vid-1\"}");
    GenerateVideoRequest video = GenerateVideoRequest.builder().model("grok-video")
        .prompt("waves").build();
    assertEquals("vid-1", both.call(() -> client().videos().startGeneration(video),
        () -> client().async().videos().startGeneration(video)).requestId());
    r = taken();
    assertEquals("POST /v1/videos/generations HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-video\",\"prompt\":\"waves\"}", r);

    xai.pending();
    assertTrue(client().videos().resume("vid-1").poll().isEmpty());
    assertEquals("GET /v1/videos/vid-1 HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void filesOperations(Both both) {
    answer("{\"id\":\"file-1\",\"filename\":\"a.txt\"}");
    FileUpload upload = FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt");
    FileUploadOptions purpose = FileUploadOptions.builder().purpose("assistants")
        .expiresAfter(Duration.ofHours(1)).build();
    ModelFile f = both.call(() -> client().files().upload(upload, purpose),
        () -> client().async().files().upload(upload, purpose));
    assertEquals("file-1", f.id());
    RecordedRequest r = taken();
    assertEquals("POST /v1/files HTTP/1.1", r.getRequestLine());
    assertTrue(r.getHeader("Content-Type").startsWith("multipart/form-data; boundary="));
    String body = r.getBody().readUtf8();
    int expires = body.indexOf("name=\"expires_after\"");
    int purposePart = body.indexOf("name=\"purpose\"");
    int file = body.indexOf("name=\"file\"; filename=\"a.txt\"");
    assertTrue(expires >= 0 && purposePart > expires && file > purposePart,
        "metadata parts come before the file: " + body);
    assertTrue(body.contains("\r\n\r\n3600\r\n"), body);
    assertTrue(body.contains("\r\n\r\nhello\r\n"), body);

    answer("{\"data\":[],\"pagination_token\":\"t\"}");
    FileListParams params = FileListParams.builder().limit(10).order(ListOrder.DESC)
        .sortBy("size").build();
    both.call(() -> client().files().list(params), () -> client().async().files().list(params));
    assertEquals("GET /v1/files?limit=10&order=desc&sort_by=size HTTP/1.1",
        taken().getRequestLine());

    answer("{\"id\":\"file-1\"}");
    both.call(() -> client().files().retrieve("file-1"),
        () -> client().async().files().retrieve("file-1"));
    assertEquals("GET /v1/files/file-1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"file-1\",\"deleted\":true}");
    both.call(() -> client().files().delete("file-1"),
        () -> client().async().files().delete("file-1"));
    assertEquals("DELETE /v1/files/file-1 HTTP/1.1", taken().getRequestLine());

    xai.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(new byte[] {0, 1, 2, (byte) 255})));
    try (InputStream in = both.call(() -> client().files().content("file-1", ContentFormat.TEXT),
        () -> client().async().files().content("file-1", ContentFormat.TEXT,
            RequestOptions.none()))) {
      assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals("GET /v1/files/file-1/content?format=text HTTP/1.1", taken().getRequestLine());

    answer("{\"url\":\"https://x\"}");
    CreatePublicUrlRequest publicUrl = CreatePublicUrlRequest.builder().expiresAfter(3600L).build();
    both.call(() -> client().files().createPublicUrl("file-1", publicUrl),
        () -> client().async().files().createPublicUrl("file-1", publicUrl));
    r = taken();
    assertEquals("POST /v1/files/file-1/public-url HTTP/1.1", r.getRequestLine());
    assertJson("{\"expires_after\":3600}", r);

    answer("{}");
    both.call(() -> client().files().revokePublicUrl("file-1"),
        () -> client().async().files().revokePublicUrl("file-1"));
    assertEquals("POST /v1/files/file-1/public-url/revoke HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void skillsOperations(Both both) throws IOException {
    answer("{\"id\":\"skill-1\"}");
    List<FileUpload> files = List.of(
        FileUpload.of("# s".getBytes(StandardCharsets.UTF_8), "SKILL.md"),
        FileUpload.of("print(1)".getBytes(StandardCharsets.UTF_8), "run.py"));
    both.call(() -> client().skills().upload(files), () -> client().async().skills().upload(files));
    RecordedRequest r = taken();
    assertEquals("POST /v1/skills HTTP/1.1", r.getRequestLine());
    String body = r.getBody().readUtf8();
    int a = body.indexOf("name=\"files\"; filename=\"SKILL.md\"");
    int b = body.indexOf("name=\"files\"; filename=\"run.py\"");
    assertTrue(a >= 0 && b > a, body);

    answer("{\"data\":[],\"has_more\":false}");
    CursorListParams params = CursorListParams.builder().limit(2).order(ListOrder.ASC).build();
    both.call(() -> client().skills().list(params), () -> client().async().skills().list(params));
    assertEquals("GET /v1/skills?limit=2&order=asc HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"skill-1\"}");
    both.call(() -> client().skills().retrieve("skill-1"),
        () -> client().async().skills().retrieve("skill-1"));
    assertEquals("GET /v1/skills/skill-1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"skill-1\",\"deleted\":true}");
    both.call(() -> client().skills().delete("skill-1"),
        () -> client().async().skills().delete("skill-1"));
    assertEquals("DELETE /v1/skills/skill-1 HTTP/1.1", taken().getRequestLine());

    xai.enqueue(new MockResponse().setHeader("Content-Type", "application/zip").setBody("PK"));
    try (InputStream in = both.call(() -> client().skills().content("skill-1"),
        () -> client().async().skills().content("skill-1"))) {
      assertArrayEquals("PK".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertEquals("GET /v1/skills/skill-1/content HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void documentsTokenizerApiKey(Both both) {
    answer("{\"matches\":[]}");
    SearchRequest search = SearchRequest.builder().query("q").limit(3).build();
    both.call(() -> client().documents().search(search),
        () -> client().async().documents().search(search));
    RecordedRequest r = taken();
    assertEquals("POST /v1/documents/search HTTP/1.1", r.getRequestLine());
    assertJson("{\"query\":\"q\",\"limit\":3}", r);

    answer("{\"token_ids\":[]}");
    TokenizeRequest tokenize = TokenizeRequest.builder().model("grok-4").text("hi").build();
    both.call(() -> client().tokenizer().tokenize(tokenize),
        () -> client().async().tokenizer().tokenize(tokenize));
    r = taken();
    assertEquals("POST /v1/tokenize-text HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"text\":\"hi\"}", r);

    answer("{\"name\":\"k\",\"redacted_api_key\":\"xai-...cdef\"}");
    ApiKey key = both.call(() -> client().apiKey().info(), () -> client().async().apiKey().info());
    assertEquals("xai-...cdef", key.redactedApiKey());
    assertEquals("GET /v1/api-key HTTP/1.1", taken().getRequestLine());

    answer("{}");
    both.call(() -> client().apiKey().me(), () -> client().async().apiKey().me());
    assertEquals("GET /v1/me HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void requestOptionsAddHeadersQueryAndBodyProperties(Both both) {
    answer("{\"id\":\"c1\"}");
    RequestOptions opts = RequestOptions.builder()
        .header("x-grok-conv-id", "conv-42")
        .queryParam("trace", "on")
        .bodyProperty("new_field", Map.of("a", 1))
        .bodyProperty("model", "grok-4-fast")
        .bodyProperty("cleared", null)
        .build();
    ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    both.call(() -> client().chat().create(request, opts),
        () -> client().async().chat().create(request, opts));
    RecordedRequest r = taken();
    assertEquals("POST /v1/chat/completions?trace=on HTTP/1.1", r.getRequestLine());
    assertEquals("conv-42", r.getHeader("x-grok-conv-id"));
    assertJson("{\"model\":\"grok-4-fast\",\"new_field\":{\"a\":1},\"cleared\":null,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}", r);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void perRequestTimeoutEndsTheCall(Both both) {
    xai.enqueue(new MockResponse().setBody("{}").setHeadersDelay(3, TimeUnit.SECONDS));
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(300))
        .maxRetries(0).build();
    XaiIoException e = assertThrows(XaiIoException.class,
        () -> both.call(() -> client().models().list(quick),
            () -> client().async().models().list(quick)));
    assertTrue(e.isTimeout(), e.getMessage());
  }

  @Test
  void aNullInsideJsonTheCallerGaveIsSent() {
    // A JSON schema's "default": null means something; it was once dropped on the way out.
    answer("{\"id\":\"c1\",\"model\":\"grok-4\",\"choices\":[]}");
    String tools = "[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
        + "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":[\"string\",\"null\"],"
        + "\"default\":null}}}}}]";
    ChatRequest request = io.github.xaijava.XaiJson.gson().fromJson(
        "{\"model\":\"grok-4\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
            + "\"tools\":" + tools + "}", ChatRequest.class);
    client().chat().create(request);
    assertJson("{\"model\":\"grok-4\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
        + "\"tools\":" + tools + "}", taken());
  }

  @Test
  void aBlockingCallRunsOnTheCallersThread() {
    answer("{\"object\":\"list\",\"data\":[]}");
    assertTrue(client().models().list().data().isEmpty());
    assertEquals("GET /v1/models HTTP/1.1", taken().getRequestLine());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void badArgumentsFailBeforeAnythingIsSent(Both way) {
    XaiClient client = xai.client();
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> way.call(
        () -> client.files().retrieve(" "), () -> client.async().files().retrieve(" ")));
    assertEquals("fileId is blank", blank.getMessage());
    NullPointerException none = assertThrows(NullPointerException.class, () -> way.call(
        () -> client.chat().create(null), () -> client.async().chat().create(null)));
    assertEquals("request == null", none.getMessage());
    ChatRequest streaming = ChatRequest.builder().model("grok-4").stream(true).build();
    IllegalArgumentException stream = assertThrows(IllegalArgumentException.class, () -> way.call(
        () -> client.chat().create(streaming), () -> client.async().chat().create(streaming)));
    assertTrue(stream.getMessage().contains("chat().stream(request)"), stream.getMessage());
    ChatRequest deferred = ChatRequest.builder().model("grok-4").deferred(true).build();
    assertThrows(IllegalArgumentException.class, () -> client.chat().create(deferred));
    assertThrows(IllegalArgumentException.class, () -> client.models().get(""));
    assertThrows(IllegalArgumentException.class, () -> client.chat().resumeDeferred(""));
    assertEquals(0, xai.server().getRequestCount());
  }
}
