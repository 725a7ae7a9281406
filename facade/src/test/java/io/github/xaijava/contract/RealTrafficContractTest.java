package io.github.xaijava.contract;

import static io.github.xaijava.testsupport.Json.read;
import static io.github.xaijava.testsupport.Json.tree;
import static io.github.xaijava.testsupport.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.testing.SpecFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Contract check against real xAI exchanges kept in {@code shared/realtraffic} next to the
 * project. Skipped when that folder is absent (a user's machine). Every request body must
 * survive a round trip exactly; every answer and stream chunk must read, and what we write back
 * must be exactly what xAI sent, explicit nulls aside.
 */
class RealTrafficContractTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedExchangeReadsAndRoundTrips() throws IOException {
    Optional<Path> dir = SpecFiles.realTraffic();
    assumeTrue(dir.isPresent(), "shared/realtraffic is absent: contract check skipped");
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir.get())) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(32, files.size(), "expected the 32 recorded exchanges");
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> check(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
            .getAsJsonObject())));
  }

  private static void check(JsonObject exchange) {
    String requestBody = exchange.getAsJsonObject("request").get("body").getAsString();
    ChatRequest request = read(requestBody, ChatRequest.class);
    assertEquals(tree(requestBody), tree(write(request)), "request round trip");

    String body = exchange.getAsJsonObject("response").get("body").getAsString();
    if (request.stream().orElse(false)) {
      int chunks = 0;
      for (String line : body.split("\n")) {
        if (!line.startsWith("data: ") || line.equals("data: [DONE]")) {
          continue;
        }
        String data = line.substring("data: ".length());
        ChatResponseChunk chunk = read(data, ChatResponseChunk.class);
        assertNotNull(chunk.id());
        assertEquals(withoutNulls(tree(data)), tree(write(chunk)), "chunk round trip");
        chunks++;
      }
      assertTrue(chunks > 0, "stream had no chunks");
    } else {
      ChatResponse response = read(body, ChatResponse.class);
      assertFalse(response.choices().isEmpty());
      assertEquals(withoutNulls(tree(body)), tree(write(response)), "response round trip");
      assertTrue(response.usage().orElseThrow().totalTokens() > 0);
      assertFalse(response.text().isEmpty() && !response.hasToolCalls(), "no text and no tools");
    }
  }

  /** The JSON as xAI sent it, minus explicit nulls (which we do not write back). */
  private static JsonElement withoutNulls(JsonElement json) {
    if (json.isJsonObject()) {
      JsonObject copy = new JsonObject();
      json.getAsJsonObject().entrySet().stream()
          .filter(member -> !member.getValue().isJsonNull())
          .forEach(member -> copy.add(member.getKey(), withoutNulls(member.getValue())));
      return copy;
    }
    if (json.isJsonArray()) {
      JsonArray copy = new JsonArray();
      json.getAsJsonArray().forEach(element -> copy.add(withoutNulls(element)));
      return copy;
    }
    return json;
  }
}
