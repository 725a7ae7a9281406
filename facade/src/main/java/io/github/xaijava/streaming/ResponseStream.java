package io.github.xaijava.streaming;

import io.github.xaijava.generated.model.ModelResponse;
import java.util.Optional;

/**
 * A streamed response: the typed {@link ResponseEvent}s of {@code POST /v1/responses} with
 * {@code "stream": true}, ending after {@code response.completed}.
 *
 * <pre>{@code
 * try (ResponseStream stream = client.responses().stream(request)) {
 *   stream.stream()
 *       .filter(e -> e instanceof ResponseEvent.OutputTextDelta)
 *       .forEach(e -> System.out.print(((ResponseEvent.OutputTextDelta) e).delta()));
 *   ModelResponse done = stream.completed().orElseThrow();
 * }
 * }</pre>
 *
 * <p>{@code response.failed}, {@code response.incomplete} and {@code error} (which may be the very
 * first frame) end the iteration with an {@link io.github.xaijava.errors.XaiStreamException}
 * carrying xAI's code and message, after every earlier event was handed out.
 */
public interface ResponseStream extends StreamResponse<ResponseEvent> {

  /** The final response from {@code response.completed}, once that event was handed out. */
  Optional<ModelResponse> completed();

  /**
   * The response as far as known: the final one when completed, else the latest snapshot
   * ({@code response.created}, {@code response.in_progress}, the failed or incomplete response)
   * with the output items finished so far; null before the first snapshot.
   */
  ModelResponse accumulated();

  /** The {@code response.output_text.delta} fragments handed out so far, concatenated. */
  String outputText();
}
