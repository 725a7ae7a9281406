package io.github.xaijava.simulator.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One request being answered: what was asked (method, path, query, headers, body) and the ways to
 * answer it (JSON, an xAI error, raw bytes, an event stream). Every answer goes out through the
 * call's {@link Delivery}, so injected drips and cuts apply to built-in and scripted answers alike.
 */
public final class Call {
  private static final int PIECE = 1024;

  private final HttpExchange exchange;
  private final String path;
  private final String rawPath;
  private final byte[] body;
  private final String baseUrl;
  private final Map<String, List<String>> query;
  private Map<String, String> pathParams = Map.of();
  private JsonObject json;
  private Delivery delivery = Delivery.NONE;
  private boolean answered;
  private boolean internal;

  public Call(HttpExchange exchange, byte[] body, String baseUrl) {
    this.exchange = exchange;
    this.path = exchange.getRequestURI().getPath();
    this.rawPath = exchange.getRequestURI().getRawPath();
    this.body = body;
    this.baseUrl = baseUrl;
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
  }

  public String method() {
    return exchange.getRequestMethod();
  }

  public String path() {
    return path;
  }

  /**
   * The path as it was sent, percent-encoding kept: routes match on it, so that an encoded
   * {@code /} or {@code :} inside an id stays inside its segment ({@code batches/a%3Ab:cancel}).
   */
  public String rawPath() {
    return rawPath;
  }

  /** Base URL of the simulator ({@code http://127.0.0.1:PORT}), for URLs the simulator serves itself. */
  public String baseUrl() {
    return baseUrl;
  }

  public byte[] body() {
    return body;
  }

  /** The first value of a request header, or null. */
  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The first value of a query parameter, decoded, or null. */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a repeated query parameter, decoded, in order; empty when absent. */
  public List<String> queryAll(String name) {
    List<String> values = query.get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  /** A path parameter of the matched route, e.g. {@code file_id}. */
  public String param(String name) {
    return pathParams.get(name);
  }

  public void pathParams(Map<String, String> params) {
    this.pathParams = params;
  }

  /** The JSON body, once the dispatcher has parsed and checked it. */
  public JsonObject json() {
    return json == null ? new JsonObject() : json;
  }

  public void json(JsonObject body) {
    this.json = body;
  }

  /** Marks a call the simulator made itself (a responses socket's turn). */
  public void internal(boolean internal) {
    this.internal = internal;
  }

  /** Whether the simulator made this call itself, for one of its WebSockets. */
  public boolean internal() {
    return internal;
  }

  public void delivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public Delivery delivery() {
    return delivery;
  }

  /** Whether an answer has been started. */
  public boolean answered() {
    return answered;
  }

  /** Adds a header to the answer; call before answering. */
  public void responseHeader(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  /** 200 with a JSON body. */
  public void ok(JsonElement body) {
    json(200, body);
  }

  public void json(int status, JsonElement body) {
    bytes(status, "application/json", Json.bytes(body));
  }

  /** An xAI error: {@code {"code": ..., "error": ...}} with the status's code sentence. */
  public void error(int status, String message) {
    json(status, Errors.body(Errors.codeFor(status), message));
  }

  /** An answer with no body, e.g. 202 for a job that is still running. */
  public void empty(int status) {
    start(status, -1);
    answered = true;
  }

  /** Answers with {@code data}; in pieces when a drip or cut is injected. */
  public void bytes(int status, String contentType, byte[] data) {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (!delivery.piecewise()) {
      start(status, data.length == 0 ? -1 : data.length);
      answered = true;
      write(data, 0, data.length);
      return;
    }
    start(status, 0);
    answered = true;
    int pieces = 0;
    for (int off = 0; off < data.length; off += PIECE) {
      beforePiece(pieces++);
      write(data, off, Math.min(PIECE, data.length - off));
      flush();
    }
    if (delivery.cutAfter() >= 0) {
      throw new Abort("body cut after " + pieces + " pieces");
    }
  }

  /** Streams {@code in} as the body (chunked), piece by piece, never holding it whole. */
  public void stream(int status, String contentType, InputStream in) {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    start(status, 0);
    answered = true;
    byte[] buffer = new byte[delivery.piecewise() ? PIECE : 64 * 1024];
    int pieces = 0;
    try (InputStream source = in) {
      for (int n; (n = source.read(buffer)) > 0; ) {
        beforePiece(pieces++);
        write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (delivery.cutAfter() >= 0) {
      throw new Abort("body cut after " + pieces + " pieces");
    }
  }

  /** 422 with xAI's plain-text deserialization message. */
  public void plainText(int status, String text) {
    bytes(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts an event stream ({@code text/event-stream}, chunked). */
  public EventStream events(Dialect dialect) {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", "text/event-stream");
    h.set("Cache-Control", "no-cache");
    start(200, 0);
    answered = true;
    return new EventStream(this, dialect);
  }

  private void beforePiece(int index) {
    if (delivery.cutAfter() >= 0 && index >= delivery.cutAfter()) {
      throw new Abort("body cut after " + index + " pieces");
    }
    pause();
  }

  void pause() {
    if (delivery.dripNanos() > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(delivery.dripNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Abort("interrupted");
      }
    }
  }

  private void start(int status, long length) {
    if (answered) {
      throw new IllegalStateException("answered twice");
    }
    try {
      exchange.sendResponseHeaders(status, length);
      if (delivery.piecewise()) {
        // A drip or a cut happens after the headers: send them now. Newer JDKs' server holds
        // them until the first body bytes, which would turn a stalled or cut body into a stalled
        // or dropped answer (seen on JDK 25).
        exchange.getResponseBody().flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(byte[] data, int off, int len) {
    try {
      exchange.getResponseBody().write(data, off, len);
    } catch (IOException e) {
      throw new Abort("client went away: " + e.getMessage());
    }
  }

  void flush() {
    try {
      exchange.getResponseBody().flush();
    } catch (IOException e) {
      throw new Abort("client went away: " + e.getMessage());
    }
  }

  /** Ends the answer normally (terminal chunk for chunked bodies). */
  public void finish() {
    try {
      OutputStream out = exchange.getResponseBody();
      out.close();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    } finally {
      exchange.close();
    }
  }

  /** Every query parameter: name to values, in order. */
  public static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return Collections.unmodifiableMap(out);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
