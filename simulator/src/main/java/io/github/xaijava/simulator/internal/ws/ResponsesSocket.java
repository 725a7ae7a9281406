package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Errors;
import io.github.xaijava.simulator.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code /v1/responses} in WebSocket mode: each {@code response.create} message is one turn, served
 * by the simulator's own HTTP route (the body, less {@code type}, posted with {@code stream: true};
 * recorded like a client's call, but taking no fault or script) and sent back as one text frame per
 * event. Turns run one at a time, in order: the read loop waits
 * for each. The socket keeps its latest response; a {@code store: false} response can be chained
 * from on this socket only, and only while it is the latest. A socket older than its age limit gets
 * {@code websocket_connection_limit_reached} after its current turn, then a normal close.
 */
final class ResponsesSocket implements WebSocket.Handler {
  private final Sockets sockets;
  private final WebSocket ws;
  private final Outbox out;
  private final String authorization;
  private final ScheduledFuture<?> ageLimit;
  private String latestId;
  private boolean latestUnstored;
  private boolean turnRunning;
  private boolean expired;

  ResponsesSocket(Sockets sockets, WebSocket ws, Delivery faults, String authorization) {
    this.sockets = sockets;
    this.ws = ws;
    this.authorization = authorization;
    this.out = new Outbox(ws, faults, m -> error(500, "internal_error", m));
    out.startCounting();
    this.ageLimit = sockets.timers().schedule(this::ageReached, sockets.responsesMaxAge().toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void onText(String text) {
    JsonObject request;
    try {
      JsonElement parsed = JsonParser.parseString(text);
      request = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      request = null;
    }
    if (request == null || !"response.create".equals(Json.string(request, "type", null))) {
      sendQuietly(error(400, "invalid_event", request == null ? "Messages must be JSON objects."
          : "Unknown event type " + Json.string(request, "type", "(none)") + "; expected response.create."));
      return;
    }
    synchronized (this) {
      if (expired) {
        return;  // the socket is closing: the limit error was sent
      }
      turnRunning = true;
    }
    try {
      turn(request);
    } finally {
      out.turnEnded();
      boolean limit;
      synchronized (this) {
        turnRunning = false;
        limit = expired;
      }
      if (limit) {
        sendLimitAndClose();
      }
    }
  }

  @Override
  public void onClose(int code, String reason) {
    ageLimit.cancel(false);
    synchronized (this) {
      if (latestUnstored) {
        sockets.forgetUnstored(latestId);
      }
    }
  }

  private void turn(JsonObject request) {
    request.remove("type");
    String previous = Json.string(request, "previous_response_id", null);
    boolean unstored = !Json.bool(request, "store", true);
    if (previous != null && sockets.isUnstored(previous) && !previous.equals(latestId)) {
      // An unstored response lives only as its own socket's latest.
      out.send(error(400, "previous_response_not_found", "Previous response with id '" + previous
          + "' not found: a response created with store=false can only be continued on its own socket, as its latest."));
      return;
    }
    request.addProperty("stream", true);
    byte[] body = Json.bytes(request);
    HttpURLConnection c = null;
    try {
      c = (HttpURLConnection) new URL(sockets.internalBaseUrl() + "/v1/responses").openConnection(Proxy.NO_PROXY);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(body.length);
      c.setRequestProperty("Content-Type", "application/json");
      c.setRequestProperty("Authorization", authorization);
      c.setRequestProperty(Sockets.INTERNAL_HEADER, sockets.internalToken());
      try (OutputStream os = c.getOutputStream()) {
        os.write(body);
      }
      int status = c.getResponseCode();
      if (status >= 400) {
        out.send(httpError(status, readAll(c.getErrorStream()), previous));
        return;
      }
      String completed = relay(c.getInputStream());
      if (completed != null) {
        remember(completed, unstored);
      }
    } catch (IOException e) {
      out.send(error(500, "internal_error", "The simulator's responses route failed: " + e.getMessage()));
    } finally {
      if (c != null) {
        c.disconnect();
      }
    }
  }

  /** Forwards every {@code data:} payload as a frame; returns the id of a completed response that was sent, or null. */
  private String relay(InputStream sse) throws IOException {
    String completed = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(sse, StandardCharsets.UTF_8))) {
      StringBuilder data = new StringBuilder();
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("data:")) {
          data.append(data.length() == 0 ? "" : "\n").append(line.substring(line.startsWith("data: ") ? 6 : 5));
          continue;
        }
        if (!line.isEmpty() || data.length() == 0) {
          continue;
        }
        String payload = data.toString();
        data.setLength(0);
        if (payload.equals("[DONE]")) {
          continue;
        }
        JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
        JsonObject response = Json.object(event, "response");
        boolean sent = out.send(event);
        if (sent && "response.completed".equals(Json.string(event, "type", "")) && response != null) {
          completed = Json.string(response, "id", null);
        }
      }
    }
    return completed;
  }

  private synchronized void remember(String id, boolean unstored) {
    if (latestUnstored && latestId != null && !latestId.equals(id)) {
      sockets.forgetUnstored(latestId);  // no longer this socket's latest: gone, as at xAI
    }
    latestId = id;
    latestUnstored = unstored;
    if (unstored) {
      sockets.markUnstored(id);
    }
  }

  /** The HTTP route's refusal as an error event. */
  private static JsonObject httpError(int status, String body, String previous) {
    String code = Errors.codeFor(status);
    String message = body;
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (parsed.isJsonObject()) {
        code = Json.string(parsed.getAsJsonObject(), "code", code);
        message = Json.string(parsed.getAsJsonObject(), "error", body);
      }
    } catch (JsonParseException e) {
      // a plain-text answer (422): its text is the message
    }
    if (previous != null && (status == 404 || status == 400) && message.contains(previous)) {
      return error(400, "previous_response_not_found", message);
    }
    return error(status, code, message);
  }

  private static JsonObject error(int status, String code, String message) {
    return Json.obj().put("type", "error").put("status", status)
        .put("error", Json.obj().put("code", code).put("message", message)).build();
  }

  private void ageReached() {
    synchronized (this) {
      if (expired) {
        return;
      }
      expired = true;
      if (turnRunning) {
        return;  // sent right after the turn's last frame
      }
    }
    sendLimitAndClose();
  }

  private void sendLimitAndClose() {
    sendQuietly(error(400, "websocket_connection_limit_reached", "This WebSocket connection reached its limit of "
        + Sockets.describe(sockets.responsesMaxAge()) + "; open a new one to continue."));
    ws.close(1000, "connection limit reached");
  }

  private void sendQuietly(JsonObject frame) {
    try {
      ws.sendText(Json.write(frame));
    } catch (WebSocket.ClosedException e) {
      // gone already
    }
  }

  private static String readAll(InputStream in) throws IOException {
    if (in == null) {
      return "";
    }
    try (InputStream s = in) {
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
