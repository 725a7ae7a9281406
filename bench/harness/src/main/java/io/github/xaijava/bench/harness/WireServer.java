package io.github.xaijava.bench.harness;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loopback server of the side-by-side benchmark: HTTP/1.1 with keep-alive, speaking xAI's
 * chat wire format, in a JVM of its own so that its CPU and threads never count for a
 * contender. Every answer is built once and then written as pre-built bytes, so the server is
 * never what limits a client.
 *
 * <ul>
 *   <li>{@code POST …/chat/completions} with {@code "stream":true}: a chunked
 *       {@code text/event-stream} of {@code data:} frames, one HTTP chunk per event, ending
 *       with {@code data: [DONE]}. The request's model names the size: {@code bench-s20000} is
 *       20,000 chunks, {@code bench-mb100} is a stream of about 100 MB, {@code bench-drip50} is
 *       50 chunks 20 ms apart (a slow model, for many concurrent streams).</li>
 *   <li>{@code POST …/chat/completions} otherwise: one small chat completion.</li>
 *   <li>{@code GET …/files/file-<bytes>/content}: that many bytes of
 *       {@code application/octet-stream}.</li>
 * </ul>
 *
 * <p>Prints {@code PORT <n>} once listening on 127.0.0.1.
 */
public final class WireServer {

  static final String CHUNK_MODEL = "grok-4-fast-reasoning";

  /** One small chat completion, shaped like xAI's (usage details, fingerprint, a null refusal). */
  static final byte[] COMPLETION = ("{\"id\":\"1f5e5a9b-6c1d-4a7b-9d3e-0c2b7e1f4a11_us-east-1\","
      + "\"object\":\"chat.completion\",\"created\":1773345555,\"model\":\"" + CHUNK_MODEL + "\","
      + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"Hello! How can I help you today?\",\"refusal\":null},"
      + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":9,"
      + "\"total_tokens\":140,\"prompt_tokens_details\":{\"text_tokens\":12,\"audio_tokens\":0,"
      + "\"image_tokens\":0,\"cached_tokens\":3},\"completion_tokens_details\":"
      + "{\"reasoning_tokens\":119,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
      + "\"rejected_prediction_tokens\":0},\"num_sources_used\":0,\"cost_in_usd_ticks\":1234},"
      + "\"system_fingerprint\":\"fp_3d7ed3b779\"}").getBytes(StandardCharsets.UTF_8);

  private static final byte[] NOT_FOUND =
      "{\"code\":\"Some requested entity was not found\",\"error\":\"no such bench route\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** Pre-built stream bodies by model name (head, repeated block, tail). */
  private final Map<String, Body> streams = new ConcurrentHashMap<>();
  private final byte[] downloadBlock = new byte[64 * 1024];
  private final Map<Integer, byte[][]> dripEvents = new ConcurrentHashMap<>();

  /** The model prefix of a dripped stream, and the pause between its chunks. */
  static final String DRIP = "bench-drip";
  static final int DRIP_MS = 20;

  private WireServer() {
    for (int i = 0; i < downloadBlock.length; i++) {
      downloadBlock[i] = (byte) ('a' + i % 26);
    }
  }

  public static void main(String[] args) throws IOException {
    WireServer server = new WireServer();
    // Build the usual bodies before the first client connects.
    for (String model : new String[] {"bench-s20000", "bench-s200", "bench-s100", "bench-mb100"}) {
      server.stream(model);
    }
    try (ServerSocket socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress())) {
      System.out.println("PORT " + socket.getLocalPort());
      System.out.flush();
      while (true) {
        Socket connection = socket.accept();
        Thread t = new Thread(() -> server.serve(connection), "conn");
        t.setDaemon(true);
        t.start();
      }
    }
  }

  // --- bodies ---------------------------------------------------------------------------------

  /** A body written as head, then block × repeat, then tail. */
  record Body(byte[] head, byte[] block, int repeat, byte[] tail) {
    long length() {
      return head.length + (long) block.length * repeat + tail.length;
    }
  }

  Body stream(String model) {
    return streams.computeIfAbsent(model, WireServer::buildStream);
  }

  /** One chat chunk as xAI writes it. */
  static String chunkJson(String delta, String finishReason) {
    return "{\"id\":\"8f008308-984b-9603-8706-ebf37f518892_us-east-1\","
        + "\"object\":\"chat.completion.chunk\",\"created\":1773345555,"
        + "\"model\":\"" + CHUNK_MODEL + "\",\"choices\":[{\"index\":0,\"delta\":" + delta
        + (finishReason == null ? "" : ",\"finish_reason\":\"" + finishReason + "\"")
        + "}],\"system_fingerprint\":\"fp_3d7ed3b779\"}";
  }

  /** {@code data: <payload>\n\n} framed as one HTTP chunk. */
  static void event(ByteArrayOutputStream out, String payload) {
    byte[] frame = ("data: " + payload + "\n\n").getBytes(StandardCharsets.UTF_8);
    out.writeBytes((Integer.toHexString(frame.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(frame);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * {@code bench-s<N>}: N chunks (a role chunk, N-2 token chunks, a finish chunk);
   * {@code bench-mb<M>}: token chunks until about M MB.
   */
  static Body buildStream(String model) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    event(head, chunkJson("{\"role\":\"assistant\",\"content\":\"\"}", null));
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    event(tail, chunkJson("{}", "stop"));
    event(tail, "[DONE]");
    tail.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (model.startsWith("bench-s")) {
      int chunks = Integer.parseInt(model.substring("bench-s".length()));
      ByteArrayOutputStream block = new ByteArrayOutputStream(chunks * 260);
      for (int i = 1; i < chunks - 1; i++) {
        event(block, chunkJson("{\"content\":\"token" + i + " \"}", null));
      }
      return new Body(head.toByteArray(), block.toByteArray(), 1, tail.toByteArray());
    }
    if (model.startsWith("bench-mb")) {
      long target = Long.parseLong(model.substring("bench-mb".length())) * 1_000_000L;
      ByteArrayOutputStream block = new ByteArrayOutputStream(1000 * 260);
      for (int i = 1; i <= 1000; i++) {
        event(block, chunkJson("{\"content\":\"token" + i + " \"}", null));
      }
      byte[] b = block.toByteArray();
      return new Body(head.toByteArray(), b, (int) (target / b.length), tail.toByteArray());
    }
    throw new IllegalArgumentException("unknown bench model " + model);
  }

  /** Chunks in a stream body (for checks by the runner). */
  static long chunksOf(String model) {
    if (model.startsWith("bench-s")) {
      return Integer.parseInt(model.substring("bench-s".length()));
    }
    Body body = buildStream(model);
    return 2 + 1000L * body.repeat();
  }

  // --- HTTP -----------------------------------------------------------------------------------

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      while (true) {
        String requestLine = line(in);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
          int colon = h.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = h.substring(colon + 1).trim();
          switch (name) {
            case "content-length" -> contentLength = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            case "connection" -> close = value.equalsIgnoreCase("close");
            default -> {
            }
          }
        }
        byte[] body = chunked ? readChunked(in) : in.readNBytes((int) contentLength);
        String[] parts = requestLine.split(" ");
        route(parts[0], parts.length > 1 ? parts[1] : "/", body, out);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to do
    }
  }

  private void route(String method, String target, byte[] body, OutputStream out)
      throws IOException {
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    if (method.equals("POST") && path.endsWith("/chat/completions")) {
      String json = new String(body, StandardCharsets.UTF_8);
      if (streams(json) && modelOf(json).startsWith(DRIP)) {
        drip(out, Integer.parseInt(modelOf(json).substring(DRIP.length())));
      } else if (streams(json)) {
        Body stream = stream(modelOf(json));
        out.write(("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            + "cache-control: no-cache\r\nx-request-id: bench\r\ntransfer-encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        write(out, stream);
      } else {
        answer(out, 200, "application/json", COMPLETION);
      }
      return;
    }
    if (method.equals("GET") && path.matches(".*/files/file-\\d+/content")) {
      String id = path.substring(path.indexOf("/files/") + 7, path.lastIndexOf('/'));
      long size = Long.parseLong(id.substring("file-".length()));
      out.write(("HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
          + "x-request-id: bench\r\ncontent-length: " + size + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      long left = size;
      while (left > 0) {
        int n = (int) Math.min(left, downloadBlock.length);
        out.write(downloadBlock, 0, n);
        left -= n;
      }
      return;
    }
    answer(out, 404, "application/json", NOT_FOUND);
  }

  /**
   * {@code bench-drip<N>}: N chunks, each flushed on its own {@link #DRIP_MS} ms after the last, as
   * a model producing tokens does: a stream that holds its connection (and a client's reader)
   * for N × 20 ms.
   */
  private void drip(OutputStream out, int chunks) throws IOException {
    byte[][] events = dripEvents.computeIfAbsent(chunks, WireServer::dripEvents);
    out.write(("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
        + "cache-control: no-cache\r\nx-request-id: bench\r\ntransfer-encoding: chunked\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    for (byte[] event : events) {
      out.write(event);
      out.flush();
      try {
        Thread.sleep(DRIP_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  /** The events of a dripped stream, each one HTTP chunk; the last also ends the body. */
  private static byte[][] dripEvents(int chunks) {
    byte[][] events = new byte[chunks + 1][];
    for (int i = 0; i < chunks; i++) {
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      event(e, i == 0 ? chunkJson("{\"role\":\"assistant\",\"content\":\"\"}", null)
          : i == chunks - 1 ? chunkJson("{}", "stop")
          : chunkJson("{\"content\":\"token" + i + " \"}", null));
      events[i] = e.toByteArray();
    }
    ByteArrayOutputStream end = new ByteArrayOutputStream();
    event(end, "[DONE]");
    end.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    events[chunks] = end.toByteArray();
    return events;
  }

  private static void write(OutputStream out, Body body) throws IOException {
    out.write(body.head());
    for (int i = 0; i < body.repeat(); i++) {
      out.write(body.block());
    }
    out.write(body.tail());
  }

  private static void answer(OutputStream out, int status, String type, byte[] body)
      throws IOException {
    out.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
        + "\r\ncontent-type: " + type + "\r\nx-request-id: bench\r\ncontent-length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
  }

  /** Whether the request body says {@code "stream": true}. */
  static boolean streams(String json) {
    int key = json.indexOf("\"stream\"");
    if (key < 0) {
      return false;
    }
    int i = key + 8;
    while (i < json.length() && (json.charAt(i) == ' ' || json.charAt(i) == ':')) {
      i++;
    }
    return json.startsWith("true", i);
  }

  static String modelOf(String json) {
    int key = json.indexOf("\"model\"");
    int start = json.indexOf('"', json.indexOf(':', key) + 1) + 1;
    return json.substring(start, json.indexOf('"', start));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      if (size == null) {
        throw new IOException("cut chunked body");
      }
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
          // trailers ignored
        }
        return body.toByteArray();
      }
      body.writeBytes(in.readNBytes(n));
      line(in);
    }
  }
}
