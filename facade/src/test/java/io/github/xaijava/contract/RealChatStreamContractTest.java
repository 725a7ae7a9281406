package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Choice;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.streaming.ChatStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every recorded xAI chat stream in {@code shared/realtraffic} through the SSE parser and
 * the accumulator, over a real socket. Skips when that directory is absent (it is not part of
 * this repository).
 */
class RealChatStreamContractTest {

  static Path realTraffic() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("realtraffic");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedChatStreamParsesAndAccumulates() throws IOException {
    Path dir = realTraffic();
    Assumptions.assumeTrue(dir != null, "shared/realtraffic not present");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().contains("streaming"))
          .filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no *streaming* recordings");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    JsonObject exchange = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    JsonObject response = exchange.getAsJsonObject("response");
    assertEquals(200, response.get("status").getAsInt());
    String body = response.get("body").getAsString();
    long dataFrames = body.lines().filter(l -> l.startsWith("data: {")).count();

    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
          .setChunkedBody(new Buffer().writeUtf8(body), 13));
      server.start();
      OkHttpClient client = new OkHttpClient();
      Call call = client.newCall(new Request.Builder().url(server.url("/v1/chat/completions")).build());
      try (ChatStream stream = Streams.chat(call, XaiJson.gson())) {
        long chunks = 0;
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        for (ChatResponseChunk chunk : stream) {
          chunks++;
          chunk.getChoices().forEach(c -> {
            if (c.getDelta() != null && c.getDelta().getContent() != null) {
              content.append(c.getDelta().getContent());
            }
            if (c.getDelta() != null && c.getDelta().getReasoningContent() != null) {
              reasoning.append(c.getDelta().getReasoningContent());
            }
          });
        }
        assertEquals(dataFrames, chunks, "every data frame became a chunk");
        ChatResponse whole = stream.accumulated();
        assertFalse(whole.getChoices().isEmpty());
        Choice choice = whole.getChoices().get(0);
        assertEquals("assistant", choice.getMessage().getRole());
        assertNotNull(choice.getFinishReason());
        assertEquals(content.length() == 0 ? null : content.toString(), choice.getMessage().getContent());
        if (reasoning.length() > 0) {
          assertEquals(reasoning.toString(), choice.getMessage().getReasoningContent());
        }
        if ("tool_calls".equals(choice.getFinishReason())) {
          List<ToolCall> calls = choice.getMessage().getToolCalls();
          assertNotNull(calls);
          for (ToolCall call1 : calls) {
            assertNotNull(call1.getId());
            assertNotNull(call1.getFunction().getName());
            // arguments are complete JSON once folded
            JsonParser.parseString(call1.getFunction().getArguments()).getAsJsonObject();
          }
        }
        if (body.contains("\"usage\"")) {
          assertNotNull(whole.getUsage(), "usage chunk folded in");
          assertTrue(whole.getUsage().getTotalTokens() > 0);
        }
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
  }
}
