package io.github.xaijava.streaming;

import io.github.xaijava.structured.Parsed;
import io.github.xaijava.structured.PartialJson;
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
   * with the output items finished so far; empty before the first snapshot.
   */
  Optional<ModelResponse> accumulated();

  /** The {@code response.output_text.delta} fragments handed out so far, concatenated. */
  String outputText();

  /**
   * The structured answer so far, read leniently from the output text that has arrived (see
   * {@link io.github.xaijava.structured.PartialJson}); empty before the value starts.
   */
  default <T> Optional<T> partial(Class<T> type) {
    return PartialJson.read(outputText(), type);
  }

  /**
   * The whole structured answer of the completed response, as {@code client.responses().parse}
   * reads it.
   *
   * @throws IllegalStateException if the stream has not completed (iterate it first)
   * @throws io.github.xaijava.errors.StructuredOutputException if the answer is empty, a refusal
   *     or does not fit {@code type}
   */
  default <T> Parsed<T, ModelResponse> parse(Class<T> type) {
    return Parsed.ofResponse(completed().orElseThrow(() -> new IllegalStateException(
        "the stream has not completed: iterate it to the end before parse()")), type);
  }
}
