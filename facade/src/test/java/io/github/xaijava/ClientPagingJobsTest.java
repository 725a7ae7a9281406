package io.github.xaijava;

import io.github.xaijava.generated.model.ContentFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pagination, jobs, uploads and downloads reached through {@link XaiClient}: the services use
 * the client's transport (auth, retries), its sleeper for blocking poll waits and its scheduler
 * for asynchronous ones.
 */
class ClientPagingJobsTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private XaiClient client;
  private MockWebServer server;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    client = xai.client();
    server = xai.server();
  }

  private void fixture(String path) {
    xai.fixture(path);
  }

  private void json(int code, String body) {
    xai.json(code, body);
  }

  private void pending() {
    xai.pending();
  }

  private RecordedRequest taken() {
    RecordedRequest r = xai.take();
    assertEquals("Bearer " + TestClients.KEY, r.getHeader("Authorization"));
    return r;
  }

  @Test
  void listAllFilesAcrossThreePagesWithTheAlwaysPresentToken() throws Exception {
    fixture("files/page-1-of-3.json");
    fixture("files/page-2-of-3.json");
    fixture("files/page-3-of-3-short.json");

    Page<ModelFile> first = client.files().list(FileListParams.builder().limit(2).build());
    List<String> ids = first.autoPager().stream().map(ModelFile::id)
        .collect(Collectors.toList());

    assertEquals(List.of("file_1", "file_2", "file_3", "file_4", "file_5"), ids);
    String[] tokens = {null, "tok_2", "tok_4"};
    for (String token : tokens) {
      HttpUrl url = taken().getRequestUrl();
      assertEquals("/v1/files", url.encodedPath());
      assertEquals("2", url.queryParameter("limit"));
      assertEquals(token, url.queryParameter("pagination_token"));
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void asyncPagesAreFetchedWithoutBlocking() throws Exception {
    fixture("files/page-1-of-3.json");
    fixture("files/page-2-of-3.json");
    fixture("files/page-3-of-3-short.json");
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    List<String> ids = Collections.synchronizedList(new ArrayList<>());

    String caller = Thread.currentThread().getName();
    client.async().files().list(FileListParams.builder().limit(2).build())
        .thenCompose(page -> page.autoPager().forEachAsync(f -> {
          ids.add(f.id());
          threads.add(Thread.currentThread().getName());
        }))
        .get(5, TimeUnit.SECONDS);

    assertEquals(List.of("file_1", "file_2", "file_3", "file_4", "file_5"), ids);
    // The first page may already be complete when the walk is chained (then its items run on the
    // caller); every later page is fetched and handled on OkHttp's threads.
    List<String> later = threads.subList(2, threads.size());
    assertTrue(later.stream().allMatch(t -> t.startsWith("OkHttp")), threads.toString());
    assertFalse(later.contains(caller));
  }

  @Test
  void skillsAndInputItemsFollowHasMoreWithAfterLastId() throws Exception {
    fixture("skills/page-1-has-more.json");
    fixture("skills/page-2-last.json");
    List<Skill> skills = new ArrayList<>();
    client.skills().list(CursorListParams.builder().limit(2).build()).autoPager()
        .forEach(skills::add);
    assertEquals(List.of("skill_1", "skill_2", "skill_3"),
        skills.stream().map(Skill::id).collect(Collectors.toList()));
    assertNull(taken().getRequestUrl().queryParameter("after"));
    assertEquals("skill_2", taken().getRequestUrl().queryParameter("after"));

    json(200, "{\"data\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"first_id\":\"in_1\",\"last_id\":\"in_1\",\"has_more\":true}");
    json(200, "{\"data\":[],\"has_more\":false}");
    List<ModelInputPart> items = new ArrayList<>();
    client.async().responses().inputItems("resp_1").get(5, TimeUnit.SECONDS).autoPager()
        .forEach(items::add);
    assertEquals(1, items.size());
    assertEquals("/v1/responses/resp_1/input_items", taken().getRequestUrl().encodedPath());
    assertEquals("in_1", taken().getRequestUrl().queryParameter("after"));
  }

  @Test
  void deferredCompletionPollsThroughTheClientAndKeepsTheResult() throws Exception {
    fixture("jobs/deferred-started.json");
    pending();
    pending();
    fixture("jobs/deferred-done.json");
    ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();

    DeferredCompletion job = client.chat().startDeferred(request);
    ChatResponse first = job.await(Duration.ofMinutes(1));
    ChatResponse again = job.await(Duration.ofMinutes(1));

    assertEquals("req_deferred_1", job.requestId());
    assertSame(first, again);
    assertTrue(request.deferred().isEmpty(), "the caller's request is not changed");
    RecordedRequest start = taken();
    assertEquals("POST /v1/chat/completions HTTP/1.1", start.getRequestLine());
    JsonObject body = JsonParser.parseString(start.getBody().readUtf8()).getAsJsonObject();
    assertTrue(body.get("deferred").getAsBoolean());
    assertEquals("grok-4", body.get("model").getAsString());
    for (int i = 0; i < 3; i++) {
      assertEquals("GET /v1/chat/deferred-completion/req_deferred_1 HTTP/1.1",
          taken().getRequestLine());
    }
    assertEquals(4, server.getRequestCount(), "a kept result is not fetched twice");
    assertEquals(2, xai.sleeper().sleeps().size(), "waits go through the client's sleeper");
  }

  @Test
  void theClientsPollOptionsPaceTheWaits() throws Exception {
    client = xai.client(b -> b.pollOptions(io.github.xaijava.config.PollOptions.builder()
        .initialInterval(Duration.ofMillis(200)).multiplier(2).maxInterval(Duration.ofMillis(300))
        .build()));
    fixture("jobs/deferred-started.json");
    pending();
    pending();
    pending();
    fixture("jobs/deferred-done.json");

    client.chat().startDeferred(ChatRequest.builder().model("grok-4").build())
        .await(Duration.ofMinutes(1));

    assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300)),
        xai.sleeper().sleeps());
  }

  @Test
  void startDeferredAsyncAndAwaitAsyncScheduleTheirWaits() throws Exception {
    fixture("jobs/deferred-started.json");
    pending();
    fixture("jobs/deferred-done.json");
    RequestOptions withExtra = RequestOptions.builder().bodyProperty("x_extra", 1).build();

    ChatResponse r = client.async().chat()
        .startDeferred(ChatRequest.builder().model("grok-4").build(), withExtra)
        .thenCompose(DeferredCompletion::awaitAsync)
        .get(5, TimeUnit.SECONDS);

    assertEquals("req_deferred_1", r.id());
    assertEquals(1, xai.scheduler().delays().size(), "the wait was scheduled");
    assertTrue(xai.sleeper().sleeps().isEmpty(), "no thread slept");
    assertTrue(taken().getBody().readUtf8().contains("\"x_extra\":1"));
    assertEquals("GET", taken().getMethod(), "body properties stay on the POST");
  }

  @Test
  void resumedDeferredHandleAnswers404AsTyped() {
    json(404, "{\"code\":\"not_found\",\"error\":\"gone\"}");
    DeferredCompletion job = client.chat().resumeDeferred("req_gone");
    assertEquals("req_gone", job.requestId());
    assertThrows(NotFoundException.class, job::poll);
  }

  @Test
  void videoJobPendingThenDoneWithProgress() throws Exception {
    fixture("jobs/video-started.json");
    pending();
    fixture("jobs/video-pending-40.json");
    fixture("jobs/video-done.json");
    List<Integer> progress = new ArrayList<>();

    VideoJob job = client.videos().startGeneration(GenerateVideoRequest.builder()
        .model("grok-imagine-video").prompt("waves").build());
    VideoResponse done = job.await(Duration.ofMinutes(5),
        s -> progress.add(s.progress().orElse(-1)));

    assertEquals("vid_1", job.requestId());
    assertEquals("https://vidgen.x.ai/vid_1.mp4", done.video().orElseThrow().url().orElseThrow());
    assertEquals(List.of(40, 100), progress);
    assertEquals("POST /v1/videos/generations HTTP/1.1", taken().getRequestLine());
    assertEquals("GET /v1/videos/vid_1 HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void resumedVideoJobFailsWithXaisCode() throws Exception {
    fixture("jobs/video-pending-40.json");
    fixture("jobs/video-failed.json");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.videos().resume("vid_1").awaitAsync().get(5, TimeUnit.SECONDS));

    JobFailedException failed = assertInstanceOf(JobFailedException.class, e.getCause());
    assertEquals("vid_1", failed.requestId());
    assertEquals("invalid_argument", failed.code().orElseThrow());
    assertEquals("The prompt was rejected by moderation", failed.errorMessage().orElseThrow());
  }

  @Test
  void uploadsFromPathAndFromStreamOfUnknownLength() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.md"), "# notes");
    json(200, "{\"id\":\"file_1\"}");
    client.files().upload(FileUpload.of(file),
        FileUploadOptions.builder().expiresAfter(Duration.ofHours(2)).purpose("assistants")
            .build());
    List<String[]> parts = parts(taken());
    assertEquals(List.of("expires_after", "purpose", "file"),
        parts.stream().map(p -> p[0]).collect(Collectors.toList()));
    assertEquals("7200", parts.get(0)[2]);
    assertTrue(parts.get(2)[0].equals("file") && parts.get(2)[1].contains("filename=\"notes.md\""));
    assertEquals("# notes", parts.get(2)[2]);

    json(200, "{\"id\":\"skill_1\"}");
    InputStream unknownLength =
        new ByteArrayInputStream("print(1)".getBytes(StandardCharsets.UTF_8));
    client.async().skills().upload(List.of(
        FileUpload.of("# s".getBytes(StandardCharsets.UTF_8), "SKILL.md"),
        FileUpload.of(unknownLength, "run.py").withContentType("text/x-python")))
        .get(5, TimeUnit.SECONDS);
    RecordedRequest skill = taken();
    assertEquals("POST /v1/skills HTTP/1.1", skill.getRequestLine());
    parts = parts(skill);
    assertEquals(2, parts.size());
    assertTrue(parts.get(1)[1].contains("filename=\"run.py\""), parts.get(1)[1]);
    assertEquals("print(1)", parts.get(1)[2]);
  }

  @Test
  void downloadsStreamToPathAndInputStream() throws Exception {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    server.enqueue(new MockResponse().setBody(new Buffer().write(content)));
    Path target = dir.resolve("out.bin");
    assertEquals(content.length, client.files().download("file_1", target));
    assertArrayEquals(content, Files.readAllBytes(target));
    // Only what the caller sets is sent: xAI's own default format applies.
    assertEquals("GET /v1/files/file_1/content HTTP/1.1", taken().getRequestLine());

    server.enqueue(new MockResponse().setBody("text"));
    assertEquals(4, client.files().download("file_1", ContentFormat.TEXT, target));
    assertEquals("GET /v1/files/file_1/content?format=text HTTP/1.1", taken().getRequestLine());

    server.enqueue(new MockResponse().setBody(new Buffer().write(content)));
    try (InputStream in = client.async().skills().content("skill_1").get(5, TimeUnit.SECONDS)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    assertEquals("GET /v1/skills/skill_1/content HTTP/1.1", taken().getRequestLine());
    assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".part")));
  }

  /** Each part as {name, Content-Disposition + Content-Type, body}. */
  private static List<String[]> parts(RecordedRequest request) throws Exception {
    String type = request.getHeader("Content-Type");
    String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
    List<String[]> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(request.getBody(), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = disposition.replaceAll(".*name=\"([^\"]*)\".*", "$1");
        if (disposition.contains("filename=")) {
          name = disposition.replaceAll(".*; name=\"([^\"]*)\".*", "$1");
        }
        parts.add(new String[] {name, disposition + "|" + part.headers().get("Content-Type"),
            part.body().readUtf8()});
      }
    }
    return parts;
  }
}
