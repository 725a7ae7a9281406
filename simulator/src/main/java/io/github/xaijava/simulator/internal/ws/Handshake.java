package io.github.xaijava.simulator.internal.ws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTTP side of a WebSocket: the 101 that accepts an upgrade, and the plain answers that refuse one. */
public final class Handshake {
  /** The GUID RFC 6455 appends to the client's key. */
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  /** The subprotocol prefix a browser uses to carry a realtime client secret. */
  public static final String SECRET_PROTOCOL = "xai-client-secret.";

  private Handshake() {}

  /** {@code Sec-WebSocket-Accept} for a client's {@code Sec-WebSocket-Key}: base64(SHA-1(key + GUID)). */
  public static String accept(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /** The first subprotocol offered that carries a client secret, or null. */
  public static String secretProtocol(String offered) {
    if (offered == null) {
      return null;
    }
    for (String p : offered.split(",")) {
      if (p.trim().startsWith(SECRET_PROTOCOL)) {
        return p.trim();
      }
    }
    return null;
  }

  /** The 101 answer, echoing {@code protocol} when not null. */
  public static byte[] switching(String key, String protocol) {
    StringBuilder sb = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
        .append("Sec-WebSocket-Accept: ").append(accept(key)).append("\r\n");
    if (protocol != null) {
      sb.append("Sec-WebSocket-Protocol: ").append(protocol).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A refusal: {@code status} with a JSON body, {@code extra} headers, and {@code Connection: close}. */
  public static byte[] refusal(int status, String json, Map<String, String> extra) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Content-Length", Integer.toString(body.length));
    headers.putAll(extra);
    headers.put("Connection", "close");
    StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    byte[] head = sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 426 -> "Upgrade Required";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
