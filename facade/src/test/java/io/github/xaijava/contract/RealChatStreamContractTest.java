package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Choice;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.testing.SpecFiles;
import io.github.xaijava.testsupport.Json;
import io.github.xaijava.testsupport.RecordingSleeper;
import io.github.xaijava.testsupport.StreamTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every recorded xAI chat stream in {@code shared/realtraffic} through the client, over a
 * real socket in small chunks: framing, decoding and accumulation as a user gets them. Skips when
 * that directory is absent (it is not part of this repository).
 */
class RealChatStreamContractTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedChatStreamParsesAndAccumulates() throws Exception {
    Optional<Path> dir = SpecFiles.realTraffic();
    Assumptions.assumeTrue(dir.isPresent(), "shared/realtraffic not present");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.get())) {
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
    ChatRequest request =
        Json.read(exchange.getAsJsonObject("request").get("body").getAsString(), ChatRequest.class);

    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(StreamTestSupport.sse(body, 13));
      server.start();
      try (XaiClient client = TestClients.client(server, new RecordingSleeper());
          ChatStream stream = client.chat().stream(request)) {
        long chunks = 0;
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        for (ChatResponseChunk chunk : stream) {
          chunks++;
          content.append(chunk.deltaText());
          reasoning.append(chunk.deltaReasoning());
        }
        assertEquals(dataFrames, chunks, "every data frame became a chunk");
        ChatResponse whole = stream.accumulated();
        assertFalse(whole.choices().isEmpty());
        Choice choice = whole.choices().get(0);
        assertEquals("assistant", choice.message().role());
        assertTrue(choice.finishReason().isPresent());
        assertEquals(content.toString(), whole.text());
        assertEquals(reasoning.toString(), whole.reasoningText());
        if ("tool_calls".equals(choice.finishReason().get())) {
          assertTrue(whole.hasToolCalls());
          for (ToolCall call : whole.toolCalls()) {
            assertFalse(call.id().isEmpty());
            assertFalse(call.function().name().isEmpty());
            // arguments are complete JSON once folded
            JsonParser.parseString(call.function().arguments()).getAsJsonObject();
          }
        }
        if (body.contains("\"usage\"")) {
          assertTrue(whole.usage().orElseThrow().totalTokens() > 0, "usage chunk folded in");
        }
      }
      assertTrue(server.takeRequest().getBody().readUtf8().contains("\"stream\":true"));
    }
  }
}
