package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that is no OpenAPI 3 document: exit status 2, one line saying why, and our document
 * byte for byte as it was (always a copy in a temporary folder, never the project's file).
 */
class BadInputTest {

  @TempDir
  Path dir;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
      0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4,
      (byte) 0x89};

  static Stream<Arguments> badDocuments() throws Exception {
    byte[] good = Files.readAllBytes(TestDocuments.resource("update/source.json"));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    return Stream.of(
        Arguments.of("png", PNG, "is a PNG image, not a JSON document"),
        Arguments.of("truncated", truncated, "is not valid JSON: it ends early"),
        Arguments.of("swagger2", ("{\"swagger\":\"2.0\",\"info\":{\"title\":\"x\",\"version\":\"1\"},"
            + "\"paths\":{}}").getBytes(StandardCharsets.UTF_8),
            "is a Swagger 2.0 document; only OpenAPI 3.0 and 3.1 are supported"),
        Arguments.of("text", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8), "is not valid JSON"),
        Arguments.of("empty", new byte[0], "is empty"),
        Arguments.of("array", "[1,2]".getBytes(StandardCharsets.UTF_8), "is JSON but not an object"),
        Arguments.of("no-paths", "{\"openapi\":\"3.1.0\",\"info\":{}}".getBytes(StandardCharsets.UTF_8),
            "has no paths object"),
        Arguments.of("openapi4", "{\"openapi\":\"4.0.0\",\"paths\":{}}".getBytes(StandardCharsets.UTF_8),
            "is OpenAPI 4.0.0; only OpenAPI 3.0 and 3.1 are supported"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void updateRefusesItAndLeavesOurDocumentAlone(String name, byte[] content, String reason) throws Exception {
    Path ours = copyOfOurs();
    byte[] before = Files.readAllBytes(ours);
    Path source = dir.resolve(name + ".json");
    Files.write(source, content);
    Path report = dir.resolve("report.md");

    Result result = run("update", ours.toString(), source.toString(), "--report", report.toString());

    assertEquals(2, result.status);
    assertEquals("", result.out);
    assertEquals(1, result.err.lines().count(), result.err);
    assertTrue(result.err.contains(reason), result.err);
    assertArrayEquals(before, Files.readAllBytes(ours));
    assertTrue(Files.notExists(report), "no report for input that was never read");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "nothing else written");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void checkRefusesItToo(String name, byte[] content, String reason) throws Exception {
    Path source = dir.resolve(name + ".json");
    Files.write(source, content);
    Result result = run("check", copyOfOurs().toString(), source.toString());
    assertEquals(2, result.status);
    assertTrue(result.err.contains(reason), result.err);
  }

  @Test
  void anUnreachableUrlIsUnusableInput() throws Exception {
    Path ours = copyOfOurs();
    byte[] before = Files.readAllBytes(ours);
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    String url = "http://127.0.0.1:" + port + "/openapi.json";
    Result result = run("update", ours.toString(), url);
    assertEquals(2, result.status);
    assertEquals("cannot fetch " + url + ": connection refused or host unreachable\n", result.err);
    assertEquals(1, result.err.lines().count(), result.err);
    assertArrayEquals(before, Files.readAllBytes(ours));
  }

  @Test
  void aUrlIsFetchedAndAnHttpErrorIsUnusableInput() throws Exception {
    byte[] source = Files.readAllBytes(TestDocuments.resource("update/source.json"));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/openapi.json", exchange -> {
      exchange.sendResponseHeaders(200, source.length);
      exchange.getResponseBody().write(source);
      exchange.close();
    });
    server.createContext("/missing.json", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path ours = copyOfOurs();
      Result fetched = run("check", ours.toString(), base + "/openapi.json");
      assertEquals(1, fetched.status, fetched.err);
      assertTrue(fetched.out.matches("\\d+ added, \\d+ changed, \\d+ breaking\n"), fetched.out);

      Result missing = run("update", ours.toString(), base + "/missing.json");
      assertEquals(2, missing.status);
      assertEquals("cannot fetch " + base + "/missing.json: HTTP 404\n", missing.err);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void oursMustBeUsableToo() throws Exception {
    Path broken = dir.resolve("openapi.json");
    Files.writeString(broken, "{\"openapi\":\"3.1.0\",");
    Result result = run("update", broken.toString(), TestDocuments.resource("update/source.json").toString());
    assertEquals(2, result.status);
    assertEquals("{\"openapi\":\"3.1.0\",", Files.readString(broken));
  }

  @Test
  void aMissingFileAndWrongArgumentsAreUnusable() throws Exception {
    Result missing = run("check", copyOfOurs().toString(), dir.resolve("nope.json").toString());
    assertEquals(2, missing.status);
    assertTrue(missing.err.endsWith("nope.json does not exist\n"), missing.err);
    Result usage = run("compare", "a", "b");
    assertEquals(2, usage.status);
    assertTrue(usage.err.startsWith("usage: "), usage.err);
  }

  private Path copyOfOurs() throws Exception {
    Path ours = dir.resolve("openapi.json");
    if (Files.notExists(ours)) {
      Files.copy(TestDocuments.resource("update/ours.json"), ours);
    }
    return ours;
  }

  private record Result(int status, String out, String err) {
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ContractMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
