package io.github.xaijava.streaming;

import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds {@link ResponseEvent}s into what is known of the response so far.
 *
 * <p>The final response is the one {@code response.completed} carries; before it, the latest
 * snapshot ({@code response.created}, {@code response.in_progress}, or the response of a failed
 * or incomplete event) with the output items finished so far. The answer text is the
 * {@code response.output_text.delta} fragments, concatenated. Thread-safe.
 */
public final class ResponseAccumulator {

  private ModelResponse snapshot;
  private ModelResponse completed;
  private final TreeMap<Integer, ModelOutput> doneItems = new TreeMap<>();
  private final StringBuilder text = new StringBuilder();

  /** An accumulator that has seen no event. */
  public ResponseAccumulator() {
  }

  /** Folds one more event in. */
  public synchronized void accept(ResponseEvent event) {
    if (event instanceof ResponseEvent.Lifecycle life && life.response().isPresent()) {
      snapshot = life.response().get();
      if (life.isCompleted()) {
        completed = snapshot;
      }
    } else if (event instanceof ResponseEvent.OutputItem item && item.isDone()
        && item.item().isPresent()) {
      doneItems.put(item.outputIndex() < 0 ? doneItems.size() : item.outputIndex(),
          item.item().get());
    } else if (event instanceof ResponseEvent.OutputTextDelta delta) {
      text.append(delta.delta());
    }
  }

  /** Records the response of a {@code response.failed} or {@code response.incomplete} event. */
  public synchronized void acceptFailed(ModelResponse response) {
    snapshot = response;
  }

  /** The final response from {@code response.completed}, once that event was folded in. */
  public synchronized Optional<ModelResponse> completed() {
    return Optional.ofNullable(completed);
  }

  /**
   * The response as far as known: the final one when completed, else the latest snapshot with the
   * output items finished so far; empty before the first snapshot.
   */
  public synchronized Optional<ModelResponse> accumulated() {
    if (completed != null) {
      return Optional.of(completed);
    }
    if (snapshot == null) {
      return Optional.empty();
    }
    if (snapshot.output().isEmpty() && !doneItems.isEmpty()) {
      return Optional.of(snapshot.toBuilder().output(new ArrayList<>(doneItems.values())).build());
    }
    return Optional.of(snapshot);
  }

  /** The {@code response.output_text.delta} fragments folded so far, concatenated. */
  public synchronized String outputText() {
    return text.toString();
  }
}
