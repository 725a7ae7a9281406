package io.github.xaijava.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exact answer for the simulator to give instead of its own: a body with a status and headers, a
 * list of server-sent events, or an xAI error. Immutable; queue it with {@link XaiSimulator#script()}.
 *
 * <pre>{@code
 * sim.script().enqueue(ScriptedAnswer.json(200, "{\"id\":\"x\",\"object\":\"chat.completion\"}")
 *     .withHeader("x-ratelimit-remaining-requests", "0"));
 * sim.script().enqueue(ScriptedAnswer.events(
 *     SseEvent.data("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[]}"),
 *     SseEvent.data("[DONE]")));
 * sim.script().enqueue(ScriptedAnswer.error(429, "Some resource has been exhausted", "Rate limit exceeded"));
 * }</pre>
 *
 * <p>Events go out exactly as given: nothing is added (a chat stream needs its own {@code [DONE]}).
 */
public final class ScriptedAnswer {
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final List<SseEvent> events;
  private final Map<String, List<String>> headers;

  private ScriptedAnswer(int status, String contentType, byte[] body, List<SseEvent> events,
      Map<String, List<String>> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599: " + status);
    }
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.events = events;
    this.headers = headers;
  }

  /** A JSON body (not checked) with status 200. */
  public static ScriptedAnswer json(String json) {
    return json(200, json);
  }

  /** A JSON body (not checked) with {@code status}. */
  public static ScriptedAnswer json(int status, String json) {
    return body(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Any body with its content type, e.g. an HTML page from a proxy. */
  public static ScriptedAnswer body(int status, String contentType, byte[] body) {
    Objects.requireNonNull(contentType, "contentType == null");
    return new ScriptedAnswer(status, contentType, body.clone(), null, Map.of());
  }

  /** A 200 {@code text/event-stream} of these events, in order. */
  public static ScriptedAnswer events(SseEvent... events) {
    return events(List.of(events));
  }

  /** A 200 {@code text/event-stream} of these events, in order. */
  public static ScriptedAnswer events(List<SseEvent> events) {
    return new ScriptedAnswer(200, "text/event-stream", null, List.copyOf(events), Map.of());
  }

  /** xAI's flat error body {@code {"code": code, "error": message}} with {@code status}. */
  public static ScriptedAnswer error(int status, String code, String message) {
    String json = "{\"code\":" + quote(code) + ",\"error\":" + quote(message) + "}";
    return json(status, json);
  }

  /** This answer with one more header (added to any already given under the same name). */
  public ScriptedAnswer withHeader(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, List.copyOf(values));
    return new ScriptedAnswer(status, contentType, body, events, Collections.unmodifiableMap(copy));
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** Whether this is an event stream. */
  public boolean isStream() {
    return events != null;
  }

  /** A copy of the body; empty for a stream. */
  public byte[] body() {
    return body == null ? new byte[0] : body.clone();
  }

  /** The events of a stream; empty for a body. */
  public List<SseEvent> events() {
    return events == null ? List.of() : events;
  }

  /** Extra headers, by name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public String toString() {
    return "ScriptedAnswer{status=" + status + ", " + (isStream() ? events.size() + " events" : contentType) + "}";
  }
}
