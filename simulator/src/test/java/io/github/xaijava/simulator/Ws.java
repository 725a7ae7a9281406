package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * A WebSocket client for the tests: OkHttp's, with everything it receives in one queue (text
 * frames as JSON, binary frames, the close, a failure) so that tests read a socket's frames in
 * order. Single quotes in messages sent stand for double quotes, to keep JSON in tests readable.
 */
final class Ws implements AutoCloseable {
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder().readTimeout(0, TimeUnit.SECONDS).build();
  private static final long WAIT_SECONDS = 10;

  /** One thing that happened on the socket. */
  record Event(String kind, JsonObject json, byte[] bytes, int code, String reason, Throwable failure,
      int status, String body) {
    boolean isText() {
      return kind.equals("text");
    }

    String type() {
      return json == null ? kind : json.get("type").getAsString();
    }
  }

  private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CountDownLatch settled = new CountDownLatch(1);
  private final WebSocket socket;
  private volatile Response opened;
  private volatile Event refused;

  private Ws(Request request) {
    socket = CLIENT.newWebSocket(request, new WebSocketListener() {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        opened = response;
        settled.countDown();
      }

      @Override
      public void onMessage(WebSocket ws, String text) {
        events.add(new Event("text", JsonParser.parseString(text).getAsJsonObject(), null, 0, null, null, 0, null));
      }

      @Override
      public void onMessage(WebSocket ws, ByteString bytes) {
        events.add(new Event("binary", null, bytes.toByteArray(), 0, null, null, 0, null));
      }

      @Override
      public void onClosing(WebSocket ws, int code, String reason) {
        events.add(new Event("closing", null, null, code, reason, null, 0, null));
        ws.close(code == 1005 ? 1000 : code, null);
      }

      @Override
      public void onFailure(WebSocket ws, Throwable t, Response response) {
        String body = null;
        int status = 0;
        if (response != null) {
          status = response.code();
          try {
            body = response.body() == null ? null : response.body().string();
          } catch (IOException e) {
            body = "(unreadable: " + e + ")";
          }
        }
        Event e = new Event("failure", null, null, 0, null, t, status, body);
        if (opened == null) {
          refused = e;
        }
        events.add(e);
        settled.countDown();
      }
    });
  }

  /** Opens {@code pathAndQuery} on the simulator with its key. */
  static Ws open(XaiSimulator sim, String pathAndQuery) {
    return open(sim, pathAndQuery, Map.of("Authorization", "Bearer " + sim.apiKey()));
  }

  /** Opens {@code pathAndQuery} with exactly these headers. */
  static Ws open(XaiSimulator sim, String pathAndQuery, Map<String, String> headers) {
    Request.Builder b = new Request.Builder().url(sim.baseUrl().replace("http:", "ws:") + pathAndQuery);
    headers.forEach(b::header);
    return new Ws(b.build());
  }

  /** The 101 answer, once the socket is open; fails if the upgrade was refused. */
  Response awaitOpen() {
    await();
    if (opened == null) {
      fail("the upgrade was refused: " + refused.status() + " " + refused.body(), refused.failure());
    }
    return opened;
  }

  /** The refusal (its status and body), failing if the socket opened. */
  Event awaitRefusal() {
    await();
    if (refused == null) {
      fail("the upgrade was accepted");
    }
    return refused;
  }

  /** The next text frame; fails on a timeout, a close or a failure. */
  JsonObject next() {
    Event e = nextEvent();
    if (!e.isText()) {
      fail("expected a text frame, got " + e);
    }
    return e.json();
  }

  /** The next text frame, which must have {@code type}. */
  JsonObject next(String type) {
    JsonObject json = next();
    assertEquals(type, json.get("type").getAsString(), json.toString());
    return json;
  }

  /** Text frames up to and including the first one of {@code type}. */
  List<JsonObject> until(String type) {
    List<JsonObject> out = new ArrayList<>();
    while (true) {
      JsonObject json = next();
      out.add(json);
      if (type.equals(json.get("type").getAsString())) {
        return out;
      }
    }
  }

  /** The next event of any kind. */
  Event nextEvent() {
    try {
      Event e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (e == null) {
        fail("nothing arrived within " + WAIT_SECONDS + " s");
      }
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sends a text message; single quotes become double quotes. */
  void send(String json) {
    socket.send(json.replace('\'', '"'));
  }

  /** Sends a JSON object as a text message, unchanged. */
  void send(JsonObject json) {
    socket.send(json.toString());
  }

  void sendBinary(byte[] data) {
    socket.send(ByteString.of(data));
  }

  @Override
  public void close() {
    socket.close(1000, null);
  }

  private void await() {
    try {
      if (!settled.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        fail("the upgrade got no answer within " + WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
