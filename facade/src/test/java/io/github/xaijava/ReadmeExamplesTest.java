package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelInput;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.StreamOptions;
import io.github.xaijava.generated.model.UserMessage;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.internal.http.RecordingSleeper;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.pagination.ListOrder;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code of README.md, run against a loopback server that answers like xAI. When an example
 * in the README changes, change it here too: this keeps the README's code compiling and true.
 */
class ReadmeExamplesTest {

  private static final String CHAT_RESPONSE = """
      {"id":"c1","object":"chat.completion","created":1,"model":"grok-4","choices":[{"index":0,
       "message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}
      """;

  private final List<String> printed = new ArrayList<>();
  private final AtomicInteger deferredPolls = new AtomicInteger();
  private final AtomicInteger videoPolls = new AtomicInteger();
  private MockWebServer server;
  private XaiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new XaiLike());
    server.start();
    client = TestClients.client(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Test
  void quickStart() {
    try {
      ChatResponse r = client.chat().create(new ChatRequest()
          .model("grok-4")
          .messages(List.of(ChatMessages.user("Say hello in one word."))));
      println(r.getChoices().get(0).getMessage().getContent());
    } catch (RateLimitException e) {
      println("Slow down; retry after " + e.retryAfter().orElse(null));
    } catch (XaiApiException e) {
      println(e.getMessage());
    }
    assertEquals(List.of("Hello"), printed);

    try {
      client.chat().create(new ChatRequest().model("grok-beta"));
    } catch (RateLimitException e) {
      println("Slow down; retry after " + e.retryAfter().orElse(null));
    } catch (XaiApiException e) {
      println(e.getMessage());
    }
    assertTrue(printed.get(1).startsWith(
        "HTTP 404 (Some requested entity was not found): The model grok-beta"), printed.get(1));
  }

  @Test
  void streamingChat() {
    ChatRequest request = new ChatRequest().model("grok-4-fast")
        .addMessagesItem(ChatMessages.user("Write a haiku about Bern."))
        .streamOptions(new StreamOptions().includeUsage(true));
    StringBuilder out = new StringBuilder();
    ChatResponse whole;
    try (ChatStream stream = client.chat().stream(request)) {
      for (ChatResponseChunk chunk : stream) {
        chunk.getChoices().forEach(c -> out.append(
            c.getDelta().getContent() == null ? "" : c.getDelta().getContent()));
      }
      whole = stream.accumulated();
    }
    assertEquals("Hello, wörld 🌍", out.toString());
    assertEquals(out.toString(), whole.getChoices().get(0).getMessage().getContent());
  }

  @Test
  void streamingResponses() {
    StringBuilder out = new StringBuilder();
    ModelResponse done;
    try (ResponseStream stream = client.responses().stream(
        new ModelRequest().model("grok-4").input(ModelInput.ofString("Hello")))) {
      for (ResponseEvent event : stream) {
        if (event instanceof ResponseEvent.OutputTextDelta text) {
          out.append(text.delta());
        }
      }
      done = stream.completed().orElseThrow();
    }
    assertTrue(out.length() > 0);
    assertEquals("completed", done.getStatus());
  }

  @Test
  void listingAllFiles() {
    for (ModelFile f : client.files()
        .list(FileListParams.builder().limit(100).order(ListOrder.DESC).build())
        .autoPager()) {
      println(f.getId() + " " + f.getFilename());
    }
    assertEquals(List.of("file_1 a.pdf", "file_2 b.txt"), printed);
  }

  @Test
  void deferredCompletion() {
    DeferredCompletion job = client.chat().defer(new ChatRequest()
        .model("grok-4")
        .messages(List.of(ChatMessages.user("Write a long essay on tides."))));
    String id = job.requestId();
    ChatResponse essay = job.await(Duration.ofMinutes(10));
    assertEquals("deferred_1", id);
    assertEquals("Hello", essay.getChoices().get(0).getMessage().getContent());
    assertEquals(3, deferredPolls.get()); // 202, 202, 200
  }

  @Test
  void videoJob() {
    VideoJob video = client.videos().generate(new GenerateVideoRequest()
        .model("grok-imagine-video")
        .prompt("Waves rolling onto a beach at sunset"));
    VideoResponse done = video.await(Duration.ofMinutes(15),
        status -> println(status.getStatus() + " " + status.getProgress()));
    println(done.getVideo().getUrl());
    assertEquals(List.of("pending 40", "done null", "https://vidgen.x.ai/v.mp4"), printed);
  }

  @Test
  void generatedLayerRequest() {
    ChatRequest request = new ChatRequest()
        .model("grok-4")
        .addMessagesItem(Message.ofUserMessage(new UserMessage().content(Content.ofString("Hi"))));
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\"}",
        XaiJson.gson().toJson(request));
  }

  private void println(String line) {
    printed.add(line);
  }

  /** Answers each README call the way xAI would. */
  private final class XaiLike extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getRequestUrl().encodedPath();
      String body = request.getBody().readUtf8();
      if (path.equals("/v1/chat/completions")) {
        if (body.contains("\"stream\":true")) {
          return sse("chat-reasoning-content-usage.sse");
        }
        if (body.contains("\"deferred\":true")) {
          return json("{\"request_id\":\"deferred_1\"}");
        }
        if (body.contains("grok-beta")) {
          return json("{\"code\":\"Some requested entity was not found\",\"error\":\"The model "
              + "grok-beta was deprecated and is no longer accessible.\"}").setResponseCode(404);
        }
        return json(CHAT_RESPONSE);
      }
      if (path.equals("/v1/chat/deferred-completion/deferred_1")) {
        return deferredPolls.incrementAndGet() < 3 ? new MockResponse().setResponseCode(202)
            : json(CHAT_RESPONSE);
      }
      if (path.equals("/v1/responses")) {
        return sse("responses-full.sse");
      }
      if (path.equals("/v1/files")) {
        return json("{\"data\":[{\"id\":\"file_1\",\"filename\":\"a.pdf\",\"bytes\":10},"
            + "{\"id\":\"file_2\",\"filename\":\"b.txt\",\"bytes\":3}],\"pagination_token\":\"t1\"}");
      }
      if (path.equals("/v1/videos/generations")) {
        return json("{\"request_id\":\"video_1\"}");
      }
      if (path.equals("/v1/videos/video_1")) {
        return videoPolls.incrementAndGet() == 1
            ? json("{\"status\":\"pending\",\"progress\":40}")
            : json("{\"status\":\"done\",\"video\":{\"url\":\"https://vidgen.x.ai/v.mp4\","
                + "\"duration\":6}}");
      }
      return new MockResponse().setResponseCode(404);
    }

    private MockResponse json(String body) {
      return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private MockResponse sse(String fixture) {
      try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream(
          "/fixtures/streaming/" + fixture)) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream")
            .setBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
