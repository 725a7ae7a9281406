package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The front: WebSocket upgrades and plain HTTP on one port, the upgrade's checks, and the framing itself. */
class WebSocketFrontTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void theKeyOpensASocketAndTheUpgradeIsRecordedLikeACall() {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/tts?language=en&codec=pcm")) {
      Response r = ws.awaitOpen();
      assertEquals(101, r.code());
      ws.send("{'type':'text.clear'}");
      ws.next("audio.clear");
    }
    RecordedRequest r = xai.simulator().takeRequest();
    assertEquals("GET", r.method());
    assertEquals("/v1/tts", r.path());
    assertEquals("language=en&codec=pcm", r.query());
    assertEquals("pcm", r.queryParameter("codec"));
    assertEquals("Bearer " + xai.apiKey(), r.header("authorization"));
    assertEquals("websocket", r.header("upgrade"));
    assertEquals(0, r.body().length);
    // and the same port still answers HTTP
    assertEquals(200, new Http(xai.simulator()).get("/v1/models").status());
  }

  @Test
  void aClientSecretOpensASocketAndIsEchoedAsTheSubprotocol() {
    String secret = new Http(xai.simulator()).post("/v1/realtime/client_secrets", "{}").json().get("value").getAsString();
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime", Map.of("Sec-WebSocket-Protocol", "xai-client-secret." + secret))) {
      assertEquals("xai-client-secret." + secret, ws.awaitOpen().header("Sec-WebSocket-Protocol"));
      ws.next("session.created");
    }
    Ws.Event forged = Ws.open(xai.simulator(), "/v1/realtime", Map.of("Sec-WebSocket-Protocol", "xai-client-secret.xai-realtime-forged"))
        .awaitRefusal();
    assertEquals(401, forged.status());
    assertEquals("Invalid or expired client secret.", json(forged).get("error").getAsString());
  }

  @Test
  void aWrongOrMissingKeyIs401WithXaisBody() {
    Ws.Event wrong = Ws.open(xai.simulator(), "/v1/responses", Map.of("Authorization", "Bearer xai-wrong-key")).awaitRefusal();
    assertEquals(401, wrong.status());
    JsonObject body = json(wrong);
    assertEquals("The request does not have valid authentication credentials", body.get("code").getAsString());
    assertTrue(body.get("error").getAsString().startsWith("Incorrect API key provided: xa***ey."), body.toString());
    Ws.Event missing = Ws.open(xai.simulator(), "/v1/responses", Map.of()).awaitRefusal();
    assertEquals(401, missing.status());
    assertTrue(json(missing).get("error").getAsString().startsWith("No credentials presented."));
  }

  @Test
  void anyKeyIsAcceptedWhenTheBuilderSaysSo() {
    try (XaiSimulator sim = XaiSimulator.builder().acceptAnyKey().build().start();
        Ws ws = Ws.open(sim, "/v1/stt", Map.of("Authorization", "Bearer anything"))) {
      ws.awaitOpen();
      ws.next("transcript.created");
    }
  }

  @Test
  void anUnknownSocketPathIs404AndAMissingLanguage400() {
    Ws.Event unknown = Ws.open(xai.simulator(), "/v1/chat/completions").awaitRefusal();
    assertEquals(404, unknown.status());
    assertEquals("Some requested entity was not found", json(unknown).get("code").getAsString());
    Ws.Event noLanguage = Ws.open(xai.simulator(), "/v1/tts?codec=pcm").awaitRefusal();
    assertEquals(400, noLanguage.status());
    assertTrue(json(noLanguage).get("error").getAsString().contains("`language` is required"));
  }

  @Test
  void faultsRefuseTheUpgradeAsTheyRefuseACall() {
    xai.faults().onPath("/v1/realtime").rateLimited(Duration.ofMillis(1500));
    Ws.Event limited = Ws.open(xai.simulator(), "/v1/realtime").awaitRefusal();
    assertEquals(429, limited.status());
    assertEquals("Some resource has been exhausted", json(limited).get("code").getAsString());
    xai.faults().onPath("/v1/realtime").serverError(503);
    assertEquals(503, Ws.open(xai.simulator(), "/v1/realtime").awaitRefusal().status());
    xai.faults().onPath("/v1/realtime").dropConnection();
    Ws.Event dropped = Ws.open(xai.simulator(), "/v1/realtime").awaitRefusal();
    assertEquals(0, dropped.status(), "no answer at all");
    try (Ws ws = Ws.open(xai.simulator(), "/v1/realtime")) {
      ws.awaitOpen();
      ws.next("session.created");
    }
  }

  @Test
  void theRetryAfterHeadersOfARateLimitedUpgrade() throws Exception {
    xai.faults().onPath("/v1/tts").rateLimited(Duration.ofMillis(1500));
    try (Socket s = new Socket("127.0.0.1", xai.simulator().port())) {
      s.getOutputStream().write(upgrade("/v1/tts?language=en", "dGhlIHNhbXBsZSBub25jZQ==").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), answer);
      assertTrue(answer.contains("\r\nRetry-After: 2\r\n"), answer);
      assertTrue(answer.contains("\r\nretry-after-ms: 1500\r\n"), answer);
      assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
    }
  }

  /**
   * A kept-alive HTTP connection can become a WebSocket (OkHttp may reuse a pooled connection for
   * one); and the framing: the accept key of RFC 6455's example, a fragmented masked message with a
   * ping between its fragments, a pong, an unmasked answer, and the close echoed.
   */
  @Test
  void aKeptAliveConnectionUpgradesAndFramesFollowRfc6455() throws Exception {
    try (Socket s = new Socket("127.0.0.1", xai.simulator().port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      DataInputStream in = new DataInputStream(s.getInputStream());
      out.write(("GET /v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + xai.apiKey() + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String head = head(in);
      assertTrue(head.startsWith("HTTP/1.1 200"), head);
      int length = Integer.parseInt(header(head, "content-length"));
      byte[] models = new byte[length];
      in.readFully(models);
      assertTrue(new String(models, StandardCharsets.UTF_8).contains("grok-3"));

      out.write(upgrade("/v1/tts?language=en&codec=pcm", "dGhlIHNhbXBsZSBub25jZQ==").getBytes(StandardCharsets.US_ASCII));
      String switching = head(in);
      assertTrue(switching.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), switching);
      assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", header(switching, "sec-websocket-accept"));
      assertEquals(accept("dGhlIHNhbXBsZSBub25jZQ=="), header(switching, "sec-websocket-accept"));

      byte[] message = "{\"type\":\"text.delta\",\"delta\":\"Hi\"}".getBytes(StandardCharsets.UTF_8);
      out.write(frame(false, 1, Arrays.copyOfRange(message, 0, 10)));
      out.write(frame(true, 9, "are you there".getBytes(StandardCharsets.UTF_8)));
      out.write(frame(true, 0, Arrays.copyOfRange(message, 10, message.length)));
      out.write(frame(true, 1, "{\"type\":\"text.done\"}".getBytes(StandardCharsets.UTF_8)));
      byte[][] pong = read(in);
      assertEquals(10, pong[0][0]);
      assertArrayEquals("are you there".getBytes(StandardCharsets.UTF_8), pong[1]);
      ByteArrayOutputStream audio = new ByteArrayOutputStream();
      while (true) {
        byte[][] f = read(in);
        assertEquals(1, f[0][0], "text frames");
        JsonObject event = JsonParser.parseString(new String(f[1], StandardCharsets.UTF_8)).getAsJsonObject();
        if (event.get("type").getAsString().equals("audio.done")) {
          break;
        }
        audio.write(Base64.getDecoder().decode(event.get("delta").getAsString()));
      }
      assertEquals(2 * (long) (2 * 0.06 * 24_000), audio.size(), "two characters of speech");

      out.write(frame(true, 8, new byte[] {0x03, (byte) 0xe8, 'b', 'y', 'e'}));
      byte[][] close = read(in);
      assertEquals(8, close[0][0]);
      assertArrayEquals(new byte[] {0x03, (byte) 0xe8}, close[1], "the code echoed");
      assertEquals(-1, in.read(), "then the TCP connection ends");
    }
  }

  @Test
  void aLargeMessageTakesTheLongLengthForms() throws Exception {
    try (Ws ws = Ws.open(xai.simulator(), "/v1/tts?language=en&codec=pcm")) {
      ws.awaitOpen();
      // 70,000 characters: 16-bit length frames would not do (64-bit form in), and 8 KiB audio frames out.
      ws.send("{'type':'text.delta','delta':'" + "a".repeat(70_000) + "'}");
      ws.send("{'type':'text.clear'}");
      ws.next("audio.clear");
    }
  }

  private static JsonObject json(Ws.Event e) {
    return JsonParser.parseString(e.body()).getAsJsonObject();
  }

  private static String upgrade(String target, String key) {
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + key + "\r\nAuthorization: Bearer " + xai.apiKey()
        + "\r\n\r\n";
  }

  private static String accept(String key) throws Exception {
    byte[] sha = MessageDigest.getInstance("SHA-1")
        .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
    return Base64.getEncoder().encodeToString(sha);
  }

  private static String head(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    while (!sb.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed in the head: " + sb);
      }
      sb.append((char) b);
    }
    return sb.toString();
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  /** A masked client frame. */
  private static byte[] frame(boolean fin, int opcode, byte[] payload) {
    byte[] mask = {0x11, 0x22, 0x33, 0x44};
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    f.write((fin ? 0x80 : 0) | opcode);
    f.write(0x80 | payload.length);  // the tests' frames are short
    f.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      f.write(payload[i] ^ mask[i & 3]);
    }
    return f.toByteArray();
  }

  /** A server frame: {{opcode}, payload}; it must be final and unmasked. */
  private static byte[][] read(DataInputStream in) throws IOException {
    int b0 = in.readUnsignedByte();
    int b1 = in.readUnsignedByte();
    assertEquals(0x80, b0 & 0xf0, "final, no reserved bits");
    assertEquals(0, b1 & 0x80, "server frames are not masked");
    long length = b1 & 0x7f;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    return new byte[][] {{(byte) (b0 & 0x0f)}, payload};
  }

  static List<String> types(List<JsonObject> frames) {
    return frames.stream().map(f -> f.get("type").getAsString()).toList();
  }
}
