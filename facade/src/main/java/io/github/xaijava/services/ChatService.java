package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.Toolbox;

/**
 * Chat completions ({@code /v1/chat/completions}), xAI's OpenAI-compatible API. Reached with
 * {@code client.chat()}; the same operations without blocking are {@code client.async().chat()}.
 *
 * <pre>{@code
 * ChatResponse r = client.chat().create(ChatRequest.builder()
 *     .model("grok-4")
 *     .addUserMessage("Say hello in one word.")
 *     .build());
 * System.out.println(r.text());
 * }</pre>
 *
 * <p>Every method throws {@link io.github.xaijava.errors.XaiApiException} (a subclass per status)
 * when xAI answers with an error, and {@link io.github.xaijava.errors.XaiIoException} on a network
 * failure or timeout. Thread-safe.
 */
public interface ChatService {

  /** Creates a chat completion and waits for the whole answer ({@code POST /v1/chat/completions}). */
  default ChatResponse create(ChatRequest request) {
    return create(request, RequestOptions.none());
  }

  /** @see #create(ChatRequest) */
  ChatResponse create(ChatRequest request, RequestOptions options);

  /**
   * Streams a chat completion: sends the request with {@code "stream": true} and returns the
   * chunks as they arrive. Close the stream (try-with-resources); closing it early cancels the
   * call. An error answer before the first chunk is retried like a plain call; nothing is retried
   * once the stream has started.
   *
   * <pre>{@code
   * try (ChatStream stream = client.chat().stream(request)) {
   *   stream.forEach(chunk -> System.out.print(chunk.deltaText()));
   *   ChatResponse whole = stream.accumulated();
   * }
   * }</pre>
   */
  default ChatStream stream(ChatRequest request) {
    return stream(request, RequestOptions.none());
  }

  /** @see #stream(ChatRequest) */
  ChatStream stream(ChatRequest request, RequestOptions options);

  /**
   * Structured output: asks for JSON that fits {@code type}'s schema (the request's
   * {@code response_format} is set from {@code type}, see
   * {@link io.github.xaijava.structured.JsonSchema}) and reads the answer into a {@code T}.
   *
   * <pre>{@code
   * record Capital(String country, String city) {}
   *
   * Capital capital = client.chat().parse(ChatRequest.builder().model("grok-4")
   *     .addUserMessage("The capital of Italy?").build(), Capital.class).value();
   * }</pre>
   *
   * @throws IllegalArgumentException if the schema subset cannot express {@code type} (before
   *     anything is sent)
   * @throws io.github.xaijava.errors.StructuredOutputException if the model refused, answered
   *     nothing, or sent JSON that does not fit {@code type}; it carries the raw text
   */
  default <T> Parsed<T, ChatResponse> parse(ChatRequest request, Class<T> type) {
    return parse(request, type, RequestOptions.none());
  }

  /** @see #parse(ChatRequest, Class) */
  <T> Parsed<T, ChatResponse> parse(ChatRequest request, Class<T> type, RequestOptions options);

  /**
   * The tool loop: sends the request with the toolbox's functions added to its tools, runs the
   * calls the model asks for (several of one answer in parallel), sends the results back and
   * repeats until the model answers without calls. A failing handler becomes an error result
   * the model reads; it does not end the loop.
   *
   * <pre>{@code
   * record GetWeather(String city) {}
   *
   * Toolbox tools = Toolbox.builder().add(GetWeather.class, w -> "18 °C in " + w.city()).build();
   * String answer = client.chat().runTools(ChatRequest.builder().model("grok-4")
   *     .addUserMessage("Weather in Rome?").build(), tools).response().text();
   * }</pre>
   *
   * @throws io.github.xaijava.errors.ToolLoopLimitException when the model still asks for tools
   *     after {@link ToolLoopOptions#maxRounds()} rounds
   */
  default ToolLoopResult<ChatResponse, Message> runTools(ChatRequest request, Toolbox toolbox) {
    return runTools(request, toolbox, ToolLoopOptions.defaults());
  }

  /** @see #runTools(ChatRequest, Toolbox) */
  ToolLoopResult<ChatResponse, Message> runTools(ChatRequest request, Toolbox toolbox,
      ToolLoopOptions<? super ChatResponse> options);

  /**
   * Starts a deferred chat completion (sent with {@code "deferred": true}) and returns a handle
   * to poll or await its result.
   */
  default DeferredCompletion startDeferred(ChatRequest request) {
    return startDeferred(request, RequestOptions.none());
  }

  /** @see #startDeferred(ChatRequest) */
  DeferredCompletion startDeferred(ChatRequest request, RequestOptions options);

  /**
   * A handle on a deferred completion started earlier, e.g. by another process, from its
   * {@code request_id}; nothing is sent until it is polled.
   */
  DeferredCompletion resumeDeferred(String requestId);
}
