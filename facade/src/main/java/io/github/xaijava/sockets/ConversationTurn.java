package io.github.xaijava.sockets;

import io.github.xaijava.errors.XaiException;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.internal.sockets.EventQueue;
import io.github.xaijava.streaming.ResponseAccumulator;
import io.github.xaijava.streaming.ResponseEvent;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One turn of a {@link ResponsesConversation}: its events as they arrive (the same
 * {@link ResponseEvent}s as an HTTP stream), and its completed response. Turns run one at a time
 * in the order sent; a turn waiting for the one before it has no events yet.
 *
 * <p>Read the events, or only {@link #response()}: events nobody reads are kept with the turn
 * (one turn's worth) and never hold back the socket or the next turn.
 */
public final class ConversationTurn implements Iterable<ResponseEvent> {

  private final EventQueue<ResponseEvent> events = new EventQueue<>(Integer.MAX_VALUE, () -> { });
  private final CompletableFuture<ModelResponse> response = new CompletableFuture<>();
  private final ResponseAccumulator accumulator = new ResponseAccumulator();
  private volatile boolean received;

  ConversationTurn() {
  }

  /**
   * The completed response, waiting for it.
   *
   * @throws io.github.xaijava.errors.XaiStreamException when the turn failed: xAI's error code
   *     ({@code previous_response_not_found}, {@code websocket_connection_limit_reached}, ...) is
   *     its {@code code()}; a dropped connection has no code
   */
  public ModelResponse response() {
    try {
      return response.join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  /** The answer's text ({@link ModelResponse#outputText()}), waiting for the response. */
  public String text() {
    return response().outputText();
  }

  /** The completed response, without blocking. */
  public CompletableFuture<ModelResponse> future() {
    return response.copy();
  }

  /** What is known of the response so far (see {@link ResponseAccumulator#accumulated()}). */
  public Optional<ModelResponse> accumulated() {
    return accumulator.accumulated();
  }

  /** The next event within {@code timeout}; empty when none came or the turn is over. */
  public Optional<ResponseEvent> poll(Duration timeout) {
    return events.poll(timeout);
  }

  /** The turn's events, blocking for each; ends after the completed event, or throws the failure. */
  @Override
  public Iterator<ResponseEvent> iterator() {
    return events.iterator();
  }

  // Called by the conversation on the socket's reader thread.

  void event(ResponseEvent event) {
    received = true;
    accumulator.accept(event);
    events.push(event);
  }

  void completed(ModelResponse completed) {
    events.end(null);
    response.complete(completed);
  }

  void failed(XaiException failure) {
    events.end(failure);
    response.completeExceptionally(failure);
  }

  void failedResponse(ModelResponse failedResponse) {
    accumulator.acceptFailed(failedResponse);
  }

  /** Whether any event of this turn arrived. */
  boolean hasEvents() {
    return received;
  }

  boolean isDone() {
    return response.isDone();
  }
}
