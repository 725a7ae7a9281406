package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.Response;

/** {@link ResponseStream} over one open response. */
final class ResponseStreamImpl extends EventStream<ResponseEvent> implements ResponseStream {

  private final State state;

  private ResponseStreamImpl(Response response, Runnable cancel, Gson gson, State state) {
    super(response, cancel, new ResponseEventDecoder(gson, state::snapshot), state::accept);
    this.state = state;
  }

  static ResponseStreamImpl create(Response response, Runnable cancel, Gson gson) {
    return new ResponseStreamImpl(response, cancel, gson, new State(gson));
  }

  @Override
  public Optional<ModelResponse> completed() {
    return Optional.ofNullable(state.completed());
  }

  @Override
  public ModelResponse accumulated() {
    return state.accumulated();
  }

  @Override
  public String outputText() {
    return state.outputText();
  }

  /** What the events so far add up to; guarded by its own lock (read from any thread). */
  private static final class State {
    private final Gson gson;
    private ModelResponse snapshot;
    private ModelResponse completed;
    private final TreeMap<Integer, ModelOutput> doneItems = new TreeMap<>();
    private final StringBuilder text = new StringBuilder();

    State(Gson gson) {
      this.gson = gson;
    }

    synchronized void snapshot(ModelResponse response) {
      snapshot = response;
    }

    synchronized void accept(ResponseEvent event) {
      if (event instanceof ResponseEvent.Lifecycle life && life.response() != null) {
        snapshot = life.response();
        if (life.isCompleted()) {
          completed = life.response();
        }
      } else if (event instanceof ResponseEvent.OutputItem item && item.isDone()
          && item.item() != null) {
        doneItems.put(item.outputIndex() < 0 ? doneItems.size() : item.outputIndex(), item.item());
      } else if (event instanceof ResponseEvent.OutputTextDelta delta) {
        text.append(delta.delta());
      }
    }

    synchronized ModelResponse completed() {
      return completed == null ? null : copy(completed);
    }

    synchronized ModelResponse accumulated() {
      if (completed != null) {
        return copy(completed);
      }
      if (snapshot == null) {
        return null;
      }
      ModelResponse result = copy(snapshot);
      if ((result.getOutput() == null || result.getOutput().isEmpty()) && !doneItems.isEmpty()) {
        result.output(new ArrayList<>(doneItems.values()));
      }
      return result;
    }

    synchronized String outputText() {
      return text.toString();
    }

    /** Model objects are mutable: hand out copies so callers cannot change our state. */
    private ModelResponse copy(ModelResponse response) {
      return gson.fromJson(gson.toJsonTree(response), ModelResponse.class);
    }

  }
}
