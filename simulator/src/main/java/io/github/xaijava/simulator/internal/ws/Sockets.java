package io.github.xaijava.simulator.internal.ws;

import io.github.xaijava.simulator.internal.Audio;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The simulator's four WebSockets: which paths they are on, what their upgrade's query must hold,
 * and serving an accepted one on the connection's thread. Owns the timer of the responses socket's
 * age limit, and the token that marks the simulator's own HTTP calls (a responses socket's turns)
 * so that they take no fault or scripted answer meant for a client's call.
 */
public final class Sockets {
  /** The header that marks the simulator's own calls to its HTTP routes. */
  public static final String INTERNAL_HEADER = "X-Simulator-Internal";
  public static final String RESPONSES = "/v1/responses";
  public static final String TTS = "/v1/tts";
  public static final String STT = "/v1/stt";
  public static final String REALTIME = "/v1/realtime";
  private static final Set<String> PATHS = Set.of(RESPONSES, TTS, STT, REALTIME);

  private final Context ctx;
  private final Duration responsesMaxAge;
  private final String internalBaseUrl;
  private final String internalToken;
  private final String apiKey;
  private final ScheduledThreadPoolExecutor timers;

  /**
   * @param internalBaseUrl where the JDK server behind the front listens
   * @param internalToken the value of {@link #INTERNAL_HEADER} on the simulator's own calls
   */
  public Sockets(Context ctx, Duration responsesMaxAge, String internalBaseUrl, String internalToken) {
    this.ctx = ctx;
    this.responsesMaxAge = responsesMaxAge;
    this.internalBaseUrl = internalBaseUrl;
    this.internalToken = internalToken;
    this.apiKey = ctx.settings().apiKey();
    this.timers = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "xai-simulator-socket-timer");
      t.setDaemon(true);
      return t;
    });
    timers.setRemoveOnCancelPolicy(true);  // a closed socket's 25-minute timer must not linger
  }

  /** Whether a WebSocket is served on {@code path}. */
  public static boolean known(String path) {
    return PATHS.contains(path);
  }

  /** Whether {@code secret} is a realtime client secret the simulator minted and that has not expired. */
  public boolean secretValid(String secret) {
    Long expiresAt = ctx.state().realtimeSecrets.get(secret);
    return expiresAt != null && ctx.settings().now() <= expiresAt;
  }

  /** Why the upgrade's query is refused with 400, or null. */
  public String refusal(String path, String rawQuery) {
    Query q = new Query(rawQuery);
    return switch (path) {
      case TTS -> TtsSocket.refusal(q);
      case STT -> SttSocket.refusal(q);
      default -> null;
    };
  }

  /**
   * Serves an accepted socket on the calling thread until it ends.
   *
   * @param authorization the upgrade's {@code Authorization} header, or null when a client secret
   *     authenticated it
   * @param faults how the injected fault the upgrade took (if any) shapes the socket's frames
   */
  public void serve(String path, String rawQuery, String authorization, WebSocket ws, Delivery faults) {
    Query q = new Query(rawQuery);
    switch (path) {
      case RESPONSES -> ws.run(new ResponsesSocket(this, ws, faults,
          authorization != null ? authorization : "Bearer " + apiKey));
      case TTS -> ws.run(new TtsSocket(ctx, ws, faults, Audio.codec(q.get("codec", null)),
          q.integer("sample_rate", 24_000), q.integer("bit_rate", 128_000)));
      case STT -> {
        SttSocket s = new SttSocket(ctx, ws, faults, q.get("encoding", "pcm").toLowerCase(Locale.ROOT),
            q.integer("sample_rate", 16_000), q.bool("interim_results", true));
        if (greet(ws, s::open)) {
          ws.run(s);
        }
      }
      case REALTIME -> {
        RealtimeSocket s = new RealtimeSocket(ctx, ws, faults);
        if (greet(ws, () -> s.open(q))) {
          ws.run(s);  // after a refused resume too: it reads the client's close answer
        } else {
          s.onClose(1006, "");
        }
      }
      default -> throw new IllegalArgumentException("no socket on " + path);
    }
  }

  /** Runs a socket's greeting; false when the connection broke during it. */
  private static boolean greet(WebSocket ws, Runnable greeting) {
    try {
      greeting.run();
      return true;
    } catch (WebSocket.ClosedException e) {
      ws.drop();
      return false;
    }
  }

  /** Stops the timers. */
  public void close() {
    timers.shutdownNow();
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  Duration responsesMaxAge() {
    return responsesMaxAge;
  }

  String internalBaseUrl() {
    return internalBaseUrl;
  }

  String internalToken() {
    return internalToken;
  }

  boolean isUnstored(String responseId) {
    return ctx.state().unstoredResponses.contains(responseId);
  }

  void markUnstored(String responseId) {
    ctx.state().unstoredResponses.add(responseId);
  }

  /** An unstored response is no longer its socket's latest: it is gone, as at xAI. */
  void forgetUnstored(String responseId) {
    ctx.state().unstoredResponses.remove(responseId);
    ctx.state().responses.remove(responseId);
  }

  /** A duration as people write it: {@code 25 minutes}, {@code 3 seconds}, {@code 200 ms}. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms >= 60_000 && ms % 60_000 == 0) {
      return ms / 60_000 + (ms == 60_000 ? " minute" : " minutes");
    }
    if (ms >= 1_000 && ms % 1_000 == 0) {
      return ms / 1_000 + (ms == 1_000 ? " second" : " seconds");
    }
    return ms + " ms";
  }
}
