package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
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
import io.github.xaijava.internal.http.RecordingSleeper;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.pagination.ListOrder;
import io.github.xaijava.services.FileUpload;
import io.github.xaijava.services.FileUploadOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact request line, headers and body for operations of every service. */
class ServicesRequestTest {

  private MockWebServer server;
  private XaiClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = TestClients.client(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private void answer(String json) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("Bearer " + TestClients.KEY, r.getHeader("Authorization"));
    assertTrue(r.getHeader("User-Agent").startsWith("xai-java/"), r.getHeader("User-Agent"));
    return r;
  }

  private static void assertJson(String expected, RecordedRequest r) {
    assertTrue(r.getHeader("Content-Type").startsWith("application/json"), r.getHeader("Content-Type"));
    assertEquals(JsonParser.parseString(expected), JsonParser.parseString(r.getBody().readUtf8()));
  }

  @Test
  void chatCreateSendsOnlyTheFieldsSet() throws Exception {
    answer("{\"id\":\"c1\",\"model\":\"grok-4-0709\",\"choices\":[]}");
    ChatResponse r = client.chat().create(
        new ChatRequest().model("grok-4").messages(List.of(ChatMessages.system("Be brief."),
            ChatMessages.user("Hi"))));
    assertEquals("c1", r.getId());
    assertEquals("grok-4-0709", r.getModel());
    RecordedRequest req = taken();
    assertEquals("POST /v1/chat/completions HTTP/1.1", req.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"Hi\"}]}", req);
  }

  @Test
  void deferredCompletionPendingIsNull() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(202));
    assertNull(client.chat().getDeferredCompletion("req-1"));
    assertEquals("GET /v1/chat/deferred-completion/req-1 HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void responsesOperations() throws Exception {
    answer("{\"id\":\"resp_1\"}");
    client.responses().create(new ModelRequest().model("grok-4").store(false));
    RecordedRequest r = taken();
    assertEquals("POST /v1/responses HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"store\":false}", r);

    answer("{\"id\":\"resp_1\"}");
    client.responses().retrieve("resp_1");
    assertEquals("GET /v1/responses/resp_1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"resp_1\",\"deleted\":true}");
    client.responses().delete("resp_1");
    assertEquals("DELETE /v1/responses/resp_1 HTTP/1.1", taken().getRequestLine());

    answer("{\"data\":[],\"has_more\":false}");
    client.responses().inputItems("resp_1",
        CursorListParams.builder().limit(5).order(ListOrder.DESC).build());
    assertEquals("GET /v1/responses/resp_1/input_items?limit=5&order=desc HTTP/1.1",
        taken().getRequestLine());

    answer("{}");
    client.responses().compact(new io.github.xaijava.generated.model.CompactRequest().model("grok-4"));
    assertEquals("POST /v1/responses/compact HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void messagesCompletionsEmbeddings() throws Exception {
    answer("{\"id\":\"msg_1\"}");
    client.messages().create(new MessageRequest().model("grok-3").maxTokens(16));
    RecordedRequest r = taken();
    assertEquals("POST /v1/messages HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"max_tokens\":16}", r);

    answer("{}");
    client.completions().create(new SampleRequest().model("grok-3").maxTokens(5));
    r = taken();
    assertEquals("POST /v1/completions HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"max_tokens\":5}", r);

    answer("{}");
    client.completions().complete(new CompleteRequest().model("grok-3").prompt("\n\nHuman: hi"));
    r = taken();
    assertEquals("POST /v1/complete HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-3\",\"prompt\":\"\\n\\nHuman: hi\"}", r);

    answer("{\"data\":[]}");
    client.embeddings().create(new EmbeddingRequest().model("v1").dimensions(8));
    r = taken();
    assertEquals("POST /v1/embeddings HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"v1\",\"dimensions\":8}", r);
  }

  @Test
  void everyModelsOperation() throws Exception {
    String[] lines = {
      "GET /v1/models", "GET /v1/models/grok-4",
      "GET /v1/language-models", "GET /v1/language-models/grok-4",
      "GET /v1/embedding-models", "GET /v1/embedding-models/v1",
      "GET /v1/image-generation-models", "GET /v1/image-generation-models/grok-2-image",
      "GET /v1/video-generation-models", "GET /v1/video-generation-models/grok-video"};
    for (int i = 0; i < lines.length; i++) {
      answer(i % 2 == 0 ? "{\"data\":[{\"id\":\"m\"}]}" : "{\"id\":\"m\"}");
    }
    assertEquals("m", client.models().list().getData().get(0).getId());
    client.models().retrieve("grok-4");
    client.models().listLanguageModels();
    client.models().retrieveLanguageModel("grok-4");
    client.models().listEmbeddingModels();
    client.models().retrieveEmbeddingModel("v1");
    client.models().listImageGenerationModels();
    client.models().retrieveImageGenerationModel("grok-2-image");
    client.models().listVideoGenerationModels();
    client.models().retrieveVideoGenerationModel("grok-video");
    for (String line : lines) {
      assertEquals(line + " HTTP/1.1", taken().getRequestLine());
    }
  }

  @Test
  void imagesAndVideos() throws Exception {
    answer("{\"data\":[{\"url\":\"https://x/1.png\"}]}");
    client.images().generate(new GenerateImageRequest().model("grok-2-image").prompt("a cat").n(1));
    RecordedRequest r = taken();
    assertEquals("POST /v1/images/generations HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-2-image\",\"prompt\":\"a cat\",\"n\":1}", r);

    answer("{\"request_id\":\"vid-1\"}");
    assertEquals("vid-1", client.videos()
        .generate(new GenerateVideoRequest().model("grok-video").prompt("waves")).requestId());
    r = taken();
    assertEquals("POST /v1/videos/generations HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-video\",\"prompt\":\"waves\"}", r);

    server.enqueue(new MockResponse().setResponseCode(202));
    assertNull(client.videos().retrieve("vid-1"));
    assertEquals("GET /v1/videos/vid-1 HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void filesOperations() throws Exception {
    answer("{\"id\":\"file-1\",\"filename\":\"a.txt\"}");
    ModelFile f = client.files().upload(
        FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt"),
        FileUploadOptions.builder().purpose("assistants").build());
    assertEquals("file-1", f.getId());
    RecordedRequest r = taken();
    assertEquals("POST /v1/files HTTP/1.1", r.getRequestLine());
    assertTrue(r.getHeader("Content-Type").startsWith("multipart/form-data; boundary="));
    String body = r.getBody().readUtf8();
    int purpose = body.indexOf("name=\"purpose\"");
    int file = body.indexOf("name=\"file\"; filename=\"a.txt\"");
    assertTrue(purpose >= 0 && file > purpose, body);
    assertTrue(body.contains("\r\n\r\nhello\r\n"), body);

    answer("{\"data\":[],\"pagination_token\":\"t\"}");
    client.files().list(
        FileListParams.builder().limit(10).order(ListOrder.DESC).sortBy("size").build());
    assertEquals("GET /v1/files?limit=10&order=desc&sort_by=size HTTP/1.1",
        taken().getRequestLine());

    answer("{\"id\":\"file-1\"}");
    client.files().retrieve("file-1");
    assertEquals("GET /v1/files/file-1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"file-1\",\"deleted\":true}");
    client.files().delete("file-1");
    assertEquals("DELETE /v1/files/file-1 HTTP/1.1", taken().getRequestLine());

    server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(new byte[] {0, 1, 2, (byte) 255})));
    try (InputStream in = client.files().content("file-1", ContentFormat.TEXT)) {
      assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, in.readAllBytes());
    }
    assertEquals("GET /v1/files/file-1/content?format=text HTTP/1.1", taken().getRequestLine());

    answer("{\"url\":\"https://x\"}");
    client.files().createPublicUrl("file-1", new CreatePublicUrlRequest().expiresAfter(3600L));
    r = taken();
    assertEquals("POST /v1/files/file-1/public-url HTTP/1.1", r.getRequestLine());
    assertJson("{\"expires_after\":3600}", r);

    answer("{}");
    client.files().revokePublicUrl("file-1");
    assertEquals("POST /v1/files/file-1/public-url/revoke HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void skillsOperations() throws Exception {
    answer("{\"id\":\"skill-1\"}");
    client.skills().upload(List.of(
        FileUpload.of("# s".getBytes(StandardCharsets.UTF_8), "SKILL.md"),
        FileUpload.of("print(1)".getBytes(StandardCharsets.UTF_8), "run.py")));
    RecordedRequest r = taken();
    assertEquals("POST /v1/skills HTTP/1.1", r.getRequestLine());
    String body = r.getBody().readUtf8();
    int a = body.indexOf("name=\"files\"; filename=\"SKILL.md\"");
    int b = body.indexOf("name=\"files\"; filename=\"run.py\"");
    assertTrue(a >= 0 && b > a, body);

    answer("{\"data\":[],\"has_more\":false}");
    client.skills().list(CursorListParams.builder().limit(2).order(ListOrder.ASC).build());
    assertEquals("GET /v1/skills?limit=2&order=asc HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"skill-1\"}");
    client.skills().retrieve("skill-1");
    assertEquals("GET /v1/skills/skill-1 HTTP/1.1", taken().getRequestLine());

    answer("{\"id\":\"skill-1\",\"deleted\":true}");
    client.skills().delete("skill-1");
    assertEquals("DELETE /v1/skills/skill-1 HTTP/1.1", taken().getRequestLine());

    server.enqueue(new MockResponse().setHeader("Content-Type", "application/zip").setBody("PK"));
    try (InputStream in = client.skills().content("skill-1")) {
      assertArrayEquals("PK".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertEquals("GET /v1/skills/skill-1/content HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void documentsTokenizerApiKey() throws Exception {
    answer("{\"matches\":[]}");
    client.documents().search(new SearchRequest().query("q").limit(3));
    RecordedRequest r = taken();
    assertEquals("POST /v1/documents/search HTTP/1.1", r.getRequestLine());
    assertJson("{\"query\":\"q\",\"limit\":3}", r);

    answer("{\"token_ids\":[]}");
    client.tokenizer().tokenize(new TokenizeRequest().model("grok-4").text("hi"));
    r = taken();
    assertEquals("POST /v1/tokenize-text HTTP/1.1", r.getRequestLine());
    assertJson("{\"model\":\"grok-4\",\"text\":\"hi\"}", r);

    answer("{\"name\":\"k\",\"redacted_api_key\":\"xai-...cdef\"}");
    ApiKey key = client.apiKey().retrieve();
    assertEquals("xai-...cdef", key.getRedactedApiKey());
    assertEquals("GET /v1/api-key HTTP/1.1", taken().getRequestLine());

    answer("{}");
    client.apiKey().me();
    assertEquals("GET /v1/me HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void requestOptionsAddHeadersQueryAndBodyProperties() throws Exception {
    answer("{\"id\":\"c1\"}");
    RequestOptions opts = RequestOptions.builder()
        .header("x-grok-conv-id", "conv-42")
        .queryParam("trace", "on")
        .bodyProperty("new_field", Map.of("a", 1))
        .bodyProperty("model", "grok-4-fast")
        .build();
    client.chat().create(new ChatRequest().model("grok-4").messages(List.of(ChatMessages.user("Hi"))), opts);
    RecordedRequest r = taken();
    assertEquals("POST /v1/chat/completions?trace=on HTTP/1.1", r.getRequestLine());
    assertEquals("conv-42", r.getHeader("x-grok-conv-id"));
    assertJson("{\"model\":\"grok-4-fast\",\"new_field\":{\"a\":1},"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}", r);
  }

  @Test
  void asyncVariantsComplete() throws Exception {
    answer("{\"id\":\"c-async\"}");
    answer("{\"data\":[]}");
    ChatResponse r = client.chat()
        .createAsync(new ChatRequest().model("grok-4").messages(List.of(ChatMessages.user("Hi"))))
        .get(5, TimeUnit.SECONDS);
    assertEquals("c-async", r.getId());
    assertEquals(0, client.models().listAsync().get(5, TimeUnit.SECONDS).getData().size());
    assertEquals("POST /v1/chat/completions HTTP/1.1", taken().getRequestLine());
    assertEquals("GET /v1/models HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void perRequestTimeoutEndsTheCall() {
    server.enqueue(new MockResponse().setBody("{}").setHeadersDelay(3, TimeUnit.SECONDS));
    io.github.xaijava.errors.XaiIoException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.xaijava.errors.XaiIoException.class,
        () -> client.models().list(RequestOptions.builder()
            .timeout(Duration.ofMillis(300)).maxRetries(0).build()));
    assertTrue(e.isTimeout(), e.getMessage());
  }
}
