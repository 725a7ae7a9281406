package io.github.xaijava.simulator.internal.ws;

import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Json;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A socket's JSON frames, shaped by the fault its upgrade took: a pause before every text frame
 * (drip); and, counted over the first turn only (the frames after the socket's greeting up to the
 * end of its first turn or utterance), the TCP connection dropped after N frames, or an error frame
 * in the socket's own shape after N frames in place of the rest of that turn.
 */
final class Outbox {
  private final WebSocket ws;
  private final Delivery faults;
  private final Function<String, JsonObject> errorFrame;
  private boolean counting;
  private boolean armed;
  private boolean suppressing;
  private int counted;

  /** {@code errorFrame} makes the socket's error event from a message, with code {@code internal_error}. */
  Outbox(WebSocket ws, Delivery faults, Function<String, JsonObject> errorFrame) {
    this.ws = ws;
    this.faults = faults;
    this.errorFrame = errorFrame;
    this.armed = faults.cutAfter() >= 0 || faults.errorFrameAfter() >= 0;
  }

  /** The greeting is over: from here frames count toward a cut or an error frame. */
  synchronized void startCounting() {
    counting = true;
  }

  /**
   * Sends one frame; false when an injected error frame replaced it.
   *
   * @throws WebSocket.ClosedException when the connection is gone, or an injected cut dropped it here
   */
  synchronized boolean send(JsonObject frame) {
    if (counting && armed) {
      if (suppressing) {
        return false;
      }
      if (faults.cutAfter() >= 0 && counted >= faults.cutAfter()) {
        ws.drop();
        throw new WebSocket.ClosedException();
      }
      if (faults.errorFrameAfter() >= 0 && counted >= faults.errorFrameAfter()) {
        drip();
        ws.sendText(Json.write(errorFrame.apply("Simulated failure inside the socket")));
        suppressing = true;
        return false;
      }
      counted++;
    }
    drip();
    ws.sendText(Json.write(frame));
    return true;
  }

  /** A turn ended: if it was the first counted one, the cut or error frame no longer applies. */
  synchronized void turnEnded() {
    if (counting) {
      armed = false;
      suppressing = false;
    }
  }

  /** Whether an injected error frame is standing in for the rest of the current turn. */
  synchronized boolean suppressing() {
    return suppressing;
  }

  private void drip() {
    if (faults.dripNanos() > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(faults.dripNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WebSocket.ClosedException();
      }
    }
  }
}
