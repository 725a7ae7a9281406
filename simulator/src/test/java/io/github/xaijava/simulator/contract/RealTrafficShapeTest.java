package io.github.xaijava.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.testing.SpecFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the requests of recorded real xAI traffic (in the shared folder next to the project, when
 * it is there) against the simulator and checks that the answers have the same shape: the same
 * fields in the same order, the same {@code object} and resolved {@code model}, the same chunk
 * shapes in a stream. Values (text, ids, token counts) are the simulator's own.
 */
class RealTrafficShapeTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static XaiSimulator sim;

  @BeforeAll
  static void start() {
    sim = XaiSimulator.builder().build().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @TestFactory
  Stream<DynamicTest> answersHaveTheShapeOfRealOnes() throws IOException {
    Optional<Path> folder = SpecFiles.realTraffic();
    Assumptions.assumeTrue(folder.isPresent(), "no recorded traffic next to the project");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder.get())) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    JsonObject recorded = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    JsonObject request = recorded.getAsJsonObject("request");
    JsonObject response = recorded.getAsJsonObject("response");
    String path = URI.create(request.get("url").getAsString()).getPath();
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .header("Authorization", "Bearer " + sim.apiKey()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.get("body").getAsString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(response.get("status").getAsInt(), r.statusCode(), r.body());
    String real = response.get("body").getAsString();
    if (!real.startsWith("data: ")) {
      JsonObject expected = JsonParser.parseString(real).getAsJsonObject();
      JsonObject actual = JsonParser.parseString(r.body()).getAsJsonObject();
      assertEquals(shape(expected), shape(actual));
      assertEquals(expected.get("model"), actual.get("model"));
      assertEquals(expected.get("object"), actual.get("object"));
      return;
    }
    assertTrue(r.body().endsWith("data: [DONE]\n\n"));
    assertEquals(chunkShapes(real), chunkShapes(r.body()));
  }

  /** The distinct shapes of a stream's chunks, in order of first appearance. */
  private static List<String> chunkShapes(String stream) {
    List<String> shapes = new ArrayList<>();
    for (String frame : stream.split("\n\n")) {
      if (frame.isEmpty() || frame.equals("data: [DONE]")) {
        continue;
      }
      String s = shape(JsonParser.parseString(frame.substring("data: ".length())));
      if (!shapes.contains(s)) {
        shapes.add(s);
      }
    }
    return shapes;
  }

  /** Field names in order, recursively; arrays by their first element; primitives by kind. */
  static String shape(JsonElement e) {
    if (e.isJsonNull()) {
      return "null";
    }
    if (e.isJsonPrimitive()) {
      return e.getAsJsonPrimitive().isString() ? "s" : e.getAsJsonPrimitive().isNumber() ? "n" : "b";
    }
    if (e.isJsonArray()) {
      return e.getAsJsonArray().size() == 0 ? "[]" : "[" + shape(e.getAsJsonArray().get(0)) + "]";
    }
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
      sb.append(m.getKey()).append(':').append(shape(m.getValue())).append(',');
    }
    return sb.append('}').toString();
  }
}
