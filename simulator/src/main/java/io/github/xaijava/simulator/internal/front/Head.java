package io.github.xaijava.simulator.internal.front;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The head of one HTTP/1.1 request as it arrived on the public port: request line and header
 * fields. Only what the front needs to route a connection is parsed; the bytes themselves are
 * relayed unchanged.
 */
public final class Head {
  /** {@link #bodyLength()} of a chunked body. */
  public static final long CHUNKED = -1;
  /** {@link #bodyLength()} of a head whose framing cannot be told. */
  public static final long UNKNOWN = -2;

  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> headers;

  private Head(String method, String path, String rawQuery, Map<String, List<String>> headers) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
  }

  /** Parses {@code length} bytes at {@code offset} (ending with the blank line), or returns null if malformed. */
  public static Head parse(byte[] bytes, int offset, int length) {
    String text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r\n");
    int first = 0;
    while (first < lines.length && lines[first].isEmpty()) {
      first++;
    }
    if (first >= lines.length) {
      return null;
    }
    String[] requestLine = lines[first].split(" ");
    if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/")) {
      return null;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    String target = requestLine[1];
    String path;
    String query;
    try {
      URI uri = new URI(target);
      path = uri.getPath();
      query = uri.getRawQuery();
    } catch (URISyntaxException e) {
      int q = target.indexOf('?');
      path = q < 0 ? target : target.substring(0, q);
      query = q < 0 ? null : target.substring(q + 1);
    }
    return new Head(requestLine[0], path == null || path.isEmpty() ? "/" : path, query, headers);
  }

  public String method() {
    return method;
  }

  /** The decoded path, without the query. */
  public String path() {
    return path;
  }

  /** The raw query without {@code ?}, or null. */
  public String rawQuery() {
    return rawQuery;
  }

  /** Every header field by lower-case name, values in order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether {@code name} lists {@code token} among its comma-separated values (any case). */
  public boolean hasToken(String name, String token) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    if (values == null) {
      return false;
    }
    for (String v : values) {
      for (String part : v.split(",")) {
        if (part.trim().equalsIgnoreCase(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A {@code GET} asking to become a WebSocket. */
  public boolean isWebSocketUpgrade() {
    return method.equals("GET") && hasToken("upgrade", "websocket");
  }

  /**
   * How the request's body is framed: its length, {@link #CHUNKED}, or {@link #UNKNOWN} when the
   * head is contradictory (then the front stops reading requests and relays bytes as they come).
   */
  public long bodyLength() {
    List<String> te = headers.get("transfer-encoding");
    if (te != null) {
      String last = te.get(te.size() - 1);
      String[] codings = last.split(",");
      return codings[codings.length - 1].trim().equalsIgnoreCase("chunked") ? CHUNKED : UNKNOWN;
    }
    List<String> cl = headers.get("content-length");
    if (cl == null) {
      return 0;
    }
    long length = -1;
    for (String v : cl) {
      for (String part : v.split(",")) {
        long n;
        try {
          n = Long.parseLong(part.trim());
        } catch (NumberFormatException e) {
          return UNKNOWN;
        }
        if (n < 0 || length >= 0 && n != length) {
          return UNKNOWN;
        }
        length = n;
      }
    }
    return length;
  }
}
