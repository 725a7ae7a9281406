package io.github.xaijava.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the simulator received it, for tests to assert what their code sent: method, path,
 * query, headers and body. Immutable. {@link #toString()} hides credentials; the accessors do not.
 *
 * <pre>{@code
 * RecordedRequest r = sim.takeRequest();
 * assertEquals("/v1/chat/completions", r.path());
 * assertTrue(r.bodyText().contains("\"stream\":true"));
 * }</pre>
 */
public final class RecordedRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  RecordedRequest(int sequence, String method, String path, String query, Map<String, List<String>> headers,
      byte[] body) {
    this.sequence = sequence;
    this.method = method;
    this.path = path;
    this.query = query == null ? "" : query;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
  }

  /** Which request this was since the simulator started or was reset, from 1. */
  public int sequence() {
    return sequence;
  }

  public String method() {
    return method;
  }

  /** The path, without the query. */
  public String path() {
    return path;
  }

  /** The raw query string without {@code ?}, or "". */
  public String query() {
    return query;
  }

  /** The first value of a query parameter, decoded, or null. */
  public String queryParameter(String name) {
    List<String> values = io.github.xaijava.simulator.internal.Call.parseQuery(query).get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every header, by lower-case name (look-ups ignore case). */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A copy of the body bytes (empty when there was none). */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedRequest{#").append(sequence).append(' ').append(method)
        .append(' ').append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    sb.append(", headers={");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String k = e.getKey();
      boolean secret = k.equals("authorization") || k.equals("x-api-key");
      sb.append(first ? "" : ", ").append(k).append('=').append(secret ? "[redacted]" : e.getValue());
      first = false;
    }
    return sb.append("}, body=").append(body.length).append(" bytes}").toString();
  }
}
